// Where and how insertWithCkeditor puts text into CKEditor 5's model, on an editor shaped like CKEditor's
// (the structural CkEditorLike) that records the writer's calls. Real CKEditor runs in the browser tests.
import { describe, expect, it } from 'vitest';
import { insertWithCkeditor, type CkEditorLike } from './ckeditor';

type Block = { childCount: number; getChild: () => null; isEmpty: boolean; name: string };
const block = (name: string, isEmpty = false): Block => ({ name, childCount: isEmpty ? 0 : 1, getChild: () => null, isEmpty });

/** `blocks`: the document's paragraphs; `cursor`: where the selection is ('start', 'inside' or none). */
function editor(blocks: Block[], cursor: 'start' | 'inside' | null) {
  const root = { childCount: blocks.length, getChild: (i: number) => (blocks[i] as never) ?? null, isEmpty: blocks.length === 0 };
  const calls: { content: unknown; at: unknown }[] = [];
  const ed: CkEditorLike = {
    model: {
      document: {
        selection: { getFirstPosition: () => (cursor ? { isAtStart: cursor === 'start', root } : null) },
        getRoot: () => root,
      },
      change: (callback) =>
        callback({
          createText: (data) => ({ text: data }),
          createElement: (name) => ({ element: name, children: [] as string[] }),
          createDocumentFragment: () => ({ fragment: [] as unknown[] }),
          append: (item, parent) => void (parent as { fragment: unknown[] }).fragment.push(item),
          insertText: (text, parent) => void (parent as { children: string[] }).children.push(text),
          createPositionAt: (parent, offset) => ({ endOf: (parent as Block).name, offset }),
        }),
      insertContent: (content, at) => void calls.push({ content, at }),
    },
  };
  return { ed, calls };
}

describe('insertWithCkeditor', () => {
  it("inserts one line as text at the agent's cursor, never parsing it as markup", () => {
    const { ed, calls } = editor([block('p1'), block('p2')], 'inside');
    insertWithCkeditor(ed, 'Thanks! <b>not bold</b>');
    expect(calls).toEqual([{ content: { text: 'Thanks! <b>not bold</b>' }, at: undefined }]);
  });

  it('appends after existing text when the cursor was never placed (parked at the start, e.g. before a signature)', () => {
    const { ed, calls } = editor([block('greeting'), block('signature')], 'start');
    insertWithCkeditor(ed, 'Hello');
    expect(calls).toEqual([{ content: { text: 'Hello' }, at: { endOf: 'signature', offset: 'end' } }]);
  });

  it('uses the cursor in an empty editor', () => {
    const { ed, calls } = editor([block('empty', true)], 'start');
    insertWithCkeditor(ed, 'Hello');
    expect(calls).toEqual([{ content: { text: 'Hello' }, at: undefined }]);
  });

  it('turns lines into paragraphs (CRLF too), keeping blank lines as empty paragraphs', () => {
    const { ed, calls } = editor([block('p')], 'inside');
    insertWithCkeditor(ed, 'Hi Anna,\r\n\r\nthe refund is on its way.\nBest');
    expect(calls).toEqual([
      {
        content: {
          fragment: [
            { element: 'paragraph', children: ['Hi Anna,'] },
            { element: 'paragraph', children: [] },
            { element: 'paragraph', children: ['the refund is on its way.'] },
            { element: 'paragraph', children: ['Best'] },
          ],
        },
        at: undefined,
      },
    ]);
  });
});
