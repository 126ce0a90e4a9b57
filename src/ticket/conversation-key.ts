// One state of a conversation, as both the page's and the REST API's reading of it describe it: the same
// key means the same analysis and drafts may be reused. Every message's role and visibility are in it, so
// a REST reading that corrects the page (a message the page could not prove public is in fact an internal
// note, or the other way round) is a new state: what was built on the misreading is replaced. The last
// customer message's words are in it (whitespace folded: page and API render it differently); other texts
// are not, so the two readings of an unchanged ticket agree.
import type { Ticket } from './schema';

export function conversationKey(ticket: Ticket): string {
  const lastCustomer = ticket.messages.findLast((m) => m.role === 'customer' && m.visibility === 'public');
  return JSON.stringify([
    ticket.helpdesk,
    ticket.id,
    ticket.messages.map((m) => `${m.role[0]}${m.visibility[0]}`).join(''),
    lastCustomer?.text.replace(/\s+/g, ' ').trim() ?? '',
  ]);
}
