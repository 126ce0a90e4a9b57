// A requester's earlier tickets, as the sidebar, the cue's repeated-contact trigger and
// `souffleur cue --history` read them. One shape for all three, so the CLI and the sidebar agree.
import * as z from 'zod/mini';

export const EarlierTicket = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(50)),
  subject: z.nullable(z.string().check(z.maxLength(1000))),
  /** Lower-case status word: new, open, pending, hold, solved, closed (Zendesk); open, pending, resolved, closed (Freshdesk). */
  status: z.nullable(z.string().check(z.maxLength(50))),
  /** ISO 8601, or null when the helpdesk gave none. */
  createdAt: z.nullable(z.string().check(z.maxLength(40))),
  /** Same-origin path of the ticket's page in the helpdesk (never a full URL: it opens where the agent is). */
  path: z.string().check(z.maxLength(200), z.startsWith('/')),
});
export type EarlierTicket = z.infer<typeof EarlierTicket>;

export const CustomerHistory = z.object({
  tickets: z.array(EarlierTicket).check(z.maxLength(500)),
});
export type CustomerHistory = z.infer<typeof CustomerHistory>;

/** Statuses that still need the team (solved/resolved/closed do not). */
const CLOSED = new Set(['solved', 'resolved', 'closed', 'deleted']);
export const isStillOpen = (t: EarlierTicket): boolean => !!t.status && !CLOSED.has(t.status);

const DAY_MS = 86_400_000;
const timeOf = (t: EarlierTicket): number => (t.createdAt ? Date.parse(t.createdAt) || 0 : 0);

export interface HistoryView {
  /** Newest first, without the open ticket. */
  earlier: EarlierTicket[];
  /** Tickets (the open one included) the requester opened in the last 30 days. */
  lastThirtyDays: number;
  /** Earlier tickets that are still open. */
  stillOpen: number;
}

export function historyView(history: CustomerHistory, currentId: string, now: number): HistoryView {
  const earlier = history.tickets.filter((t) => t.id !== currentId).sort((a, b) => timeOf(b) - timeOf(a));
  const lastThirtyDays = history.tickets.filter((t) => now - timeOf(t) <= 30 * DAY_MS && timeOf(t) > 0).length;
  return { earlier, lastThirtyDays, stillOpen: earlier.filter(isStillOpen).length };
}
