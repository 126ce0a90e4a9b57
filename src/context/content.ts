// The customer-context section's side of the content script: on each new ticket, read the requester's
// earlier tickets (cached per requester) and put them in the store, with their own loading and error
// states, so the rest of the sidebar never waits for them. A tab switch aborts what is pending.
import type { FetchJson, HistoryReader } from '../helpdesks/adapter';
import type { Ticket } from '../ticket/schema';
import type { UiLocale } from '../i18n/index';
import type { Store } from '../content/store';
import { createHistoryCache } from './cache';
import { ask } from '../messaging/client';
import { repeatedContactPatch } from './cue-trigger';
import type { HistoryProblem } from './view';

export interface CustomerContext {
  show(ticket: Ticket): void;
  retry(): void;
  leave(): void;
}

const problemOf = (error: unknown): HistoryProblem =>
  error instanceof Error && error.name === 'HistoryProblem' ? (error.message as HistoryProblem) : 'failed';

/** For a helpdesk whose adapter declares no customer history: the section never appears. */
export const NO_CUSTOMER_CONTEXT: CustomerContext = { show() {}, retry() {}, leave() {} };

export function createCustomerContext(store: Store, reader: HistoryReader, fetchJson: FetchJson, locale: () => UiLocale): CustomerContext {
  const cache = createHistoryCache(reader, fetchJson);
  // A cue that arrives after the history (or a fresh analysis) gets the history's trigger too.
  store.subscribe((state) => {
    const patch = repeatedContactPatch(state);
    if (patch) store.update(patch);
  });
  let current: { ticket: Ticket; abort: AbortController } | null = null;

  const load = (ticket: Ticket) => {
    current?.abort.abort();
    const abort = new AbortController();
    current = { ticket, abort };
    store.update({ customerContext: { status: 'loading' } });
    const read = async () => {
      const records = await cache.load(ticket.id, abort.signal);
      if (!records || abort.signal.aborted) return null;
      // The open ticket as read now (subject, first message) decides the shared reference.
      const reply = await ask({
        kind: 'customer-context',
        ticket: current?.ticket ?? ticket,
        records: records.slice(0, 500),
        locale: locale(),
      });
      if (!reply.ok) throw new Error(reply.error);
      return reply.data;
    };
    read().then(
      (data) => {
        if (!abort.signal.aborted) store.update({ customerContext: data ? { status: 'ready', data } : { status: 'empty' } });
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
