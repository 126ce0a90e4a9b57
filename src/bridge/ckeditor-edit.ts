// Replacing a few words in CKEditor 5's model, for Polish my reply: one model.change, so one step on
// CKEditor's undo stack; the replacement takes the attributes of the text it replaces (bold stays
// bold), and nothing else in the document moves.
import { findNearest } from './find-nearest';

/** The small part of CKEditor 5's model API used here (structural, so no CKEditor import is needed). */
export interface CkEditModel {
  document: { getRoot(): CkNode | null };
  change(callback: (writer: CkEditWriter) => void): void;
}
interface CkNode {
  is(type: string): boolean;
  getChildren?(): Iterable<CkNode>;
  data?: string;
  startOffset?: number | null;
  getAttributes?(): Iterable<[string, unknown]>;
}
interface CkEditWriter {
  createPositionAt(parent: unknown, offset: number): unknown;
  createRange(start: unknown, end: unknown): unknown;
  remove(range: unknown): void;
  insertText(text: string, attributes: Map<string, unknown>, position: unknown): void;
}

interface Piece {
  block: CkNode;
  /** Where the piece starts in the reply text, and in its block's model offsets. */
  at: number;
  modelOffset: number;
  length: number;
  attributes: Map<string, unknown>;
}

/** The document as the reply text (blocks joined by "\n", as the content script reads the DOM) and its text pieces. */
function textOf(root: CkNode): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  for (const block of root.getChildren?.() ?? []) {
    if (text) text += '\n';
    for (const child of block.getChildren?.() ?? []) {
      if (child.is('$text') || child.is('$textProxy')) {
        const data = child.data ?? '';
        pieces.push({
          block,
          at: text.length,
          modelOffset: child.startOffset ?? 0,
          length: data.length,
          attributes: new Map(child.getAttributes?.() ?? []),
        });
        text += data;
      } else {
        text += '\n'; // a soft break or an inline object: never part of a word
      }
    }
  }
  return { text, pieces };
}

/** Replaces `before` (one run of text inside one paragraph) by `after`; false when it is not there. */
export function editWithCkeditor(model: CkEditModel, before: string, after: string, near: number): boolean {
  const root = model.document.getRoot();
  if (!root) return false;
  const { text, pieces } = textOf(root);
  const at = findNearest(text, before, near);
  if (at === null) return false;
  const first = pieces.find((piece) => at >= piece.at && at < piece.at + piece.length);
  const last = pieces.find((piece) => at + before.length > piece.at && at + before.length <= piece.at + piece.length);
  if (!first || !last || first.block !== last.block) return false;
  model.change((writer) => {
    const start = writer.createPositionAt(first.block, first.modelOffset + (at - first.at));
    const end = writer.createPositionAt(last.block, last.modelOffset + (at + before.length - last.at));
    writer.remove(writer.createRange(start, end));
    writer.insertText(after, first.attributes, writer.createPositionAt(first.block, first.modelOffset + (at - first.at)));
  });
  return true;
}
