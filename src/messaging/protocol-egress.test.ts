// rev-egress23 item 4 (modelled: a page script posting messages as the content script would): fields of a stats
// report that reach the team's ClickHouse as given must have a shape no typed words fit.
import { describe, expect, it } from 'vitest';
import { BackgroundRequest } from './protocol';

const record = (helpdesk: string) => ({
  kind: 'stats-record',
  records: [{ ticket: { helpdesk, ticketId: '42' }, event: { type: 'cue-shown' } }],
});

describe('a stats report names a helpdesk of the registry, nothing else', () => {
  it('refuses a helpdesk that is free text (on main: accepted and stored, then uploaded, as given)', () => {
    for (const helpdesk of ['KESTRELNOTE refund the order', 'wren.halloway@example.org', 'Zendesk', ''])
      expect(BackgroundRequest.safeParse(record(helpdesk)).success, helpdesk).toBe(false);
    const reply = {
      kind: 'stats-reply-sent',
      ticket: { helpdesk: 'KESTRELNOTE', ticketId: '42' },
      draft: '',
      sent: '',
      msSinceTicketOpened: 1,
    };
    expect(BackgroundRequest.safeParse({ ...reply, suggestionId: 's-x' }).success).toBe(false);
  });

  it('accepts each helpdesk of the registry', () => {
    for (const helpdesk of ['zendesk', 'freshdesk']) expect(BackgroundRequest.safeParse(record(helpdesk)).success, helpdesk).toBe(true);
  });
});
