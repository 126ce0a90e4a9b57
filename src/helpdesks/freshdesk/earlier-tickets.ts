// The requester's tickets from Freshdesk's REST API, with the agent's session (src/context reads them).
// GET /api/v2/tickets filters by requester_id (or email) and sorts with order_by + order_type, 100 a
// page at most; without updated_since it lists only tickets created in the past 30 days (Freshdesk's
// docs as quoted in airbytehq/airbyte PR #6442; filters as in developers.freshdesk.com/api/#list_all_tickets,
// seen through Pipedream's freshdesk-list-all-tickets action), so an early updated_since is always sent.
// Status numbers 2–5 are Freshdesk's documented ones; 6 and up are an account's custom statuses, which
// are waiting states in practice (modelled, not seen live) and so count as still open.
import type { FetchJson } from '../adapter';
import { apiPaths } from './urls';

export const earlierTicketPaths = {
  /** The same GET as the REST reading's (../urls.ts), so the background asks the page once for both. */
  ticket: apiPaths.ticket,
  byRequester: (requesterId: string) =>
    `/api/v2/tickets?requester_id=${encodeURIComponent(requesterId)}&updated_since=2000-01-01T00:00:00Z&order_by=created_at&order_type=desc&per_page=100`,
};

/** Content script: the ticket's requester (no schema library here: the content script's size budget). */
export async function freshdeskRequesterId(ticketId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<string | null> {
  const json = (await fetchJson(earlierTicketPaths.ticket(ticketId), signal)) as { requester_id?: unknown } | null;
  return typeof json?.requester_id === 'number' ? String(json.requester_id) : null;
}

/** Content script: the requester's tickets as the API gave them; the background maps them. */
export async function freshdeskRequestedRecords(requesterId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<unknown[]> {
  const json = await fetchJson(earlierTicketPaths.byRequester(requesterId), signal);
  if (!Array.isArray(json)) throw new Error('unexpected response');
  return json;
}
