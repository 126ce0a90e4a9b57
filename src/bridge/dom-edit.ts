// Replaces a few words in a contenteditable as if the agent had selected them and typed: a DOM
// selection over exactly those characters, then the browser's insertText command, which editors
// listening to beforeinput/input (Froala, plain editables) take as the agent's own typing. The
// replacement inherits the formatting of the text it replaces (bold stays bold).
import { readComposerText } from './composer-text';
import { findNearest } from './find-nearest';

export function editDom(doc: Document, composer: HTMLElement, before: string, after: string, near: number): boolean {
  const current = readComposerText(composer);
  const at = findNearest(current.text, before, near);
  if (at === null) return false;
  const from = current.locate(at, 'start');
  const to = current.locate(at + before.length, 'end');
  const selection = doc.getSelection();
  if (!from || !to || !selection) return false;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  composer.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  // Deprecated but still the one way to edit a contenteditable through the editor's own input handling.
  return doc.execCommand('insertText', false, after);
}
