// The thread-summary section's side of the content script: ask the background for the extractive
// summary whenever the thread changes (a new message, a REST reading); a stale answer is dropped.
// The background bounds what it reads (src/summary/input.ts); nothing of the summarizer is bundled here.
import { ask } from '../messaging/client';
import type { Store } from '../content/store';
import type { Ticket } from '../ticket/schema';
import { SUMMARY_MIN_MESSAGES } from './limits';

export interface ThreadSummaries {
  show(ticket: Ticket): void;
  retry(): void;
  leave(): void;
}

/** A thread's state as the summary sees it: internal notes count too (the summary may quote them). */
const stateOf = (t: Ticket) =>
  `${t.helpdesk}:${t.id}:${t.source}:${t.messages.length}:${t.messages.at(-1)?.id ?? ''}:${t.messages.at(-1)?.visibility ?? ''}`;

export function createThreadSummaries(store: Store): ThreadSummaries {
  let shown = '';
  let last: Ticket | null = null;
  return {
    show(ticket) {
      last = ticket;
      const state = stateOf(ticket);
      if (state === shown) return;
      shown = state;
      if (ticket.messages.length < SUMMARY_MIN_MESSAGES) return store.update({ threadSummary: { status: 'empty' } });
      if (store.get().threadSummary?.status !== 'ready') store.update({ threadSummary: { status: 'loading' } });
      void ask({ kind: 'summarize-thread', ticket }).then((reply) => {
        if (shown !== state) return;
        store.update({
          threadSummary: !reply.ok
            ? { status: 'error', message: reply.error }
            : reply.data
              ? { status: 'ready', data: reply.data }
              : { status: 'empty' },
        });
      });
    },
    retry() {
      shown = '';
      if (last) this.show(last);
    },
    leave() {
      shown = '';
      last = null;
      store.update({ threadSummary: { status: 'empty' } });
    },
  };
}
