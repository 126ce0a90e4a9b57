// The requester's tickets from Zendesk's REST API, with the agent's session (src/context reads them).
// Endpoints (live evidence: fprimex/zdesk-cli doc/zdesk_user_tickets_requested.md →
// developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets): GET
// /api/v2/users/{user_id}/tickets/requested answers {tickets: [...], next_page, count}; the list
// endpoints sort with sort_by + sort_order (Zendesk community post 4423325230234). The first page
// (100, newest first) is all the sidebar shows.
import type { FetchJson } from '../adapter';
import { apiPaths } from './urls';

export const earlierTicketPaths = {
  /** The same GET as the REST reading's (../urls.ts), so the background asks the page once for both. */
  ticket: apiPaths.ticket,
  requested: (userId: string) => `/api/v2/users/${userId}/tickets/requested.json?sort_by=created_at&sort_order=desc`,
};

/** Content script: the ticket's requester (no schema library here: the content script's size budget). */
export async function zendeskRequesterId(ticketId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<string | null> {
  const json = (await fetchJson(earlierTicketPaths.ticket(ticketId), signal)) as { ticket?: { requester_id?: unknown } } | null;
  const requester = json?.ticket?.requester_id;
  return typeof requester === 'number' || typeof requester === 'string' ? String(requester) : null;
}

/** Content script: the requester's tickets as the API gave them; the background maps them. */
export async function zendeskRequestedRecords(userId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<unknown[]> {
  const json = (await fetchJson(earlierTicketPaths.requested(userId), signal)) as { tickets?: unknown } | null;
  if (!Array.isArray(json?.tickets)) throw new Error('unexpected response');
  return json.tickets;
}
