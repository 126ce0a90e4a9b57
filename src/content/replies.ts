// Which public agent replies are new on a ticket. The watcher re-reads the ticket on every DOM change, and
// one thread arrives in several readings: from the page, then from the REST API (other message ids, plus
// the older messages the page had collapsed), then from the page again. So messages are recognised by their
// text, not their id, and a reply counts as new only when it comes after the last message already seen:
// older messages revealed by a fuller reading come before it. A reading that shares no message with the
// earlier ones cannot be placed and only becomes the new baseline.
import type { Message, Ticket } from '../ticket/schema';

/** The helpdesk's clock and ours may differ; a reply stamped this much before the opening still counts. */
const CLOCK_SKEW_MS = 10 * 60_000;

/** Letters and digits only: the page's and the API's text of one message differ in spacing and markup. */
const lettersAndDigits = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The first 500 of them, from as much of the text's start as holds them: a long thread's messages are read
 * on every reading, collapsed sidebar included. More than 500 (510): a letter cut at the end of the start
 * (a surrogate half, a sigma lowercased by what follows it) lands past the 500 kept.
 */
const fingerprint = (message: Message) => {
  let print = '';
  for (let end = 2048; ; end *= 4) {
    print = lettersAndDigits(message.text.slice(0, end));
    if (print.length > 510 || end >= message.text.length) return message.role + print.slice(0, 500);
  }
};

/**
 * The public agent messages of `ticket` that were not in any earlier reading (none on the first one), and
 * remembers this reading's messages in `seen`. `openedAt` (epoch ms) keeps out messages the helpdesk dates
 * before the ticket was opened.
 */
export function newReplies(seen: Set<string>, ticket: Ticket, openedAt: number): Message[] {
  const prints = ticket.messages.map(fingerprint);
  const last = prints.findLastIndex((print) => seen.has(print));
  const fresh =
    last < 0
      ? []
      : ticket.messages.filter(
          (message, i) =>
            i > last &&
            !seen.has(prints[i]!) &&
            message.role === 'agent' &&
            message.visibility === 'public' &&
            !(message.createdAt && Date.parse(message.createdAt) < openedAt - CLOCK_SKEW_MS),
        );
  for (const print of prints) seen.add(print);
  return fresh;
}
