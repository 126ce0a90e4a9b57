// fieldText: a field the helpdesk renders itself, read in the content script without the message text walk.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fieldText } from './field-text';

const read = (html: string) => fieldText(parseHTML(`<div>${html}</div>`).document.querySelector('div')!);

describe('fieldText', () => {
  it('reads a subject on one line, white space collapsed', () =>
    expect(read('  Printer\n  <b>jams</b>\t again ')).toBe('Printer jams again'));
  it.each([
    ["a tag's remove button", '<span>billing</span><button>Remove</button>', 'billing'],
    ["an icon's <svg> and <title>", '<svg><title>Lock</title></svg><span>Open</span>', 'Open'],
    ['what the helpdesk hides itself (hidden)', '<span hidden>Ticket 5</span><span>Jane</span>', 'Jane'],
    ['what the helpdesk hides itself (aria-hidden)', '<span aria-hidden="true">JD</span><span>Jane Doe</span>', 'Jane Doe'],
    ['a style and a script', '<style>.x{}</style><script>x()</script>Open', 'Open'],
  ])('leaves out %s', (_, html, text) => expect(read(html)).toBe(text));
  it('leaves the page as it was (the field is read from a copy)', () => {
    const el = parseHTML('<div><span hidden>x</span>Open</div>').document.querySelector('div')!;
    fieldText(el);
    expect(el.querySelector('[hidden]')).not.toBeNull();
  });
});
