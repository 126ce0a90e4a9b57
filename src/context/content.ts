// The customer-context section's side of the content script: on each new ticket, read the requester's
// earlier tickets (cached per requester) and put them in the store, with their own loading and error
// states, so the rest of the sidebar never waits for them. A tab switch aborts what is pending.
import { repeatedContact } from '../cue/triggers-history';
import type { FetchJson } from '../helpdesks/adapter';
import type { Helpdesk, Ticket } from '../ticket/schema';
import type { Store } from '../content/store';
import { createHistoryCache } from './cache';
import { HistoryFetchError } from './fetch-retry';
import { historyView } from './history';
import { HISTORY_READERS } from './readers';
import type { HistoryProblem } from './view';

export interface CustomerContext {
  show(ticket: Ticket): void;
  retry(): void;
  leave(): void;
}

const problemOf = (error: unknown): HistoryProblem => (error instanceof HistoryFetchError ? error.reason : 'failed');

export function createCustomerContext(store: Store, helpdesk: Helpdesk, fetchJson: FetchJson, now: () => number = Date.now): CustomerContext {
  const cache = createHistoryCache(HISTORY_READERS[helpdesk], fetchJson, now);
  let current: { ticket: Ticket; abort: AbortController } | null = null;

  const load = (ticket: Ticket) => {
    current?.abort.abort();
    const abort = new AbortController();
    current = { ticket, abort };
    store.update({ customerContext: { status: 'loading' } });
    cache.load(ticket.id, abort.signal).then(
      (history) => {
        if (abort.signal.aborted) return;
        // The open ticket as read now (subject, first message) decides the shared reference.
        const shown = current?.ticket ?? ticket;
        store.update({
          customerContext: history
            ? { status: 'ready', data: { ...historyView(history, ticket.id, now()), repeated: repeatedContact(shown, history, now()) } }
            : { status: 'empty' },
        });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) store.update({ customerContext: { status: 'error', message: problemOf(error) } });
      },
    );
  };

  return {
    show(ticket) {
      if (current?.ticket.id === ticket.id && current.ticket.helpdesk === ticket.helpdesk) {
        current.ticket = ticket; // a later reading of the same ticket (REST after DOM) changes nothing to fetch
        return;
      }
      load(ticket);
    },
    retry() {
      if (current) load(current.ticket);
    },
    leave() {
      current?.abort.abort();
      current = null;
      store.update({ customerContext: { status: 'empty' } });
    },
  };
}
