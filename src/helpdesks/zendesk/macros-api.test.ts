import { describe, expect, it } from 'vitest';
import { MACROS_PATH, macroReplyText, zendeskMacros } from './macros-api';

describe('Zendesk macros as knowledge', () => {
  it('takes only the reply text of a macro, plain or HTML, never its other actions', () => {
    expect(
      macroReplyText([
        { field: 'status', value: 'solved' },
        { field: 'comment_value', value: '  Thanks!  ' },
      ]),
    ).toBe('Thanks!');
    expect(macroReplyText([{ field: 'comment_value_html', value: '<p>Hi <b>there</b></p><script>x()</script>' }])).toBe('Hi there');
    expect(macroReplyText([{ field: 'comment_value', value: ['channel:all', 'Older macro text'] }])).toBe('Older macro text');
    expect(macroReplyText([{ field: 'set_tags', value: 'spam' }])).toBeNull();
  });

  it('reads a page: macros with text become articles, the next page is followed on the macros API only', () => {
    const page = zendeskMacros.read(MACROS_PATH, {
      macros: [
        { id: 1, title: 'Refund', active: true, actions: [{ field: 'comment_value', value: 'Refunded.' }] },
        { id: 2, title: 'Inactive', active: false, actions: [{ field: 'comment_value', value: 'Old.' }] },
        { id: 3, title: 'Only status', actions: [{ field: 'status', value: 'solved' }] },
        { id: 4, title: null, actions: [{ field: 'comment_value', value: 'A new shape' }] },
      ],
      next_page: 'https://acme.zendesk.com/api/v2/macros.json?access=shared&active=true&page=2&per_page=100',
    });
    expect(page.articles).toEqual([{ id: 'zendesk-macro:1', title: 'Refund', body: 'Refunded.', source: 'zendesk-macro' }]);
    // The null title fails the schema; its id is readable, so it counts as listed (kept as it was).
    expect(page.listed).toEqual(['zendesk-macro:1', 'zendesk-macro:4']);
    expect(page.issues).toEqual(['not a macro']);
    expect(page.unsure).toBeUndefined();
    // Without even an id, the listing cannot say what is gone.
    expect(zendeskMacros.read(MACROS_PATH, { macros: [{ title: 'No id' }] })).toMatchObject({
      listed: [],
      unsure: true,
      issues: ['not a macro'],
    });
    expect(page.follow).toEqual(['/api/v2/macros.json?access=shared&active=true&page=2&per_page=100']);
    expect(() => zendeskMacros.read(MACROS_PATH, { macros: [], next_page: 'https://acme.zendesk.com/api/v2/users/me.json' })).toThrow(
      /unexpected next page/,
    );
    expect(() => zendeskMacros.read(MACROS_PATH, { articles: [] })).toThrow(/not a macros page/);
  });
});

describe('a macro that writes an internal note is no reply snippet (rev-egress22)', () => {
  const macro = (id: number, mode: unknown[]) => ({
    id,
    title: `Macro ${id}`,
    active: true,
    actions: [{ field: 'comment_value', value: `Text ${id}` }, ...mode.map((value) => ({ field: 'comment_mode_is_public', value }))],
  });
  const read = (macros: unknown[]) => zendeskMacros.read(MACROS_PATH, { macros });

  it('leaves out a macro whose comment mode is private, however the API spells it; it is not listed, so a synced one goes', () => {
    const page = read([macro(1, [false]), macro(2, ['false']), macro(3, [' FALSE ']), macro(4, [['false']]), macro(5, [0])]);
    expect(page.articles).toEqual([]);
    expect(page.listed).toEqual([]);
  });

  it('leaves out a macro whose comment mode is unreadable or contradicts itself (unsure: it stays out)', () => {
    const page = read([macro(1, [null]), macro(2, ['maybe']), macro(3, [{}]), macro(4, [true, 'false'])]);
    expect(page.articles).toEqual([]);
  });

  it('keeps a public reply macro, and one that says nothing of its mode (the editor’s default: a public reply)', () => {
    const page = read([macro(1, [true]), macro(2, ['true']), macro(3, [' True ']), macro(4, [])]);
    expect(page.articles.map((a) => a.id)).toEqual(['zendesk-macro:1', 'zendesk-macro:2', 'zendesk-macro:3', 'zendesk-macro:4']);
  });

  it('the mode set before or after the text counts alike', () => {
    const after = {
      id: 9,
      title: 'After',
      actions: [
        { field: 'comment_mode_is_public', value: false },
        { field: 'comment_value_html', value: '<p>Note</p>' },
      ],
    };
    expect(read([after]).articles).toEqual([]);
  });
});
