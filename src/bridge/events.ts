// The two DOM events between the content script (isolated world) and the editor bridge (the page's
// MAIN world, the only place CKEditor's `ckeditorInstance` is visible). Details travel as JSON strings
// because objects do not cross worlds reliably (Firefox wraps them).
export const INSERT_EVENT = 'souffleur:insert';
export const INSERT_RESULT_EVENT = 'souffleur:insert-result';
/** Marks the one editable the content script chose, so the bridge never guesses which ticket. */
export const TARGET_ATTRIBUTE = 'data-souffleur-target';

export interface InsertRequest {
  token: string;
  text: string;
}

export interface InsertResult {
  token: string;
  /** `no-editor-api`: no editor instance found; the content script falls back to a DOM insertion. */
  outcome: 'inserted' | 'no-editor-api';
}
