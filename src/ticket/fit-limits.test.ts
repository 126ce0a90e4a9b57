// egress24 (modelled: a REST thread as long as a helpdesk may hold): the background's own reading, cut to the
// limits, is always a ticket the background takes back; one within them comes back unchanged.
import { describe, expect, it } from 'vitest';
import { testMessage, testTicket } from '../../tests/support/tickets';
import { AnalyzeTicket } from '../messaging/protocol';
import { fitTicketLimits } from './fit-limits';
import { TICKET_LIMITS } from './limits';

const takenBack = (ticket: ReturnType<typeof testTicket>) =>
  AnalyzeTicket.safeParse({ kind: 'analyze-ticket', ticket, uiLang: 'en' }).success;

describe('a REST reading fitted to the limits', () => {
  it('cuts a comment over a message’s limit and a thread over the ticket’s, newest kept, and says so', () => {
    const pasted = 'log line '.repeat(150_000); // 1.35 M characters: a pasted log
    const long = testTicket({ messages: [testMessage('1', 'customer', 'Hello'), testMessage('2', 'customer', pasted)] });
    const many = testTicket({
      messages: Array.from({ length: 20 }, (_, i) => testMessage(String(i), 'customer', `${i} ${'x'.repeat(1_000_000)}`)),
    });
    for (const ticket of [long, many]) {
      expect(takenBack(ticket)).toBe(false);
      const fitted = fitTicketLimits(ticket);
      expect(takenBack(fitted)).toBe(true);
      expect(fitted.messages.at(-1)!.id).toBe(ticket.messages.at(-1)!.id);
      expect(fitted.warnings.at(-1)!.text).toMatch(/cut to fit/);
    }
    expect(fitTicketLimits(long).messages[1]!.text).toHaveLength(TICKET_LIMITS.messageChars);
    expect(fitTicketLimits(many).messages).toHaveLength(16);
  });

  it('leaves a ticket within the limits as it is', () => {
    const ticket = testTicket({ messages: [testMessage('1', 'customer', 'x'.repeat(TICKET_LIMITS.messageChars))] });
    expect(fitTicketLimits(ticket)).toBe(ticket);
  });
});
