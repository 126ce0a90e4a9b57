// Background: a Zendesk record of the requester's tickets (see earlier-tickets.ts for the endpoint and
// its evidence) as an EarlierTicket. Records come from a page, so each is checked; a bad one is dropped.
import * as z from 'zod/mini';
import type { EarlierTicket } from '../../context/history';

// Ticket ids are numbers (a digit string is accepted too); anything else could not make a ticket link.
const id = z.union([z.number().check(z.int(), z.gte(0)), z.string().check(z.regex(/^\d{1,20}$/))]);
const ApiRequestedTicket = z.object({
  id,
  subject: z.optional(z.nullable(z.string())),
  raw_subject: z.optional(z.nullable(z.string())),
  status: z.optional(z.nullable(z.string())),
  created_at: z.optional(z.nullable(z.string())),
});

/** Background: one record of the requested-tickets list, or null when it is not a ticket. */
export function zendeskEarlierTicket(record: unknown): EarlierTicket | null {
  const parsed = ApiRequestedTicket.safeParse(record);
  if (!parsed.success) return null;
  const t = parsed.data;
  return {
    id: String(t.id),
    subject: t.subject || t.raw_subject || null,
    status: t.status ? t.status.toLowerCase() : null,
    createdAt: t.created_at ?? null,
    path: `/agent/tickets/${t.id}`,
  };
}
