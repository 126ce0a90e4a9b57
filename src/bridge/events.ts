// The two DOM events between the content script (isolated world) and the editor bridge (the page's
// MAIN world, the only place CKEditor's `ckeditorInstance` is visible). Details travel as JSON strings
// because objects do not cross worlds reliably (Firefox wraps them).
//
// Threat model: the bridge runs in the page's own JavaScript realm, after the page's scripts, so
// nothing it holds or hears is secret from the page: a page script can read these events, answer
// them, or patch the bridge's globals. The channel therefore carries no secret (the `id` only pairs
// an answer with its request) and the content script treats an answer as a claim, never as proof:
// it reads the editor's content itself (src/content/insert.ts) and falls back to its own insertion
// when the text is not there. A page that lies gains nothing it could not do to its own editor.
export const INSERT_EVENT = 'souffleur:insert';
export const INSERT_RESULT_EVENT = 'souffleur:insert-result';
/** Marks the one editable the content script chose (no value), so the bridge never guesses which ticket. */
export const TARGET_ATTRIBUTE = 'data-souffleur-target';

export interface InsertRequest {
  /** Pairs the answer with this request; not a secret. */
  id: string;
  text: string;
}

export interface InsertResult {
  id: string;
  /** `no-editor-api`: no editor instance found; the content script falls back to a DOM insertion. */
  outcome: 'inserted' | 'no-editor-api';
}
