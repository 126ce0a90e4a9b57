// One state of a conversation, as both the page's and the REST API's reading of it describe it: the same
// key means the same analysis and drafts may be reused. The key is made of what may leave the browser:
// the public messages, in order, each by its role and its opening words, and the last public customer
// message's words (whitespace and punctuation folded: page and API render text differently). So a REST
// reading that corrects the page (a message the page read as public is an internal note, or one it kept
// back is public after all, or a role was misread) is a new state, and what was built on the misreading
// is replaced; internal notes the API lists and the page had collapsed change nothing that was sent.
import type { Ticket } from './schema';

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Enough of a message to tell it from its neighbours, short enough that page and API agree on it. */
const OPENING_CHARS = 24;

export function conversationKey(ticket: Ticket): string {
  const sent = ticket.messages.filter((m) => m.visibility === 'public' && m.role !== 'system');
  const lastCustomer = sent.findLast((m) => m.role === 'customer');
  return JSON.stringify([ticket.helpdesk, ticket.id, sent.map((m) => `${m.role[0]}:${fold(m.text).slice(0, OPENING_CHARS)}`), fold(lastCustomer?.text ?? '')]);
}
