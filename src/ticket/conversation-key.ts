// One state of a conversation, as both the page's and the REST API's reading of it describe it: the same
// key means the same analysis and drafts may be reused. The key is made of what may leave the browser:
// the public messages, in order, each by its role and its opening words, and the last public customer
// message's words (whitespace and punctuation folded: page and API render text differently). So a REST
// reading that corrects the page (a message the page read as public is an internal note, or one it kept
// back is public after all, or a role was misread) is a new state, and what was built on the misreading
// is replaced; internal notes the API lists and the page had collapsed change nothing that was sent.
import { publicMessages } from './public-messages';
import type { Ticket } from './schema';

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** Enough of a message to tell it from its neighbours, short enough that page and API agree on it. */
const OPENING_CHARS = 24;

export function conversationKey(ticket: Ticket): string {
  const sent = publicMessages(ticket);
  const lastCustomer = sent.findLast((m) => m.role === 'customer');
  // Runs on every reading in the content script: only a message's opening is folded, not all of it.
  const opening = (text: string) => fold(text.slice(0, OPENING_CHARS * 8)).slice(0, OPENING_CHARS);
  return JSON.stringify([ticket.helpdesk, ticket.id, sent.map((m) => `${m.role[0]}:${opening(m.text)}`), fold(lastCustomer?.text ?? '')]);
}
