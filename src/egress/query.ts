// The ticket as the knowledge search's embedding request sees it: the same public, normalized, redacted
// text every other request gets (./outbound.ts), heaviest parts first (subject, latest customer message),
// and only then cut to the size embedding models read.
import { ticketParts } from '../knowledge/query';
import type { Ticket } from '../ticket/schema';
import { outboundTicket } from './outbound';

/** Enough of the ticket to say what it is about; embedding models truncate long inputs anyway. */
export const QUERY_CHARS = 2000;

export function embeddingQuery(ticket: Ticket): string {
  const outbound = outboundTicket(ticket);
  // ticketParts() weighs by role and recency; it sees only what may leave, already redacted.
  const sendable: Ticket = {
    ...ticket,
    subject: outbound.subject,
    messages: outbound.messages.map((m, i) => ({
      id: String(i),
      author: { name: null },
      role: m.role,
      visibility: 'public',
      createdAt: null,
      text: m.text,
    })),
  };
  return ticketParts(sendable)
    .sort((a, b) => b.weight - a.weight)
    .map((part) => part.text)
    .join('\n')
    .slice(0, QUERY_CHARS);
}
