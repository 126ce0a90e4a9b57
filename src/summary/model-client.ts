// The content script's side of the model summary: one port per click, closed when the agent leaves the
// ticket (the background then aborts the provider call). Updates replace the store's modelSummary.
import { browser } from 'wxt/browser';
import type { Store } from '../content/store';
import type { Ticket } from '../ticket/schema';
import { SUMMARY_PORT } from './limits';
import type { ModelSummaryUpdate } from './port-messages';

export interface ModelSummaryClient {
  ask(ticket: Ticket, showHeld: boolean): void;
  /** A new reading: a summary of another ticket or an older state of this thread is dropped. */
  show(ticket: Ticket): void;
  leave(): void;
}

const stateOf = (t: Ticket) => `${t.helpdesk}:${t.id}:${t.messages.length}:${t.messages.at(-1)?.id ?? ''}`;

export function createModelSummaryClient(store: Store, uiLang: () => string): ModelSummaryClient {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let askedFor = '';
  const close = () => {
    port?.disconnect();
    port = null;
  };
  return {
    ask(ticket, showHeld) {
      close();
      askedFor = stateOf(ticket);
      const mine = browser.runtime.connect({ name: SUMMARY_PORT });
      port = mine;
      store.update({ modelSummary: { status: 'streaming', text: '' } });
      mine.onMessage.addListener((update: ModelSummaryUpdate) => {
        if (port !== mine) return;
        if (update.kind === 'delta') store.update({ modelSummary: { status: 'streaming', text: update.text } });
        else if (update.kind === 'done')
          store.update((state) => ({
            modelSummary: { status: 'done', text: update.text, flags: update.flags },
            // "What was sent" lists it with the other requests behind what the sidebar shows.
            sent: [...(state.sent ?? []), update.request],
          }));
        else store.update({ modelSummary: { status: 'failed', text: '', problem: update.problem } });
        if (update.kind !== 'delta') close();
      });
      mine.onDisconnect.addListener(() => {
        if (port === mine && store.get().modelSummary?.status === 'streaming')
          store.update({ modelSummary: { status: 'failed', text: '', problem: 'failed' } });
      });
      mine.postMessage({ ticket, uiLang: uiLang(), showHeld });
    },
    show(ticket) {
      if (askedFor && askedFor !== stateOf(ticket)) this.leave();
    },
    leave() {
      close();
      askedFor = '';
      if (store.get().modelSummary) store.update({ modelSummary: undefined });
    },
  };
}
