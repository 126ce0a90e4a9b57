// rev-egress24 (modelled: a customer's e-mail of list items, 240 KB of HTML, within the page reading's caps):
// the text walk reads every 4-character <li> as its indent and number, so HTML reads into far more text than it holds. The
// page reading the background sends back must still be a ticket the background takes: before, such an e-mail made
// the ticket's analyze, drafts and summary requests refused whole ("ticket.messages.0.text: over 1048576 characters").
import { describe, expect, it } from 'vitest';
import { AnalyzeTicket, ReadPage } from '../messaging/protocol';
import { testTicket } from '../../tests/support/tickets';
import { TICKET_LIMITS } from '../ticket/limits';
import { createHandlers } from './handlers';

const handlers = createHandlers(
  { handlers: {} } as never,
  {} as never,
  async () => false,
  {} as never,
  { handlers: {} } as never,
  { clear: () => undefined } as never,
);

// Eight lists deep (the most a list item is indented), an ordered list of 60,000 items: each `<li>` of 4 characters
// reads as an indent, its number and a line break, 24 characters.
const NESTED = `${'<ul>'.repeat(8)}<ol>${'<li>'.repeat(60_000)}`;
const { messages: _none, source: _api, ...fields } = testTicket();
const page = {
  ...fields,
  source: 'dom' as const,
  messages: [
    { id: 'm1', author: { name: 'Dana' }, role: 'customer' as const, visibility: 'public' as const, createdAt: null, html: '<p>Hello</p>' },
    { id: 'm2', author: { name: 'Dana' }, role: 'customer' as const, visibility: 'public' as const, createdAt: null, html: NESTED },
  ],
};

describe('a page reading whose text outgrows its HTML', () => {
  it('comes back within the ticket limits, so the requests about it are taken', async () => {
    expect(NESTED.length).toBeLessThan(250_000);
    expect(ReadPage.safeParse({ kind: 'read-page', page }).success).toBe(true);
    const ticket = await handlers['read-page']({ kind: 'read-page', page }, {} as never);
    expect(ticket.messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(ticket.messages[1]!.text.length).toBeLessThanOrEqual(TICKET_LIMITS.messageChars);
    expect(AnalyzeTicket.safeParse({ kind: 'analyze-ticket', ticket, uiLang: 'en' }).success).toBe(true);
  });
});
