import { describe, expect, it } from 'vitest';
import type { CustomerHistory } from '../context/history';
import type { Ticket } from '../ticket/schema';
import { referencesIn, repeatedContact, withHistory } from './triggers-history';
import { testMessage, testTicket } from '../../tests/support/tickets';

const NOW = Date.parse('2026-11-10T12:00:00Z');
const ticket = (subject: string, text = 'Hello'): Ticket =>
  testTicket({ subject, messages: [testMessage('m1', 'customer', text, 'public', 'C')] });
const earlier = (id: string, subject: string, createdAt: string) => ({
  id,
  subject,
  status: 'closed',
  createdAt,
  path: `/agent/tickets/${id}`,
});

describe('references', () => {
  it('finds order and invoice numbers, not years, dates or quantities', () => {
    expect(referencesIn('Invoice INV-2291 and order #58213, ref A12345')).toEqual(['INV-2291', '58213', 'A12345']);
    expect(referencesIn('Since 2024, 3 items, on 12.11.2026 at 10:30')).toEqual([]);
  });
});

describe('repeated contact from the history', () => {
  it('the same invoice number in an earlier subject', () => {
    const history: CustomerHistory = {
      tickets: [
        earlier('1', 'Charged twice INV-2291', '2026-11-10T09:00:00Z'),
        earlier('41', 'inv-2291 refund?', '2026-10-01T09:00:00Z'),
        earlier('30', 'Password', '2026-06-01T09:00:00Z'),
      ],
    };
    expect(repeatedContact(ticket('Charged twice for invoice INV-2291'), history, NOW)).toEqual({
      sameReference: [{ reference: 'INV-2291', ticketIds: ['41'] }],
      recentContacts: null,
    });
  });

  it('a reference the customer gives in their first message counts too; the open ticket itself never does', () => {
    const history: CustomerHistory = { tickets: [earlier('1', 'Order 58213', '2026-11-10T09:00:00Z')] };
    expect(repeatedContact(ticket('Where is my parcel?', 'My order 58213 is late.'), history, NOW)).toBeNull();
    history.tickets.push(earlier('9', 'Order 58213 not shipped', '2026-09-01T09:00:00Z'));
    expect(repeatedContact(ticket('Where is my parcel?', 'My order 58213 is late.'), history, NOW)?.sameReference[0]?.ticketIds).toEqual([
      '9',
    ]);
  });

  it('three contacts within seven days, the open one included; two are not enough', () => {
    const two: CustomerHistory = { tickets: [earlier('5', 'Hi', '2026-11-08T09:00:00Z'), earlier('4', 'Old', '2026-10-20T09:00:00Z')] };
    expect(repeatedContact(ticket('Help'), two, NOW)).toBeNull();
    const three: CustomerHistory = { tickets: [...two.tickets, earlier('6', 'Again', '2026-11-05T09:00:00Z')] };
    expect(repeatedContact(ticket('Help'), three, NOW)).toEqual({ sameReference: [], recentContacts: 3 });
  });

  it('adds repeated-contact to a cue once', () => {
    const history: CustomerHistory = { tickets: [earlier('41', 'INV-2291', '2026-10-01T09:00:00Z')] };
    expect(withHistory({ triggers: [] as string[] }, ticket('INV-2291'), history, NOW).triggers).toEqual(['repeated-contact']);
    expect(withHistory({ triggers: ['repeated-contact'] }, ticket('INV-2291'), history, NOW).triggers).toEqual(['repeated-contact']);
    expect(withHistory({ triggers: [] as string[] }, ticket('Hello'), history, NOW)).toEqual({ triggers: [], repeatedContact: null });
  });
});
