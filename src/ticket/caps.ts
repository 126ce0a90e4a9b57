// Caps on ticket text where it enters the background or the CLI (issue 12 item 4). Ticket text is written
// by strangers; every later step (cue, search, redaction, prompt, checks) is then bounded by these numbers
// whatever the input, and no real ticket loses its meaning:
// - A message keeps its first 8 000 characters (~1 300 words). Message.text already excludes quoted
//   history and signatures; a model is sent 4 000 of them anyway (src/drafts/prompt.ts).
// - A "word" (a run without whitespace) keeps its first 256 characters: real links keep their host and
//   path (a long tracking link loses only the tail of its parameters), while 200 KB of "a.a.a." or one
//   endless token no longer reach the text utilities and redaction, several of which cost more per
//   character the longer a token is (measured: redacting one 512-character token took ~60 ms).
// - A ticket keeps its latest 40 messages and 20 000 characters of message text (~3 300 words), newest first (older
//   messages weigh least in search and the cue; a model is sent the latest 12).
// - The subject keeps 500 characters (Zendesk and Freshdesk show ~255), names 200, at most 100 tags of 100.
import type { Message, Ticket } from './schema';

export const TICKET_CAPS = {
  messageChars: 8_000,
  tokenChars: 256,
  messages: 40,
  ticketChars: 20_000,
  subjectChars: 500,
  nameChars: 200,
  tags: 100,
  tagChars: 100,
} as const;

const LONG_TOKEN = new RegExp(`\\S{${TICKET_CAPS.tokenChars + 1},}`, 'gu');

/** `text` cut to `max` characters, every whitespace-free run cut to `tokenChars` (linear: one regex pass, no backtracking). */
export function capText(text: string, max: number = TICKET_CAPS.messageChars): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text; // long runs shrink below: leave room for them
  return head.replace(LONG_TOKEN, (token) => `${token.slice(0, TICKET_CAPS.tokenChars)}…`).slice(0, max);
}

const capOptional = (text: string | undefined, max: number) => (text === undefined ? undefined : capText(text, max));

function capMessage(message: Message, budget: number): Message {
  const capped: Message = {
    ...message,
    text: capText(message.text, Math.min(TICKET_CAPS.messageChars, budget)),
    author: { ...message.author, name: message.author.name === null ? null : capText(message.author.name, TICKET_CAPS.nameChars) },
  };
  if (message.quoted !== undefined) capped.quoted = capOptional(message.quoted, TICKET_CAPS.messageChars);
  if (message.signature !== undefined) capped.signature = capOptional(message.signature, TICKET_CAPS.nameChars * 5);
  return capped;
}

/** The ticket with every untrusted text field within TICKET_CAPS (a ticket within them comes back equal). */
export function capTicket(ticket: Ticket): Ticket {
  let budget: number = TICKET_CAPS.ticketChars;
  const messages: Message[] = [];
  for (const message of ticket.messages.slice(-TICKET_CAPS.messages).reverse()) {
    if (budget <= 0) break;
    const capped = capMessage(message, budget);
    budget -= capped.text.length;
    messages.unshift(capped);
  }
  return {
    ...ticket,
    subject: ticket.subject === null ? null : capText(ticket.subject, TICKET_CAPS.subjectChars),
    requester: {
      name: ticket.requester.name === null ? null : capText(ticket.requester.name, TICKET_CAPS.nameChars),
      email: ticket.requester.email === null ? null : capText(ticket.requester.email, TICKET_CAPS.nameChars),
    },
    tags: ticket.tags.slice(0, TICKET_CAPS.tags).map((tag) => capText(tag, TICKET_CAPS.tagChars)),
    messages,
  };
}
