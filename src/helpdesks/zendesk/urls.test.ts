import { describe, expect, it } from 'vitest';
import { NOT_TICKET_URL_EXAMPLES, TICKET_URL_EXAMPLES, apiPathFromNextPage, ticketIdFromUrl } from './urls';

describe('ticketIdFromUrl', () => {
  it.each(TICKET_URL_EXAMPLES)('finds the ticket id in %s', (url) => {
    expect(ticketIdFromUrl(new URL(url))).toMatch(/^\d+$/);
  });

  it.each(NOT_TICKET_URL_EXAMPLES)('finds no ticket in %s', (url) => {
    expect(ticketIdFromUrl(new URL(url))).toBeNull();
  });

  it('reads the exact id, whatever follows it', () => {
    expect(ticketIdFromUrl(new URL('https://acme.zendesk.com/agent/tickets/123/events'))).toBe('123');
    expect(ticketIdFromUrl(new URL('https://acme.zendesk.com/agent/tickets/123?comment=456789'))).toBe('123');
    expect(ticketIdFromUrl(new URL('https://support.acme.com/agent/tickets/5'))).toBe('5');
  });
});

describe('apiPathFromNextPage', () => {
  it('keeps path and query of an absolute next_page URL', () => {
    expect(apiPathFromNextPage('https://acme.zendesk.com/api/v2/tickets/3/comments.json?include=users&page=2')).toBe(
      '/api/v2/tickets/3/comments.json?include=users&page=2',
    );
  });

  it('refuses paths outside the API', () => {
    expect(apiPathFromNextPage('https://evil.example/steal?x=1')).toBeNull();
  });
});
