import { describe, expect, it } from 'vitest';
import { NOT_TICKET_URL_EXAMPLES, TICKET_URL_EXAMPLES, apiPaths, ticketIdFromUrl } from './urls';

describe('ticketIdFromUrl', () => {
  it.each(TICKET_URL_EXAMPLES)('reads a ticket id from %s', (url) => {
    expect(ticketIdFromUrl(new URL(url))).toMatch(/^\d+$/);
  });

  it.each(NOT_TICKET_URL_EXAMPLES)('finds no ticket in %s', (url) => {
    expect(ticketIdFromUrl(new URL(url))).toBeNull();
  });

  it('reads the id itself, on hosted and own domains, current and older paths', () => {
    expect(ticketIdFromUrl(new URL('https://acme.freshdesk.com/a/tickets/101'))).toBe('101');
    expect(ticketIdFromUrl(new URL('https://acme.freshdesk.com/helpdesk/tickets/77'))).toBe('77');
    expect(ticketIdFromUrl(new URL('https://support.acme.example/a/tickets/123?tab=activities'))).toBe('123');
  });
});

describe('apiPaths', () => {
  it('asks for the requester with the ticket and pages conversations by 100', () => {
    expect(apiPaths.ticket('101')).toBe('/api/v2/tickets/101?include=requester');
    expect(apiPaths.conversations('101', 1)).toBe('/api/v2/tickets/101/conversations?per_page=100');
    expect(apiPaths.conversations('101', 2)).toBe('/api/v2/tickets/101/conversations?per_page=100&page=2');
  });
});
