// A requester's earlier tickets as data: what the content script reads from the helpdesk, the
// background checks (it comes from a page) and `souffleur cue --history` takes from a file. One shape
// for all three, so the CLI and the sidebar agree.
import * as z from 'zod/mini';

export const EarlierTicket = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(50)),
  subject: z.nullable(z.string().check(z.maxLength(1000))),
  /** Lower-case status word: new, open, pending, hold, solved, closed (Zendesk); open, pending, resolved, closed (Freshdesk). */
  status: z.nullable(z.string().check(z.maxLength(50))),
  /** ISO 8601, or null when the helpdesk gave none. */
  createdAt: z.nullable(z.string().check(z.maxLength(40))),
  /** Same-origin path of the ticket's page (never a URL, nor `//host`: the link opens where the agent is). */
  path: z.string().check(z.regex(/^\/(?:agent|a|helpdesk)\/tickets\/\d{1,20}$/)),
});
export type EarlierTicket = z.infer<typeof EarlierTicket>;

export const CustomerHistory = z.object({
  tickets: z.array(EarlierTicket).check(z.maxLength(500)),
});
export type CustomerHistory = z.infer<typeof CustomerHistory>;
