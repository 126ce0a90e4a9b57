// The one shape every helpdesk adapter produces. Field names are a public contract (PRODUCT.md,
// `souffleur read`). A field that cannot be read is null and explained in `warnings`, never guessed.
import * as z from 'zod/mini';
import { HELPDESKS } from '../helpdesks/descriptors';
import { limited, TICKET_LIMITS } from './limits';
import { warningSchema } from './warning-schema';

// The enum follows the registry's descriptors (src/helpdesks/descriptors.ts).
export { HELPDESKS };
export const Helpdesk = z.enum(HELPDESKS);
export type Helpdesk = z.infer<typeof Helpdesk>;

export const Role = z.enum(['customer', 'agent', 'system']);
export type Role = z.infer<typeof Role>;

export const Visibility = z.enum(['public', 'internal']);
export type Visibility = z.infer<typeof Visibility>;

const Id = limited(TICKET_LIMITS.idChars);
const Field = limited(TICKET_LIMITS.fieldChars);
const MessageText = limited(TICKET_LIMITS.messageChars);

export const Message = z.object({
  id: Id,
  author: z.object({
    name: z.nullable(Field),
    id: z.optional(Id),
  }),
  role: Role,
  visibility: Visibility,
  /** ISO 8601, or null when the page shows no readable time. */
  createdAt: z.nullable(Field),
  /** What this message says, without quoted history and signature. */
  text: MessageText,
  /** Earlier messages quoted below the new text ("On … wrote:"), kept apart. */
  quoted: z.optional(MessageText),
  signature: z.optional(MessageText),
  /** Writing direction of the text as the page marks it (Arabic is rtl). */
  direction: z.optional(z.enum(['ltr', 'rtl'])),
});
export type Message = z.infer<typeof Message>;

const messageChars = (m: { text: string; quoted?: string; signature?: string }) =>
  m.text.length + (m.quoted?.length ?? 0) + (m.signature?.length ?? 0);

export const Ticket = z.object({
  id: Id,
  helpdesk: Helpdesk,
  url: limited(TICKET_LIMITS.urlChars),
  subject: z.nullable(limited(TICKET_LIMITS.subjectChars)),
  requester: z.object({
    name: z.nullable(Field),
    email: z.nullable(Field),
  }),
  status: z.nullable(Field),
  priority: z.nullable(Field),
  tags: z.array(Field).check(z.maxLength(TICKET_LIMITS.tags)),
  /** BCP 47 primary tag ("de", "ar") when the helpdesk or the text tells it, else null. */
  language: z.nullable(Field),
  messages: z.array(Message).check(
    z.maxLength(TICKET_LIMITS.messages),
    z.refine(
      (messages) => messages.reduce((sum, m) => sum + messageChars(m), 0) <= TICKET_LIMITS.ticketChars,
      'messages over the text limit',
    ),
  ),
  /** One per field or part that could not be read (./warning.ts); old saved tickets' lines are read too. */
  warnings: z.array(warningSchema).check(z.maxLength(TICKET_LIMITS.warnings)),
  /** Where the messages came from: the page, or the helpdesk's own REST API with the agent's session. */
  source: z.enum(['dom', 'api']),
});
export type Ticket = z.infer<typeof Ticket>;

export { TicketReadError } from './read-error';
