// The requester's tickets from Zendesk's REST API, with the agent's session (src/context reads them).
// Endpoints (live evidence: fprimex/zdesk-cli doc/zdesk_user_tickets_requested.md →
// developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets): GET
// /api/v2/users/{user_id}/tickets/requested answers {tickets: [...], next_page, count}; the list
// endpoints sort with sort_by + sort_order (Zendesk community post 4423325230234). The first page
// (100, newest first) is all the sidebar shows.
import * as z from 'zod/mini';
import type { FetchJson } from '../adapter';
import type { EarlierTicket } from '../../context/history';

const id = z.union([z.number(), z.string()]);
const ApiTicketRequester = z.object({ ticket: z.object({ requester_id: z.optional(z.nullable(id)) }) });
const ApiRequestedTickets = z.object({
  tickets: z.array(
    z.object({
      id,
      subject: z.optional(z.nullable(z.string())),
      raw_subject: z.optional(z.nullable(z.string())),
      status: z.optional(z.nullable(z.string())),
      created_at: z.optional(z.nullable(z.string())),
    }),
  ),
});

export const earlierTicketPaths = {
  ticket: (ticketId: string) => `/api/v2/tickets/${ticketId}.json`,
  requested: (userId: string) => `/api/v2/users/${userId}/tickets/requested.json?sort_by=created_at&sort_order=desc`,
};

export async function zendeskRequesterId(ticketId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<string | null> {
  const requester = ApiTicketRequester.parse(await fetchJson(earlierTicketPaths.ticket(ticketId), signal)).ticket.requester_id;
  return requester == null ? null : String(requester);
}

export async function zendeskRequestedTickets(userId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<EarlierTicket[]> {
  const page = ApiRequestedTickets.parse(await fetchJson(earlierTicketPaths.requested(userId), signal));
  return page.tickets.map((t) => ({
    id: String(t.id),
    subject: t.subject || t.raw_subject || null,
    status: t.status ? t.status.toLowerCase() : null,
    createdAt: t.created_at ?? null,
    path: `/agent/tickets/${encodeURIComponent(String(t.id))}`,
  }));
}
