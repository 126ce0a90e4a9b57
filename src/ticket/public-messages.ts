// The messages that may leave the browser: public ones by the customer or an agent. A message whose
// visibility could not be established is read as internal by the adapters, so it is never among them.
// The egress gate sends only these, and the conversation key is made of them.
import type { Message, Ticket } from './schema';

export function publicMessages(ticket: Ticket): Message[] {
  return ticket.messages.filter((m) => m.visibility === 'public' && m.role !== 'system');
}
