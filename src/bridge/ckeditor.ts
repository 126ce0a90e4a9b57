// Inserting text through CKEditor 5's own model, so the editor registers it exactly as if the agent
// had typed it (undo, the next keystroke and the helpdesk's own save all see it). Text is inserted as
// text nodes, never parsed as HTML: drafts and snippets are untrusted.

/** The small part of CKEditor 5's API we use (structural, so no CKEditor import is needed). */
export interface CkEditorLike {
  model: {
    document: {
      selection: { getFirstPosition(): CkPosition | null };
      getRoot(): CkElement | null;
    };
    change(callback: (writer: CkWriter) => void): void;
    insertContent(content: unknown, selectable?: unknown): void;
  };
}
interface CkPosition {
  isAtStart: boolean;
  root: CkElement;
}
interface CkElement {
  childCount: number;
  getChild(index: number): CkElement | null;
  isEmpty: boolean;
}
interface CkWriter {
  createText(data: string): unknown;
  createElement(name: string): unknown;
  createDocumentFragment(): unknown;
  append(item: unknown, parent: unknown): void;
  insertText(text: string, parent: unknown): void;
  createPositionAt(parent: unknown, offset: 'end' | number): unknown;
}

export function insertWithCkeditor(editor: CkEditorLike, text: string): void {
  const { model } = editor;
  model.change((writer) => {
    const root = model.document.getRoot();
    const selection = model.document.selection.getFirstPosition();
    // The agent's cursor, unless the editor was never used (selection parked at the start of text
    // already there, e.g. a signature): then at the end, so nothing the agent wrote moves.
    const lastBlock = root && root.childCount ? root.getChild(root.childCount - 1) : null;
    const useCursor = selection && !(selection.isAtStart && root && !isEmptyDocument(root));
    const at = useCursor ? null : lastBlock ? writer.createPositionAt(lastBlock, 'end') : null;

    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    let content: unknown;
    if (lines.length === 1) {
      content = writer.createText(text);
    } else {
      content = writer.createDocumentFragment();
      for (const line of lines) {
        const paragraph = writer.createElement('paragraph');
        if (line) writer.insertText(line, paragraph);
        writer.append(paragraph, content);
      }
    }
    if (at) model.insertContent(content, at);
    else model.insertContent(content);
  });
}

function isEmptyDocument(root: CkElement): boolean {
  return root.childCount === 0 || (root.childCount === 1 && !!root.getChild(0)?.isEmpty);
}
