import { describe, expect, test } from 'vitest';
import type { Ticket } from '../ticket/schema';
import { customerContextView } from './view';

const ticket = { id: '50', helpdesk: 'zendesk', subject: 'Refund', messages: [] } as unknown as Ticket;
const history = {
  tickets: [
    { id: '44', subject: 'Billing address', status: 'pending', createdAt: '2026-11-06T10:00:00Z', path: '/agent/tickets/44' },
    { id: '41', subject: null, status: 'solved', createdAt: null, path: '/agent/tickets/41' },
  ],
};
const now = Date.parse('2026-11-20T00:00:00Z');

describe('customerContextView', () => {
  test('writes each earlier ticket’s date in the agent’s UI language, so the page needs no Intl object', () => {
    const german = customerContextView(ticket, history, now, 'de');
    expect(german.earlier.map((e) => e.createdLabel)).toEqual([
      new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(Date.parse('2026-11-06T10:00:00Z')),
      '',
    ]);
    expect(german.earlier[0]!.createdLabel).toContain('2026');
    expect(customerContextView(ticket, history, now).earlier[0]!.createdLabel).toBe('Nov 6, 2026');
  });
});
