// What of a thread the summary reads, bounded whatever the page sends: the opening messages (what the
// customer first asked) and the latest ones (where the thread stands), then the usual text caps.
import { capTicket } from '../ticket/caps';
import type { Ticket } from '../ticket/schema';

const OPENING = 2;
const LATEST = 38;

export function summaryInput(ticket: Ticket): Ticket {
  const { messages } = ticket;
  const kept = messages.length <= OPENING + LATEST ? messages : [...messages.slice(0, OPENING), ...messages.slice(-LATEST)];
  return capTicket({ ...ticket, messages: kept });
}
