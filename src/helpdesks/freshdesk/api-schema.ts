// The parts of Freshdesk's REST responses (API v2) Souffleur reads. Loose on purpose: unknown fields
// pass, optional ones may be missing; a response without the essentials fails to parse.
import * as z from 'zod/mini';

export const ApiTicket = z.object({
  id: z.number(),
  subject: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
  description_text: z.optional(z.nullable(z.string())),
  status: z.optional(z.nullable(z.number())),
  priority: z.optional(z.nullable(z.number())),
  tags: z.optional(z.nullable(z.array(z.string()))),
  requester_id: z.optional(z.nullable(z.number())),
  created_at: z.optional(z.nullable(z.string())),
  /** How the ticket came in; OUTBOUND_EMAIL: an agent wrote the description (read-api.ts). */
  source: z.optional(z.nullable(z.number())),
  requester: z.optional(
    z.nullable(
      z.object({
        id: z.optional(z.number()),
        name: z.optional(z.nullable(z.string())),
        email: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
});
export type ApiTicket = z.infer<typeof ApiTicket>;

export const ApiConversation = z.object({
  id: z.number(),
  body: z.optional(z.nullable(z.string())),
  body_text: z.optional(z.nullable(z.string())),
  incoming: z.boolean(),
  /** Only `false` makes a conversation public; missing, it is kept back (read-api.ts). */
  private: z.optional(z.nullable(z.boolean())),
  user_id: z.optional(z.nullable(z.number())),
  created_at: z.optional(z.nullable(z.string())),
  source: z.optional(z.nullable(z.number())),
  automation_id: z.optional(z.nullable(z.number())),
  auto_response: z.optional(z.nullable(z.boolean())),
});
export type ApiConversation = z.infer<typeof ApiConversation>;

export const ApiConversationsPage = z.array(ApiConversation);
