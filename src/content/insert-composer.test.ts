// insertIntoComposer on a linkedom page with the real editor bridge: the bridge's "inserted" counts only
// when the editor holds the text, a forged answer falls back to the content script's own insertion, a
// closed reply box is opened the way the agent would, and a missing one is said, never guessed.
// linkedom has no editing commands, so `execCommand('insertText')` is played by a stub that types at the end.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { installEditorBridge } from '../bridge/editor-bridge';
import { INSERT_EVENT, INSERT_RESULT_EVENT, TARGET_ATTRIBUTE } from '../bridge/events';
import type { CkEditorLike } from '../bridge/ckeditor';
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { insertIntoComposer } from './insert';

const GLOBALS = ['CustomEvent', 'HTMLTextAreaElement', 'HTMLInputElement'] as const;
const saved = GLOBALS.map((name) => (globalThis as Record<string, unknown>)[name]);
beforeAll(() => {
  // The page's classes, as in the browser: insert.ts checks composers and builds events with them.
  const { window } = parseHTML('<html></html>');
  for (const name of GLOBALS) (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
});
afterAll(() => GLOBALS.forEach((name, i) => ((globalThis as Record<string, unknown>)[name] = saved[i])));

const DRAFT = 'Hi Anna,\nthe refund is on its way.';

function helpdesk(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const typed: string[] = [];
  // The browser's editing command on the focused editable, typing at the end (no selection in linkedom).
  Object.assign(document, {
    getSelection: () => null,
    execCommand: (command: string, _ui: boolean, text: string) => {
      typed.push(command);
      document.querySelector('.composer')?.append(text);
      return true;
    },
  });
  const adapter = {
    findComposer: (doc: Document) => doc.querySelector<HTMLElement>('.composer'),
    findReplyOpener: (doc: Document) => doc.querySelector<HTMLElement>('.reply-button'),
  } as Pick<HelpdeskAdapter, 'findComposer' | 'findReplyOpener'> as HelpdeskAdapter;
  return { document, adapter, typed };
}

/** CKEditor as the bridge sees it: inserting puts the text into the composer's DOM. */
function ckeditorIn(composer: Element): CkEditorLike {
  return {
    model: {
      document: { selection: { getFirstPosition: () => null }, getRoot: () => null },
      change: (callback) =>
        callback({
          createText: (data) => data,
          createElement: () => ({}),
          createDocumentFragment: () => ({}),
          append: () => {},
          insertText: () => {},
          createPositionAt: () => ({}),
        }),
      insertContent: (content) => void composer.append(String(content)),
    },
  };
}

describe('insertIntoComposer', () => {
  it('inserts through the bridge when the editor then holds the text, without typing it a second time', async () => {
    const { document, adapter, typed } = helpdesk('<div class="composer ck-editor__editable" contenteditable="true">Agent text</div>');
    const composer = document.querySelector('.composer')!;
    Object.assign(composer, { ckeditorInstance: ckeditorIn(composer) });
    const uninstall = installEditorBridge(document);
    expect(await insertIntoComposer(adapter, document, '1', 'Single line')).toBe('inserted');
    uninstall();
    expect(composer.textContent).toBe('Agent textSingle line');
    expect(typed).toEqual([]);
    expect(composer.hasAttribute(TARGET_ATTRIBUTE)).toBe(false); // the mark is gone after the exchange
  });

  it('treats a page script\'s forged "inserted" as a claim: the text is typed in when it is not there', async () => {
    const { document, adapter, typed } = helpdesk('<div class="composer" contenteditable="true">Agent text</div>');
    const requests: unknown[] = [];
    document.addEventListener(INSERT_EVENT, (event) => {
      const request = JSON.parse((event as CustomEvent).detail as string) as { id: string };
      requests.push(request);
      document.dispatchEvent(new CustomEvent(INSERT_RESULT_EVENT, { detail: JSON.stringify({ id: request.id, outcome: 'inserted' }) }));
    });
    expect(await insertIntoComposer(adapter, document, '1', DRAFT)).toBe('inserted');
    expect(typed).toEqual(['insertText']);
    expect(document.querySelector('.composer')!.textContent).toBe(`Agent text${DRAFT}`);
    // The request carries the text and an id that only pairs the answer: nothing else for the page to read.
    expect(requests).toEqual([{ id: expect.any(String), text: DRAFT }]);
  });

  it('says not-registered when neither the bridge nor typing got the text into the editor', async () => {
    const { document, adapter } = helpdesk('<div class="composer" contenteditable="true"></div>');
    Object.assign(document, { execCommand: () => false });
    expect(await insertIntoComposer(adapter, document, '1', DRAFT)).toBe('not-registered');
  });

  it('opens a closed reply box as the agent would, then inserts', async () => {
    const { document, adapter } = helpdesk('<button class="reply-button">Reply</button>');
    document.querySelector('.reply-button')!.addEventListener('click', () => {
      const composer = Object.assign(document.createElement('div'), { className: 'composer' });
      composer.setAttribute('contenteditable', 'true');
      setTimeout(() => document.body.append(composer), 100);
    });
    expect(await insertIntoComposer(adapter, document, '1', 'Hello')).toBe('inserted');
    expect(document.querySelector('.composer')!.textContent).toBe('Hello');
  });

  it('says no-composer when no reply box appears', async () => {
    vi.useFakeTimers();
    try {
      const { document, adapter, typed } = helpdesk('<p>A ticket without a reply box</p>');
      const outcome = insertIntoComposer(adapter, document, '1', 'Hello');
      await vi.advanceTimersByTimeAsync(5000);
      expect(await outcome).toBe('no-composer');
      expect(typed).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
