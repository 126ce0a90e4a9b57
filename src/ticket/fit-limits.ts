// A ticket the background itself read (over the helpdesk's REST API) cut to TICKET_LIMITS before it goes back to
// the content script, so the content script's next request about it (analyze, drafts, summary, polish) is never
// refused for what the helpdesk holds. A REST comment has no cap of its own; a page reading's HTML caps do not bound
// its text (a list item reads as its indent and number: 240 KB of <li> read into 1.37 M characters), so it is cut
// too. Only a ticket past the limits changes, and it says so in a warning.
import { TICKET_LIMITS as L } from './limits';
import type { Message, Ticket } from './schema';

const clip = (text: string) => (text.length > L.messageChars ? text.slice(0, L.messageChars) : text);
const chars = (m: Message) => m.text.length + (m.quoted?.length ?? 0) + (m.signature?.length ?? 0);

function fitMessage(message: Message): Message {
  const fitted: Message = { ...message, text: clip(message.text) };
  if (message.quoted !== undefined) fitted.quoted = clip(message.quoted);
  if (message.signature !== undefined) fitted.signature = clip(message.signature);
  return fitted;
}

/** `ticket` within the limits: each text cut to its maximum, then the latest messages that fit the ticket's. */
export function fitTicketLimits(ticket: Ticket): Ticket {
  const total = ticket.messages.reduce((sum, m) => sum + chars(m), 0);
  const longest = ticket.messages.reduce((max, m) => Math.max(max, m.text.length, m.quoted?.length ?? 0, m.signature?.length ?? 0), 0);
  if (ticket.messages.length <= L.messages && total <= L.ticketChars && longest <= L.messageChars && ticket.warnings.length <= L.warnings)
    return ticket;
  let budget: number = L.ticketChars;
  const messages: Message[] = [];
  for (const message of ticket.messages.slice(-L.messages).reverse()) {
    const fitted = fitMessage(message);
    if (chars(fitted) > budget) break;
    budget -= chars(fitted);
    messages.unshift(fitted);
  }
  const warning = {
    field: 'messages',
    text: `the thread is over ${L.messageChars} characters a message or ${L.ticketChars} in all; cut to fit`,
  };
  return { ...ticket, messages, warnings: [...ticket.warnings, warning].slice(-L.warnings) };
}
