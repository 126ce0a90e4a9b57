// The edit request between the content script and the editor bridge (MAIN world), for Polish my
// reply: replace `before` by `after` at the occurrence nearest `near` (an offset in the reply's text,
// blocks separated by "\n", see src/content/composer-text.ts), through the editor's own API so the
// editor's undo has it. Same threat model as insertion (./events.ts): the words are the agent's own
// reply, which the page already holds, and the answer is only a claim the content script checks.
export const EDIT_EVENT = 'souffleur:edit';
export const EDIT_RESULT_EVENT = 'souffleur:edit-result';

export interface EditRequest {
  id: string;
  before: string;
  after: string;
  near: number;
}

export interface EditResult {
  id: string;
  /** `not-found`: the words are no longer in the editor; `no-editor-api`: the content script edits the DOM itself. */
  outcome: 'applied' | 'not-found' | 'no-editor-api';
}

export function parseEditRequest(detail: unknown): EditRequest | null {
  if (typeof detail !== 'string') return null;
  try {
    const value = JSON.parse(detail) as Partial<EditRequest>;
    return typeof value.id === 'string' &&
      typeof value.before === 'string' &&
      typeof value.after === 'string' &&
      typeof value.near === 'number' &&
      value.before
      ? { id: value.id, before: value.before, after: value.after, near: value.near }
      : null;
  } catch {
    return null;
  }
}
