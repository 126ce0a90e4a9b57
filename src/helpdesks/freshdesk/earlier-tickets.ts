// The requester's tickets from Freshdesk's REST API, with the agent's session (src/context reads them).
// GET /api/v2/tickets filters by requester_id (or email) and sorts with order_by + order_type, 100 a
// page at most; without updated_since it lists only tickets created in the past 30 days (Freshdesk's
// docs as quoted in airbytehq/airbyte PR #6442; filters as in developers.freshdesk.com/api/#list_all_tickets,
// seen through Pipedream's freshdesk-list-all-tickets action), so an early updated_since is always sent.
// Status numbers 2–5 are Freshdesk's documented ones; 6 and up are an account's custom statuses, which
// are waiting states in practice (modelled, not seen live) and so count as still open.
import * as z from 'zod/mini';
import type { FetchJson } from '../adapter';
import type { EarlierTicket } from '../../context/history';

const ApiTicketRequester = z.object({ requester_id: z.optional(z.nullable(z.number())) });
const ApiTicketList = z.array(
  z.object({
    id: z.number(),
    subject: z.optional(z.nullable(z.string())),
    status: z.optional(z.nullable(z.number())),
    created_at: z.optional(z.nullable(z.string())),
  }),
);

const STATUS: Record<number, string> = { 2: 'open', 3: 'pending', 4: 'resolved', 5: 'closed' };
const statusWord = (n: number | null | undefined) => (n == null ? null : (STATUS[n] ?? (n >= 6 ? 'waiting' : null)));

export const earlierTicketPaths = {
  ticket: (ticketId: string) => `/api/v2/tickets/${ticketId}?include=requester`,
  byRequester: (requesterId: string) =>
    `/api/v2/tickets?requester_id=${encodeURIComponent(requesterId)}&updated_since=2000-01-01T00:00:00Z&order_by=created_at&order_type=desc&per_page=100`,
};

export async function freshdeskRequesterId(ticketId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<string | null> {
  const requester = ApiTicketRequester.parse(await fetchJson(earlierTicketPaths.ticket(ticketId), signal)).requester_id;
  return requester == null ? null : String(requester);
}

export async function freshdeskRequestedTickets(requesterId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<EarlierTicket[]> {
  return ApiTicketList.parse(await fetchJson(earlierTicketPaths.byRequester(requesterId), signal)).map((t) => ({
    id: String(t.id),
    subject: t.subject || null,
    status: statusWord(t.status),
    createdAt: t.created_at ?? null,
    path: `/a/tickets/${t.id}`,
  }));
}
