// Froala keeps its own undo stack of HTML snapshots (editor.undo.saveStep / Ctrl+Z runs undo.run), and
// does not snapshot text changed by a script. So an edit is bracketed by two snapshots: the agent's
// text before it, and the text after it; Ctrl+Z then goes back exactly one edit.

interface FroalaLike {
  el?: Element;
  undo?: { saveStep(): void };
}

/** The Froala instance whose editable is (or holds, or is inside) `target`, from Froala's own registry. */
export function froalaOf(target: Element, win: Window): FroalaLike | null {
  const registry = (win as unknown as { FroalaEditor?: { INSTANCES?: FroalaLike[] } }).FroalaEditor?.INSTANCES;
  if (!Array.isArray(registry)) return null;
  return (
    registry.find(
      (editor) => editor.el instanceof Element && (editor.el === target || editor.el.contains(target) || target.contains(editor.el)),
    ) ?? null
  );
}

export function withFroalaUndo(editor: FroalaLike, edit: () => boolean): boolean {
  editor.undo?.saveStep();
  const done = edit();
  if (done) editor.undo?.saveStep();
  return done;
}
