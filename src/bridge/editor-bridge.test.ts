// The MAIN-world bridge on a linkedom page: it answers only well-formed requests, inserts only into the
// editor of the element the content script marked, and says "no-editor-api" rather than guess.
// (Real CKEditor 5 and Froala run in the browser tests, tests/browser/insertion.test.ts.)
import { parseHTML } from 'linkedom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CkEditorLike } from './ckeditor';
import { installEditorBridge } from './editor-bridge';
import { INSERT_EVENT, INSERT_RESULT_EVENT, TARGET_ATTRIBUTE, type InsertResult } from './events';

/** A CKEditor-shaped editor that records what the bridge inserted (one empty paragraph to start). */
function recordingEditor(options: { fail?: boolean } = {}) {
  const inserted: string[] = [];
  const editor: CkEditorLike = {
    model: {
      document: {
        selection: { getFirstPosition: () => null },
        getRoot: () => ({ childCount: 0, getChild: () => null, isEmpty: true }),
      },
      change: (callback) => {
        if (options.fail) throw new Error('read-only editor');
        callback({
          createText: (data) => ({ text: data }),
          createElement: () => ({}),
          createDocumentFragment: () => ({}),
          append: () => {},
          insertText: () => {},
          createPositionAt: () => ({}),
        });
      },
      insertContent: (content) => void inserted.push((content as { text: string }).text),
    },
  };
  return { editor, inserted };
}

// The bridge builds its answer with the page's CustomEvent; in Node that is linkedom's (Node's own
// events cannot be dispatched on linkedom nodes).
const nodeCustomEvent = globalThis.CustomEvent;
beforeAll(() => {
  globalThis.CustomEvent = parseHTML('<html></html>').window.CustomEvent as typeof CustomEvent;
});
afterAll(() => {
  globalThis.CustomEvent = nodeCustomEvent;
});

function page(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const answers: InsertResult[] = [];
  document.addEventListener(
    INSERT_RESULT_EVENT,
    (event) => void answers.push(JSON.parse((event as CustomEvent).detail as string) as InsertResult),
  );
  const request = (detail: unknown) => document.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail }));
  return { document, answers, request };
}

const uninstalls: (() => void)[] = [];
afterEach(() => uninstalls.splice(0).forEach((uninstall) => uninstall()));

describe('the editor bridge', () => {
  it("inserts through the marked editable's CKEditor instance and answers with the request's id", () => {
    const { document, answers, request } = page(
      `<div class="composer" ${TARGET_ATTRIBUTE}><div class="ck-editor__editable"></div></div><div class="ck-editor__editable other"></div>`,
    );
    const mine = recordingEditor();
    const other = recordingEditor();
    Object.assign(document.querySelector('.composer .ck-editor__editable')!, { ckeditorInstance: mine.editor });
    Object.assign(document.querySelector('.other')!, { ckeditorInstance: other.editor });
    uninstalls.push(installEditorBridge(document));
    request(JSON.stringify({ id: 'r1', text: 'Your refund is on its way.' }));
    expect(answers).toEqual([{ id: 'r1', outcome: 'inserted' }]);
    expect(mine.inserted).toEqual(['Your refund is on its way.']);
    expect(other.inserted).toEqual([]); // never the editor of another ticket
  });

  it('answers no-editor-api when nothing is marked, the marked element has no editor, or the editor refuses', () => {
    const { document, answers, request } = page(`<textarea></textarea><div class="ck-editor__editable"></div>`);
    const unmarked = recordingEditor();
    Object.assign(document.querySelector('.ck-editor__editable')!, { ckeditorInstance: unmarked.editor });
    uninstalls.push(installEditorBridge(document));
    request(JSON.stringify({ id: 'a', text: 'x' }));
    document.querySelector('textarea')!.setAttribute(TARGET_ATTRIBUTE, '');
    request(JSON.stringify({ id: 'b', text: 'x' }));
    document.querySelector('textarea')!.removeAttribute(TARGET_ATTRIBUTE);
    const editable = document.querySelector('.ck-editor__editable')!;
    Object.assign(editable, { ckeditorInstance: recordingEditor({ fail: true }).editor });
    editable.setAttribute(TARGET_ATTRIBUTE, '');
    request(JSON.stringify({ id: 'c', text: 'x' }));
    expect(answers).toEqual([
      { id: 'a', outcome: 'no-editor-api' },
      { id: 'b', outcome: 'no-editor-api' },
      { id: 'c', outcome: 'no-editor-api' },
    ]);
    expect(unmarked.inserted).toEqual([]);
  });

  it('ignores malformed requests (objects, bad JSON, missing fields) and stops listening when uninstalled', () => {
    const { document, answers, request } = page(`<div class="ck-editor__editable" ${TARGET_ATTRIBUTE}></div>`);
    const { editor, inserted } = recordingEditor();
    Object.assign(document.querySelector('.ck-editor__editable')!, { ckeditorInstance: editor });
    const uninstall = installEditorBridge(document);
    request({ id: 'obj', text: 'an object, not a JSON string' });
    request('{not json');
    request(JSON.stringify({ id: 'no-text' }));
    request(JSON.stringify({ id: 7, text: 'numeric id' }));
    expect(answers).toEqual([]);
    uninstall();
    request(JSON.stringify({ id: 'late', text: 'after uninstall' }));
    expect(answers).toEqual([]);
    expect(inserted).toEqual([]);
  });

  it('installed twice on one page (Firefox injects it again into open pages on an update), inserts and answers once', () => {
    const { document, answers, request } = page(`<div class="ck-editor__editable" ${TARGET_ATTRIBUTE}></div>`);
    const { editor, inserted } = recordingEditor();
    Object.assign(document.querySelector('.ck-editor__editable')!, { ckeditorInstance: editor });
    uninstalls.push(installEditorBridge(document), installEditorBridge(document));
    request(JSON.stringify({ id: 'once', text: 'Only one copy.' }));
    expect(answers).toEqual([{ id: 'once', outcome: 'inserted' }]);
    expect(inserted).toEqual(['Only one copy.']);
  });

  it('after its uninstall, installs again', () => {
    const { document, answers, request } = page(`<div class="ck-editor__editable" ${TARGET_ATTRIBUTE}></div>`);
    Object.assign(document.querySelector('.ck-editor__editable')!, { ckeditorInstance: recordingEditor().editor });
    installEditorBridge(document)();
    uninstalls.push(installEditorBridge(document));
    request(JSON.stringify({ id: 'again', text: 'x' }));
    expect(answers).toEqual([{ id: 'again', outcome: 'inserted' }]);
  });
});
