// Applies one accepted edit in the reply box. First through the editor bridge (MAIN world), so the
// editor's own model and undo stack have it (CKEditor 5: a model change; Froala: bracketed by undo
// snapshots); else, for editors without an API we know, as the agent's own typing over a DOM selection.
// Either way only the editor's text afterwards counts: the bridge's answer is a claim.
import { EDIT_EVENT, EDIT_RESULT_EVENT } from '../bridge/edit-events';
import { readComposerText } from '../bridge/composer-text';
import { editDom } from '../bridge/dom-edit';
import { askBridge } from './bridge-client';

export type ApplyOutcome = 'applied' | 'stale';

export interface PlacedEdit {
  start: number;
  before: string;
  after: string;
}

const EDITOR_SETTLE_MS = 30;

/**
 * `shift`: how far earlier accepted edits moved this one (their change in length). The words are
 * looked for nearest their expected place, so text the agent typed meanwhile does not misplace them;
 * when they are gone, the edit is stale and nothing changes.
 */
export async function applyEdit(doc: Document, composer: HTMLElement, edit: PlacedEdit, shift: number): Promise<ApplyOutcome> {
  const near = edit.start + shift;
  const before = readComposerText(composer).text;
  const payload = { before: edit.before, after: edit.after, near };
  const claim = await askBridge(doc, composer, { request: EDIT_EVENT, result: EDIT_RESULT_EVENT }, payload, [
    'applied',
    'not-found',
    'no-editor-api',
  ] as const);
  await settle();
  if (claim === 'applied' && changed(before, readComposerText(composer).text, edit)) return 'applied';
  if (claim === 'not-found') return 'stale';
  editDom(doc, composer, edit.before, edit.after, near);
  await settle();
  return changed(before, readComposerText(composer).text, edit) ? 'applied' : 'stale';
}

// Let a rich editor render its model again: one that did not take a DOM change puts its own text back.
const settle = () => new Promise((done) => setTimeout(done, EDITOR_SETTLE_MS));

/** Whether the words were replaced: fewer of `before` or more of `after` than there were. */
export function changed(previous: string, next: string, edit: Pick<PlacedEdit, 'before' | 'after'>): boolean {
  const count = (text: string, words: string) => (words ? text.split(words).length - 1 : 0);
  return count(next, edit.before) < count(previous, edit.before) || count(next, edit.after) > count(previous, edit.after);
}
