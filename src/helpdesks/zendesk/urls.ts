// Zendesk Agent Workspace URLs as pure functions, with the examples they are tested against.
// Hosted on SUB.zendesk.com, or on a company's own domain (host mapping) with the same paths.

export const TICKET_URL_EXAMPLES = [
  'https://acme.zendesk.com/agent/tickets/123',
  'https://acme.zendesk.com/agent/tickets/123/events',
  'https://acme.zendesk.com/agent/tickets/123?comment=456789',
  'http://acme.zendesk.com/agent/tickets/2',
  'https://support.acme.com/agent/tickets/5', // host-mapped custom domain
];

export const NOT_TICKET_URL_EXAMPLES = [
  'https://acme.zendesk.com/agent/filters/1',
  'https://acme.zendesk.com/agent/dashboard',
  'https://acme.zendesk.com/agent/tickets/new/1', // a new ticket has no id until submitted
  'https://acme.zendesk.com/agent/users/9001/requested_tickets',
  'https://acme.zendesk.com/hc/en-us/articles/360001234567-Refunds',
  'https://acme.zendesk.com/tickets/123', // the end-user portal, not the agent workspace
  'https://acme.freshdesk.com/a/tickets/123',
];

const TICKET_PATH = /^\/agent\/tickets\/(\d+)(?:\/[a-z_]+)?\/?$/;

/** The ticket id of an Agent Workspace ticket URL, else null. */
export function ticketIdFromUrl(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}

/** Path (with query) of the REST resource, relative to the helpdesk's origin. */
export const apiPaths = {
  ticket: (id: string) => `/api/v2/tickets/${id}.json`,
  comments: (id: string) => `/api/v2/tickets/${id}/comments.json?include=users`,
  user: (id: string | number) => `/api/v2/users/${id}.json`,
};

/** A `next_page` URL from the API as a same-origin path, or null when it leaves /api/v2/. */
export function apiPathFromNextPage(next: string): string | null {
  try {
    const url = new URL(next, 'https://placeholder.invalid');
    return url.pathname.startsWith('/api/v2/') ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}
