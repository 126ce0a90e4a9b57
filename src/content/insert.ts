// Puts a text into the active ticket's reply box without replacing what the agent typed and without
// ever sending. Order of preference: the editor's own API through the MAIN-world bridge (CKEditor),
// then the browser's editing command on the focused editable (Froala and plain editables register
// it through their input events), then a textarea's own value API. Never synthesizes Enter.
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { INSERT_EVENT, INSERT_RESULT_EVENT } from '../bridge/events';
import { askBridge } from './bridge-client';

export type InsertOutcome = 'inserted' | 'no-composer' | 'not-registered';

const OPEN_COMPOSER_TIMEOUT_MS = 4000;
const EDITOR_SETTLE_MS = 150;

export async function insertIntoComposer(adapter: HelpdeskAdapter, doc: Document, ticketId: string, text: string): Promise<InsertOutcome> {
  let composer = adapter.findComposer(doc, ticketId);
  if (!composer) {
    // Freshdesk keeps the reply box closed until asked; opening it is what the agent would do.
    adapter.findReplyOpener(doc, ticketId)?.click();
    composer = await waitFor(() => adapter.findComposer(doc, ticketId), OPEN_COMPOSER_TIMEOUT_MS);
  }
  if (!composer) return 'no-composer';

  const before = composerText(composer);
  // The bridge lives in the page's realm, so its "inserted" is a claim (threat model: ../bridge/events.ts):
  // only the text found in the editor counts, else our own insertion runs.
  if (
    (await askBridge(doc, composer, { request: INSERT_EVENT, result: INSERT_RESULT_EVENT }, { text }, [
      'inserted',
      'no-editor-api',
    ] as const)) === 'inserted' &&
    landed(before, composerText(composer), text)
  )
    return 'inserted';
  insertWithDom(doc, composer, text);
  // Checked after the editor had its turn: a rich editor (CKEditor) re-renders its DOM from its own
  // model and removes text it did not take, which an immediate check would count as inserted.
  await new Promise((done) => setTimeout(done, EDITOR_SETTLE_MS));
  return landed(before, composerText(composer), text) ? 'inserted' : 'not-registered';
}

function composerText(composer: HTMLElement): string {
  return composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer.value : (composer.textContent ?? '');
}

/**
 * Whether `text` is in the editor once more than before. Whitespace is ignored: editors render line
 * breaks as paragraphs (no newline in textContent) and runs of spaces as no-break spaces.
 */
export function landed(before: string, after: string, text: string): boolean {
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  const needle = squeeze(text);
  if (!needle) return after.length > before.length;
  return occurrences(squeeze(after), needle) > occurrences(squeeze(before), needle);
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

function insertWithDom(doc: Document, composer: HTMLElement, text: string): void {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const start = composer.selectionStart ?? composer.value.length;
    const end = composer.selectionEnd ?? start;
    composer.setRangeText(text, start, end, 'end');
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return;
  }
  const selection = doc.getSelection();
  const cursorInside = !!selection?.rangeCount && composer.contains(selection.getRangeAt(0).commonAncestorContainer);
  composer.focus();
  if (!cursorInside && selection) {
    // No cursor of the agent's in the editor: append after what is there.
    const range = doc.createRange();
    range.selectNodeContents(composer);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // Deprecated but still the one way to edit a contenteditable that fires the beforeinput/input
  // events editors listen to, with undo support.
  doc.execCommand('insertText', false, text);
}

async function waitFor<T>(probe: () => T | null, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found || Date.now() > deadline) return found;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Clipboard fallback. `navigator.clipboard` needs a secure context; the copy command does not. */
export async function copyText(doc: Document, text: string, host: HTMLElement | ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    host.appendChild(area);
    area.select();
    const copied = doc.execCommand('copy');
    area.remove();
    return copied;
  }
}
