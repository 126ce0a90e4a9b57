// The one shape every helpdesk adapter produces. Field names are a public contract (PRODUCT.md,
// `souffleur read`). A field that cannot be read is null and explained in `warnings`, never guessed.
import * as z from 'zod/mini';
import { HELPDESKS } from '../helpdesks/descriptors';
import { warningSchema } from './warning-schema';

// The enum follows the registry's descriptors (src/helpdesks/descriptors.ts).
export { HELPDESKS };
export const Helpdesk = z.enum(HELPDESKS);
export type Helpdesk = z.infer<typeof Helpdesk>;

export const Role = z.enum(['customer', 'agent', 'system']);
export type Role = z.infer<typeof Role>;

export const Visibility = z.enum(['public', 'internal']);
export type Visibility = z.infer<typeof Visibility>;

export const Message = z.object({
  id: z.string(),
  author: z.object({
    name: z.nullable(z.string()),
    id: z.optional(z.string()),
  }),
  role: Role,
  visibility: Visibility,
  /** ISO 8601, or null when the page shows no readable time. */
  createdAt: z.nullable(z.string()),
  /** What this message says, without quoted history and signature. */
  text: z.string(),
  /** Earlier messages quoted below the new text ("On … wrote:"), kept apart. */
  quoted: z.optional(z.string()),
  signature: z.optional(z.string()),
  /** Writing direction of the text as the page marks it (Arabic is rtl). */
  direction: z.optional(z.enum(['ltr', 'rtl'])),
});
export type Message = z.infer<typeof Message>;

export const Ticket = z.object({
  id: z.string(),
  helpdesk: Helpdesk,
  url: z.string(),
  subject: z.nullable(z.string()),
  requester: z.object({
    name: z.nullable(z.string()),
    email: z.nullable(z.string()),
  }),
  status: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  tags: z.array(z.string()),
  /** BCP 47 primary tag ("de", "ar") when the helpdesk or the text tells it, else null. */
  language: z.nullable(z.string()),
  messages: z.array(Message),
  /** One per field or part that could not be read (./warning.ts); old saved tickets' lines are read too. */
  warnings: z.array(warningSchema),
  /** Where the messages came from: the page, or the helpdesk's own REST API with the agent's session. */
  source: z.enum(['dom', 'api']),
});
export type Ticket = z.infer<typeof Ticket>;

export { TicketReadError } from './read-error';
