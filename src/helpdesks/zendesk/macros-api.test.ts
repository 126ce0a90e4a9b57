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
