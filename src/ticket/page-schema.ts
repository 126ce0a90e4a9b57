// The check of a page reading where it arrives, in the background: the structure as a Ticket's, each message's HTML
// within the caps the content script keeps (src/ticket/page-ticket.ts). A reading past them is refused whole.
import * as z from 'zod/mini';
import { MAX_CONTEXT, MAX_MESSAGE_HTML, MAX_TICKET_HTML } from './page-ticket';
import { TICKET_LIMITS } from './limits';
import { Message, Ticket } from './schema';

export const PageMessage = z.extend(z.omit(Message, { text: true, quoted: true, signature: true }), {
  html: z.nullable(z.string().check(z.maxLength(MAX_MESSAGE_HTML))),
  context: z.optional(
    z.array(z.string().check(z.maxLength(MAX_CONTEXT))).check(
      // An opening tag is at least three characters ("<a>").
      z.maxLength(Math.ceil(MAX_CONTEXT / 3)),
      z.refine((tags) => tags.reduce((sum, tag) => sum + tag.length, 0) <= MAX_CONTEXT, 'context over its cap'),
    ),
  ),
});

export const PageTicket = z.extend(z.omit(Ticket, { messages: true, source: true }), {
  messages: z.array(PageMessage).check(
    z.maxLength(TICKET_LIMITS.messages),
    z.refine((messages) => messages.reduce((sum, m) => sum + (m.html?.length ?? 0), 0) <= MAX_TICKET_HTML, 'messages over the HTML cap'),
  ),
  source: z.literal('dom'),
});
