// Runs in the page's MAIN world. Listens for the content script's insert and edit requests, finds the
// editor instance of the element it marked, and acts through the editor's API. It exposes nothing else:
// the page can already edit its own editor, so answering the page's own events gives it nothing new.
// Why its answers are only claims to the content script: see ./events.ts.
import { insertWithCkeditor, type CkEditorLike } from './ckeditor';
import { editWithCkeditor } from './ckeditor-edit';
import { editDom } from './dom-edit';
import { EDIT_EVENT, EDIT_RESULT_EVENT, parseEditRequest, type EditResult } from './edit-events';
import { INSERT_EVENT, INSERT_RESULT_EVENT, TARGET_ATTRIBUTE, type InsertRequest, type InsertResult } from './events';
import { froalaOf, withFroalaUndo } from './froala-edit';

function parseRequest(detail: unknown): InsertRequest | null {
  if (typeof detail !== 'string') return null;
  try {
    const value = JSON.parse(detail) as Partial<InsertRequest>;
    return typeof value.id === 'string' && typeof value.text === 'string' ? { id: value.id, text: value.text } : null;
  } catch {
    return null;
  }
}

function ckeditorOf(target: Element): CkEditorLike | null {
  const editable = target.matches('.ck-editor__editable') ? target : target.querySelector('.ck-editor__editable');
  const instance = (editable as (Element & { ckeditorInstance?: CkEditorLike }) | null)?.ckeditorInstance;
  return instance && typeof instance.model?.change === 'function' ? instance : null;
}

/**
 * On the document, in the page's realm. Firefox injects the manifest's content scripts into the pages already
 * open when the extension is installed or updated, and the previous version's bridge (page-realm listeners, not
 * removed with its extension) is still there: a second copy would insert every text twice. A page that sets it
 * only turns its own editor's API off for us: the content script then inserts through the DOM (src/content/insert.ts).
 */
const INSTALLED = Symbol.for('souffleur.editor-bridge');

export function installEditorBridge(doc: Document): () => void {
  const marked = doc as Document & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return () => {};
  marked[INSTALLED] = true;
  const target = () => doc.querySelector(`[${TARGET_ATTRIBUTE}]`);
  const onInsert = (event: Event) => {
    const request = parseRequest((event as CustomEvent).detail);
    if (!request) return;
    const marked = target();
    const editor = marked ? ckeditorOf(marked) : null;
    let outcome: InsertResult['outcome'] = 'no-editor-api';
    if (editor) {
      try {
        insertWithCkeditor(editor, request.text);
        outcome = 'inserted';
      } catch {
        outcome = 'no-editor-api';
      }
    }
    const result: InsertResult = { id: request.id, outcome };
    doc.dispatchEvent(new CustomEvent(INSERT_RESULT_EVENT, { detail: JSON.stringify(result) }));
  };
  const onEdit = (event: Event) => {
    const request = parseEditRequest((event as CustomEvent).detail);
    if (!request) return;
    const marked = target();
    let outcome: EditResult['outcome'] = 'no-editor-api';
    try {
      const ckeditor = marked ? ckeditorOf(marked) : null;
      const froala = marked instanceof HTMLElement && doc.defaultView ? froalaOf(marked, doc.defaultView) : null;
      if (ckeditor) {
        outcome = editWithCkeditor(ckeditor.model as never, request.before, request.after, request.near) ? 'applied' : 'not-found';
      } else if (froala && marked instanceof HTMLElement) {
        outcome = withFroalaUndo(froala, () => editDom(doc, marked, request.before, request.after, request.near)) ? 'applied' : 'not-found';
      }
    } catch {
      outcome = 'no-editor-api';
    }
    const result: EditResult = { id: request.id, outcome };
    doc.dispatchEvent(new CustomEvent(EDIT_RESULT_EVENT, { detail: JSON.stringify(result) }));
  };
  doc.addEventListener(INSERT_EVENT, onInsert);
  doc.addEventListener(EDIT_EVENT, onEdit);
  return () => {
    delete marked[INSTALLED];
    doc.removeEventListener(INSERT_EVENT, onInsert);
    doc.removeEventListener(EDIT_EVENT, onEdit);
  };
}
