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
  // read24 (modelled): what an inline style, a closed <details> or a choice not made hides from the agent.
  it.each([
    ['display:none', '<span style="display: none">replied </span>commented', 'commented'],
    ['visibility:hidden in capitals', '<span style="VISIBILITY:HIDDEN">replied </span>commented', 'commented'],
    ['an opacity of 0', '<span style="opacity:0">replied </span>commented', 'commented'],
    ['a font size of 0', '<span style="font-size: 0px">replied </span>commented', 'commented'],
    ["a closed <details>' content, its summary kept", '<details><summary>more</summary> replied <b>too</b></details>', 'more'],
    ['options not chosen', '<select><option>replied</option><option selected>commented</option></select>', 'commented'],
    [
      'listbox options not selected',
      '<div role="listbox"><div role="option">Pending</div><div role="option" aria-selected="true">Open</div></div>',
      'Open',
    ],
  ])('leaves out %s', (_, html, text) => expect(read(html)).toBe(text));
  it('reads nothing of a field its own style hides', () => expect(read('<span style="display:none">replied</span>')).toBe(''));
  it.each([
    ['overflow:hidden (an ellipsis)', '<span style="overflow: hidden; text-overflow: ellipsis">Jane Doe</span>', 'Jane Doe'],
    ['an opacity of 0.5', '<span style="opacity:0.5">Open</span>', 'Open'],
    ['an open <details>', '<details open><summary>To</summary> jane@example.com</details>', 'To jane@example.com'],
  ])('keeps %s', (_, html, text) => expect(read(html)).toBe(text));
  // rev-read24 (modelled): more ways a style hides, and styles built to make its reading slow.
  it.each([
    ['opacity:0 !important', '<span style="opacity: 0 !important">replied </span>commented'],
    ['a negative opacity', '<span style="opacity:-1">replied </span>commented'],
    ['a comment across lines', '<span style="opacity:/*\n*/0">replied </span>commented'],
    ['a scale of 0', '<span style="transform: scale(0)">replied </span>commented'],
    ['a transparent colour', '<span style="color: transparent">replied </span>commented'],
    ['a clip to nothing', '<span style="position:absolute; clip: rect(0 0 0 0)">replied </span>commented'],
    ['9999px off the page', '<span style="position:absolute; left: -9999px">replied </span>commented'],
  ])('leaves out %s', (_, html) => expect(read(html)).toBe('commented'));
  it.each([
    ['100 KB of zeros', `opacity:${'0'.repeat(100_000)}!`],
    ['100 KB of unclosed comments', '/*x'.repeat(33_000)],
    ['100 KB of scale zeros', `scale(${'0'.repeat(100_000)}!`],
  ])('reads a style of %s within 200 ms', (_, style) => {
    const t = performance.now();
    read(`<span style="${style}">Open</span>`);
    expect(performance.now() - t).toBeLessThan(200);
  });
  it('leaves the page as it was (the field is read from a copy)', () => {
    const el = parseHTML('<div><span hidden>x</span>Open</div>').document.querySelector('div')!;
    fieldText(el);
    expect(el.querySelector('[hidden]')).not.toBeNull();
  });
});
