// The customer-context section's side of the content script: on each new ticket, read the requester's
// earlier tickets (cached per requester) and put them in the store, with their own loading and error
// states, so the rest of the sidebar never waits for them. A tab switch aborts what is pending.
import type { Ticket } from '../ticket/schema';
import type { UiLocale } from '../i18n/index';
import type { Store } from '../content/store';
import { ask } from '../messaging/client';
import { repeatedContactPatch } from './cue-trigger';
import type { HistoryProblem } from './view';

export interface CustomerContext {
  show(ticket: Ticket): void;
  retry(): void;
  leave(): void;
}

const PROBLEMS: readonly string[] = ['not-allowed', 'unreachable', 'rate-limited', 'failed'] satisfies HistoryProblem[];
/** The background answers a HistoryProblem as its error; anything else (no answer at all) is 'failed'. */
const problemOf = (error: unknown): HistoryProblem => {
  const message = error instanceof Error ? error.message : '';
  return PROBLEMS.includes(message) ? (message as HistoryProblem) : 'failed';
};

/** For a helpdesk whose adapter declares no customer history: the section never appears. */
export const NO_CUSTOMER_CONTEXT: CustomerContext = { show() {}, retry() {}, leave() {} };

export function createCustomerContext(store: Store, locale: () => UiLocale): CustomerContext {
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
      // The background reads the requester's tickets through this tab (its session) and caches them.
      const reply = await ask({ kind: 'customer-context', ticket, locale: locale() });
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
