// The parts of Zendesk's REST responses Souffleur reads (Support API v2). Loose on purpose: unknown
// fields pass, optional ones may be missing; a response without the essentials fails to parse.
import * as z from 'zod/mini';

const id = z.union([z.number(), z.string()]);

export const ApiTicketResponse = z.object({
  ticket: z.object({
    id,
    subject: z.optional(z.nullable(z.string())),
    status: z.optional(z.nullable(z.string())),
    priority: z.optional(z.nullable(z.string())),
    tags: z.optional(z.array(z.string())),
    requester_id: z.optional(z.nullable(id)),
  }),
});

export const ApiUser = z.object({
  id,
  name: z.optional(z.nullable(z.string())),
  email: z.optional(z.nullable(z.string())),
  role: z.optional(z.nullable(z.string())),
  locale: z.optional(z.nullable(z.string())),
});
export type ApiUser = z.infer<typeof ApiUser>;

export const ApiComment = z.object({
  id,
  author_id: z.optional(z.nullable(id)),
  /** Only `true` makes a comment public (read-api.ts). */
  public: z.optional(z.nullable(z.boolean())),
  plain_body: z.optional(z.nullable(z.string())),
  body: z.optional(z.nullable(z.string())),
  html_body: z.optional(z.nullable(z.string())),
  created_at: z.optional(z.nullable(z.string())),
  via: z.optional(z.nullable(z.object({ channel: z.optional(z.nullable(z.union([z.string(), z.number()]))) }))),
});
export type ApiComment = z.infer<typeof ApiComment>;

export const ApiCommentsPage = z.object({
  comments: z.array(ApiComment),
  users: z.optional(z.array(ApiUser)),
  next_page: z.optional(z.nullable(z.string())),
});

export const ApiUserResponse = z.object({ user: ApiUser });
