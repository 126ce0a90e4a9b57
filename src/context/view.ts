// What the sidebar's customer-context section shows (a plain value; the sidebar renders it), made in the background.
import { repeatedContact, type RepeatedContact } from '../cue/triggers-history';
import type { Ticket } from '../ticket/schema';
import { historyView, type CustomerHistory, type HistoryView } from './history';

export interface CustomerContextView extends HistoryView {
  repeated: RepeatedContact | null;
}

/** Why the history is not shown: 'not-allowed' (401/403), 'unreachable' (no API here), 'rate-limited', 'failed'. */
export type HistoryProblem = 'not-allowed' | 'unreachable' | 'rate-limited' | 'failed';

export function customerContextView(ticket: Ticket, history: CustomerHistory, now: number): CustomerContextView {
  return { ...historyView(history, ticket.id, now), repeated: repeatedContact(ticket, history, now) };
}
