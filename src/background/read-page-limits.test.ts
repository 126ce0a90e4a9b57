// rev-egress24 (modelled: a customer's e-mail of nested lists, 12 KB of HTML, well within the page reading's caps):
// the text walk indents every list item by its depth, so a small HTML reads into far more text than it holds. The
// page reading the background sends back must still be a ticket the background takes: before, a 12 KB e-mail made
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

const NESTED = '<ul>'.repeat(2_000) + '<ul><li>x</ul>'.repeat(300);
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
    expect(NESTED.length).toBeLessThan(13_000);
    expect(ReadPage.safeParse({ kind: 'read-page', page }).success).toBe(true);
    const ticket = await handlers['read-page']({ kind: 'read-page', page }, {} as never);
    expect(ticket.messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(ticket.messages[1]!.text.length).toBeLessThanOrEqual(TICKET_LIMITS.messageChars);
    expect(AnalyzeTicket.safeParse({ kind: 'analyze-ticket', ticket, uiLang: 'en' }).success).toBe(true);
  });
});
