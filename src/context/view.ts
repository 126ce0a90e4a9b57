// What the sidebar's customer-context section shows (a plain value; the sidebar renders it), made in the background.
import { repeatedContact, type RepeatedContact } from '../cue/triggers-history';
import type { UiLocale } from '../i18n/index';
import type { Ticket } from '../ticket/schema';
import { historyView, type CustomerHistory, type HistoryView } from './history';

export interface CustomerContextView extends Omit<HistoryView, 'earlier'> {
  /** Each with its date written for the agent's UI language (here, so the page creates no Intl object). */
  earlier: (HistoryView['earlier'][number] & { createdLabel: string })[];
  repeated: RepeatedContact | null;
}

/** Why the history is not shown: 'not-allowed' (401/403), 'unreachable' (no API here), 'rate-limited', 'failed'. */
export type HistoryProblem = 'not-allowed' | 'unreachable' | 'rate-limited' | 'failed';

export function customerContextView(ticket: Ticket, history: CustomerHistory, now: number, locale: UiLocale = 'en'): CustomerContextView {
  const view = historyView(history, ticket.id, now);
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const label = (iso: string | null) => {
    const ms = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(ms) ? '' : days.format(ms);
  };
  return {
    ...view,
    earlier: view.earlier.map((earlier) => ({ ...earlier, createdLabel: label(earlier.createdAt) })),
    repeated: repeatedContact(ticket, history, now),
  };
}
