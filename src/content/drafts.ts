// The content script's side of the drafts port: shows the first draft as it streams, then the checked
// drafts. Returns a cancel function; the caller cancels when the conversation changes.
import { browser } from 'wxt/browser';
import { DRAFTS_PORT, type DraftsUpdate, type StartDrafts } from '../messaging/drafts-port';
import type { Ticket } from '../ticket/schema';
import type { Store } from './store';

export function streamDrafts(store: Store, ticket: Ticket, uiLang: string, pinnedIds: string[]): () => void {
  const port = browser.runtime.connect({ name: DRAFTS_PORT });
  let finished = false;
  store.update({ drafts: { status: 'loading' } });

  port.onMessage.addListener((update: DraftsUpdate) => {
    if (update.kind === 'delta') {
      store.update({ drafts: { status: 'ready', data: [{ id: `${ticket.id}:streaming`, text: update.text, streaming: true, citations: [], flags: [] }] } });
      return;
    }
    finished = true;
    port.disconnect();
    if (update.kind === 'failed') return store.update({ drafts: { status: 'error', message: update.message } });
    store.update({
      drafts: update.drafts.length ? { status: 'ready', data: update.drafts } : { status: 'empty' },
      // The model failed and these are offline drafts: say why, so the agent can retry.
      ...(update.error ? { notice: { kind: 'warning', text: update.error.message } } : {}),
    });
  });
  port.onDisconnect.addListener(() => {
    if (!finished) store.update({ drafts: { status: 'error', message: 'The extension stopped answering; try again.' } });
  });
  const start: StartDrafts = { kind: 'start', ticket, uiLang, pinnedIds };
  port.postMessage(start);

  return () => {
    if (finished) return;
    finished = true;
    port.disconnect(); // the background aborts the model request
  };
}
