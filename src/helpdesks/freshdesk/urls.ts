// Freshdesk URLs, as pure functions with their examples beside them (tested in both directions).
// Agent ticket pages live at /a/tickets/<id> (current) or /helpdesk/tickets/<id> (older accounts), on
// SUB.freshdesk.com or on a company's own domain; the customer portal (/support/...) is not ours.

export const TICKET_URL_EXAMPLES = [
  'https://acme.freshdesk.com/a/tickets/101',
  'https://acme.freshdesk.com/a/tickets/101/',
  'https://acme.freshdesk.com/a/tickets/101?tab=activities',
  'http://acme.freshdesk.com:8080/a/tickets/102#reply',
  'https://acme.freshdesk.com/helpdesk/tickets/77',
  'https://support.acme.example/a/tickets/123',
  'https://help.northwind.example/helpdesk/tickets/4567',
];

export const NOT_TICKET_URL_EXAMPLES = [
  'https://acme.freshdesk.com/a/tickets/filters/all_tickets',
  'https://acme.freshdesk.com/a/tickets/filters/12000045',
  'https://acme.freshdesk.com/a/tickets',
  'https://acme.freshdesk.com/a/contacts/5',
  'https://acme.freshdesk.com/a/dashboard/default',
  'https://acme.freshdesk.com/support/solutions/articles/9000123',
  'https://acme.freshdesk.com/support/tickets/101',
  'https://acme.freshdesk.com/api/v2/tickets/101',
];

const TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d+)\/?$/;

/** The ticket id of a Freshdesk agent ticket page, else null. */
export function ticketIdFromUrl(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}

export const apiPaths = {
  ticket: (id: string) => `/api/v2/tickets/${id}?include=requester`,
  /** Page 1 has no `page` parameter, as Freshdesk's own first request. */
  conversations: (id: string, page: number) =>
    `/api/v2/tickets/${id}/conversations?per_page=${CONVERSATIONS_PER_PAGE}${page > 1 ? `&page=${page}` : ''}`,
};

export const CONVERSATIONS_PER_PAGE = 100;
