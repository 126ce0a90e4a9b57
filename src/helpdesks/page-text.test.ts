// The background's half of a page reading: each message's HTML read into text with the REST reading's code, the
// structure kept as the content script decided it, and what cannot be read withheld with a warning, never sent unread.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { htmlWithinCaps, MAX_CONTEXT, MAX_MESSAGE_HTML, MAX_TICKET_HTML, type PageMessage, type PageTicket } from '../ticket/page-ticket';
import { PageTicket as PageTicketSchema } from '../ticket/page-schema';
import { warningLine } from '../ticket/warning';
import { keptBackMessageIds } from './kept-back';
import { readPageText } from './page-text';
import { testMessage, testTicket } from '../../tests/support/tickets';

/** A page message: the test message's structure, its text given as the body's HTML. */
const message = (id: string, html: string | null, visibility: 'public' | 'internal' = 'public'): PageMessage => {
  const { text: _text, ...structure } = testMessage(id, 'customer', '', visibility);
  return { ...structure, html };
};
const page = (messages: PageMessage[]): PageTicket => ({ ...testTicket(), source: 'dom', messages });

describe('readPageText', () => {
  it('reads text, quoted history and signature from the HTML, hidden text and the sheets that travel with it left out', () => {
    const html =
      '<style>.x{display:none}</style><p>My order is late.</p><p class="x">HIDDEN</p>' +
      '<p style="color:rgb(17 24 39 / 0.02)">HIDDEN too</p><p>Best regards,<br>Jane</p>' +
      '<blockquote>On Monday we wrote: your order shipped.</blockquote>';
    const [read] = readPageText(page([message('7', html)])).messages;
    expect(read).toMatchObject({ id: '7', text: 'My order is late.', signature: 'Best regards,\nJane', visibility: 'public' });
    expect(read!.quoted).toContain('your order shipped');
    expect(JSON.stringify(read)).not.toContain('HIDDEN');
    expect(read).not.toHaveProperty('html');
  });

  it("keeps the page's structure: a note stays internal with its text, direction and time as read", () => {
    const note = {
      ...message('8', '<p>Refund approved, tell no one yet.</p>', 'internal'),
      direction: 'ltr' as const,
      createdAt: '2026-01-02T03:04:05.000Z',
    };
    const [read] = readPageText(page([note])).messages;
    expect(read).toEqual({ ...note, html: undefined, text: 'Refund approved, tell no one yet.' });
  });

  it('withholds a message the content script could not send (over the caps) with a kept-back warning, and reads the rest', () => {
    const ticket = readPageText(page([message('9', null), message('10', '<p>Still here.</p>')]));
    expect(ticket.messages.map((m) => [m.id, m.visibility, m.text])).toEqual([
      ['9', 'internal', ''],
      ['10', 'public', 'Still here.'],
    ]);
    expect(keptBackMessageIds(ticket.warnings)).toEqual(['9']);
    expect(ticket.warnings.map(warningLine)).toEqual(['message 9: text over 512 KB or unreadable on the page; kept back as internal']);
  });
});

describe('htmlWithinCaps', () => {
  const body = (chars: number) => parseHTML(`<div>${'a'.repeat(chars)}</div>`).document.querySelector('div') as unknown as Element;

  it('gives each body its HTML until a message or the ticket would pass its cap', () => {
    const htmlOf = htmlWithinCaps();
    const first = htmlOf(body(10));
    expect(first.html).toBe('a'.repeat(10));
    expect(first.context!.at(-1)).toBe('<div>');
    expect(htmlOf(body(MAX_MESSAGE_HTML + 1))).toEqual({ html: null });
    // Seven more of 512 KB pass 4 MB with the 10 characters above: the eighth is withheld, and so are later large ones.
    const taken = Array.from({ length: 8 }, () => htmlOf(body(MAX_MESSAGE_HTML)).html);
    expect(taken.map((html) => html !== null)).toEqual([true, true, true, true, true, true, true, false]);
    expect(MAX_TICKET_HTML).toBe(8 * MAX_MESSAGE_HTML);
  });
});

describe('the page reading where it arrives (PageTicket schema)', () => {
  it('accepts HTML within the caps and refuses a message or a ticket past them', () => {
    expect(PageTicketSchema.safeParse(page([message('1', '<p>x</p>'), message('2', null)])).success).toBe(true);
    expect(PageTicketSchema.safeParse(page([message('1', 'a'.repeat(MAX_MESSAGE_HTML + 1))])).success).toBe(false);
    const nine = Array.from({ length: 9 }, (_, i) => message(`${i}`, 'a'.repeat(MAX_MESSAGE_HTML)));
    expect(PageTicketSchema.safeParse(page(nine)).success).toBe(false);
    // A page reading carries no text of its own: a text field is not read into the Ticket.
    const parsed = PageTicketSchema.parse(page([{ ...message('1', '<p>x</p>'), text: 'INJECTED' } as PageMessage]));
    expect(readPageText(parsed).messages[0]!.text).toBe('x');
  });
});

describe('a message’s context (the opening tags around its body)', () => {
  it('is quoted as a serializer quotes it and withheld, with its html, past its cap', () => {
    const { document } = parseHTML('<html><body><div class="a&quot;b" data-x="1 &amp; 2"><p>x</p></div></body></html>');
    const div = document.querySelector('div') as unknown as Element;
    expect(htmlWithinCaps()(div).context).toEqual(['<html>', '<body>', '<div class="a&quot;b" data-x="1 &amp; 2">']);
    div.setAttribute('data-big', 'a'.repeat(MAX_CONTEXT));
    expect(htmlWithinCaps()(div)).toEqual({ html: null });
  });

  it('is refused where it arrives past its cap', () => {
    const big = { ...message('1', '<p>x</p>'), context: ['<div>', `<div class="${'a'.repeat(MAX_CONTEXT)}">`] };
    expect(PageTicketSchema.safeParse(page([big])).success).toBe(false);
    expect(PageTicketSchema.safeParse(page([{ ...big, context: ['<div>'] }])).success).toBe(true);
  });
});
