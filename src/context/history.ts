// What the sidebar shows of a requester's earlier tickets: newest first without the open one, the
// last 30 days' count, which are still open. Computed in the background (and by `souffleur cue --history`).
import type { CustomerHistory, EarlierTicket } from './history-schema';

export type { CustomerHistory, EarlierTicket } from './history-schema';

/** Statuses that still need the team (solved/resolved/closed do not). */
const CLOSED = new Set(['solved', 'resolved', 'closed', 'deleted']);
export const isStillOpen = (t: EarlierTicket): boolean => !!t.status && !CLOSED.has(t.status);

const DAY_MS = 86_400_000;
const timeOf = (t: EarlierTicket): number => (t.createdAt ? Date.parse(t.createdAt) || 0 : 0);

export interface HistoryView {
  /** Newest first, without the open ticket; `open`: it still needs the team. */
  earlier: (EarlierTicket & { open: boolean })[];
  /** Tickets (the open one included) the requester opened in the last 30 days. */
  lastThirtyDays: number;
  /** Earlier tickets that are still open. */
  stillOpen: number;
}

export function historyView(history: CustomerHistory, currentId: string, now: number): HistoryView {
  const earlier = history.tickets
    .filter((t) => t.id !== currentId)
    .sort((a, b) => timeOf(b) - timeOf(a))
    .map((t) => ({ ...t, open: isStillOpen(t) }));
  const lastThirtyDays = history.tickets.filter((t) => now - timeOf(t) <= 30 * DAY_MS && timeOf(t) > 0).length;
  return { earlier, lastThirtyDays, stillOpen: earlier.filter((t) => t.open).length };
}
