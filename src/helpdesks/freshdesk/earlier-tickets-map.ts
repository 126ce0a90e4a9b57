// Background: a Freshdesk record of the requester's tickets (see earlier-tickets.ts for the endpoint and
// its evidence) as an EarlierTicket. Records come from a page, so each is checked; a bad one is dropped.
import * as z from 'zod/mini';
import type { EarlierTicket } from '../../context/history';

const ApiListedTicket = z.object({
  id: z.number(),
  subject: z.optional(z.nullable(z.string())),
  status: z.optional(z.nullable(z.number())),
  created_at: z.optional(z.nullable(z.string())),
});

const STATUS: Record<number, string> = { 2: 'open', 3: 'pending', 4: 'resolved', 5: 'closed' };
const statusWord = (n: number | null | undefined) => (n == null ? null : (STATUS[n] ?? (n >= 6 ? 'waiting' : null)));

/** Background: one record of the ticket list, or null when it is not a ticket. */
export function freshdeskEarlierTicket(record: unknown): EarlierTicket | null {
  const parsed = ApiListedTicket.safeParse(record);
  if (!parsed.success) return null;
  const t = parsed.data;
  return {
    id: String(t.id),
    subject: t.subject || null,
    status: statusWord(t.status),
    createdAt: t.created_at ?? null,
    path: `/a/tickets/${t.id}`,
  };
}
