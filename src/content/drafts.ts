// The content script's side of the drafts port: shows the first draft as it streams, then the checked
// drafts; runs one tool on one draft, streaming its replacement in place. Each returns a cancel
// function; the conversation cancels when it changes (another ticket, a new customer message).
import { browser } from 'wxt/browser';
import type { DraftTool } from '../drafts/tool-names';
import type { DraftsRequest, StartDrafts } from '../messaging/drafts-port';
import { DRAFTS_PORT, type DraftProblem, type DraftsUpdate, type DraftView } from '../messaging/drafts-updates';
import type { DraftsInfo } from '../sidebar/state';
import type { Ticket } from '../ticket/schema';
import type { Store } from './store';

// Catalog keys, said by the sidebar (src/i18n `say`): the content script carries no English.
const LOST: DraftProblem = { kind: 'network', message: 'err.lost' };

/** One request on its own port; `onEnd` gets the last update, or null when the background went away. */
function connect(request: DraftsRequest, onUpdate: (update: DraftsUpdate) => void, onLost: () => void): () => void {
  const port = browser.runtime.connect({ name: DRAFTS_PORT });
  let finished = false;
  port.onMessage.addListener((update: DraftsUpdate) => {
    if (finished) return;
    if (update.kind === 'done' || update.kind === 'revised' || update.kind === 'failed') {
      finished = true;
      port.disconnect();
    }
    onUpdate(update);
  });
  port.onDisconnect.addListener(() => {
    if (finished) return;
    finished = true;
    onLost();
  });
  port.postMessage(request);
  return () => {
    if (finished) return;
    finished = true;
    port.disconnect(); // the background aborts the model request
  };
}

const info = (store: Store, patch: Partial<DraftsInfo>) =>
  store.update((state) => ({ draftsInfo: { providerConfigured: true, ...state.draftsInfo, ...patch } }));

/** `showHeld`: the agent released a held-back ticket; `notBefore`: the time of the agent's retry. */
export interface DraftsAsk {
  showHeld?: boolean;
  notBefore?: number;
}

const asked = ({ showHeld, notBefore }: DraftsAsk = {}) => ({ ...(showHeld ? { showHeld } : {}), ...(notBefore ? { notBefore } : {}) });

export function streamDrafts(store: Store, ticket: Ticket, uiLang: string, pinnedIds: string[], ask: DraftsAsk = {}): () => void {
  const start: StartDrafts = { kind: 'start', ticket, uiLang, pinnedIds, ...asked(ask) };
  // The request goes out before the sidebar repaints: the background works while the page renders.
  const cancel = connect(
    start,
    (update) => {
      if (update.kind === 'retrying') return info(store, { retryAt: Date.now() + update.seconds * 1000 });
      if (update.kind === 'delta') {
        info(store, { retryAt: undefined });
        store.update({
          drafts: {
            status: 'ready',
            data: [{ id: `${ticket.id}:streaming`, text: update.text, streaming: true, citations: [], flags: [] }],
          },
        });
        return;
      }
      if (update.kind === 'failed') {
        info(store, { retryAt: undefined, error: update.error ?? { kind: 'network', message: update.message } });
        return store.update({ drafts: { status: 'error', message: update.message } });
      }
      if (update.kind !== 'done') return;
      if (update.held) {
        info(store, { retryAt: undefined, held: true });
        return store.update({ drafts: { status: 'empty' } });
      }
      // When the model failed these are offline drafts; the panel says why, with a button to try again.
      store.update((state) => ({
        draftsInfo: {
          ...state.draftsInfo,
          providerConfigured: state.draftsInfo?.providerConfigured ?? update.source === 'model',
          retryAt: undefined,
          error: update.error,
          request: update.request,
          held: false,
        },
        drafts: update.drafts.length ? { status: 'ready', data: update.drafts } : { status: 'empty' },
        providerReading: update.reading,
      }));
    },
    () => {
      info(store, { retryAt: undefined });
      store.update({ drafts: { status: 'error', message: LOST.message } });
    },
  );
  store.update((state) => ({
    drafts: { status: 'loading' },
    draftsInfo: { providerConfigured: false, ...state.draftsInfo, error: undefined, retryAt: undefined, request: undefined },
  }));
  return cancel;
}

/** Replaces the draft with `id` (if it is still shown) by what `change` makes of it. */
function replaceDraft(store: Store, id: string, change: (draft: DraftView) => DraftView) {
  store.update((state) => {
    if (state.drafts.status !== 'ready' || !state.drafts.data.some((d) => d.id === id)) return {};
    return { drafts: { status: 'ready', data: state.drafts.data.map((d) => (d.id === id ? change(d) : d)) } };
  });
}

export function streamDraftTool(
  store: Store,
  ticket: Ticket,
  uiLang: string,
  pinnedIds: string[],
  draft: DraftView,
  index: number,
  tool: DraftTool,
  ask: DraftsAsk = {},
): () => void {
  const original: DraftView = { ...draft, error: undefined, revising: undefined };
  replaceDraft(store, draft.id, () => ({ ...original, revising: tool }));
  const failed = (error: DraftProblem) => replaceDraft(store, draft.id, () => ({ ...original, error }));
  return connect(
    { kind: 'tool', ticket, uiLang, pinnedIds, tool, draft: { index, text: draft.text, citations: draft.citations }, ...asked(ask) },
    (update) => {
      if (update.kind === 'retrying') return info(store, { retryAt: Date.now() + update.seconds * 1000 });
      if (update.kind === 'delta') {
        info(store, { retryAt: undefined });
        return replaceDraft(store, draft.id, () => ({ ...original, text: update.text, streaming: true, revising: tool }));
      }
      info(store, { retryAt: undefined });
      if (update.kind === 'failed') return failed(update.error ?? { kind: 'network', message: update.message });
      // Anything but a revision (e.g. a held-back ticket's empty answer) must not leave the draft spinning.
      if (update.kind !== 'revised') return failed({ kind: 'server-error', message: 'err.noRev' });
      replaceDraft(store, draft.id, () => update.draft);
      if (update.request) info(store, { request: update.request });
    },
    () => {
      info(store, { retryAt: undefined });
      failed(LOST);
    },
  );
}
