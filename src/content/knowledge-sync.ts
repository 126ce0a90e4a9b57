// The knowledge sync from a helpdesk tab: this content script has the agent's session, so it GETs the
// same-origin paths the background names and hands back each raw answer (status, Retry-After, text);
// the background knows the endpoints, parses, imports and names the next path (or a wait after a 429).
// Deliberately generic and small: no endpoint, shape or cursor lives here. Refused before any request:
// a path outside /api/v2/ or one that resolves to another origin. One run at a time per tab.
import { ask } from '../messaging/client';
import type { Reply, RequestOf } from '../messaging/protocol';
import type { SyncStep } from '../messaging/responses';
import { isApiPath } from './page-fetch';
import type { Store } from './store';

type PageRequest = RequestOf<'knowledge-sync-page'>;
type SyncRequest = RequestOf<'knowledge-sync-start'> | PageRequest;
export type SendSync = (request: SyncRequest) => Promise<Reply<SyncStep>>;

export interface SyncTotals {
  added: number;
  updated: number;
  removed: number;
  skipped: number;
  /** Requests answered so far. */
  pages: number;
}

/** The fetched answer to one path, as the background reads it. */
async function get(origin: string, path: string, fetchImpl: typeof fetch): Promise<Omit<PageRequest, 'kind'>> {
  // The same check as the background's other GETs through this page (./page-fetch.ts), to API v2 only.
  if (!isApiPath(path, origin) || !new URL(path, origin).pathname.startsWith('/api/v2/')) {
    throw new Error(`refusing to fetch ${path}: not this helpdesk's API`);
  }
  const response = await fetchImpl(new URL(path, origin), {
    method: 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  return { path, status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() };
}

/** One run: from where the last one stopped to the end, or the first error (thrown; the run resumes there). */
export async function runKnowledgeSync(
  origin: string,
  send: SendSync,
  onProgress: (totals: SyncTotals) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<SyncTotals> {
  const totals: SyncTotals = { added: 0, updated: 0, removed: 0, skipped: 0, pages: 0 };
  let reply = await send({ kind: 'knowledge-sync-start' });
  for (;;) {
    if (!reply.ok) throw new Error(reply.error);
    const step = reply.data;
    totals.added += step.added;
    totals.updated += step.updated;
    totals.removed += step.removed;
    totals.skipped += step.skipped;
    onProgress(totals);
    if (!step.next) return totals;
    const { path, waitMs } = step.next;
    if (waitMs > 0) await new Promise((done) => setTimeout(done, waitMs));
    const page = await get(origin, path, fetchImpl);
    totals.pages += 1;
    reply = await send({ kind: 'knowledge-sync-page', ...page });
  }
}

export function createKnowledgeSync(store: Store, onChanged: () => void): () => void {
  let running = false;
  return () => {
    if (running) return;
    running = true;
    store.update({ helpCenterSync: { status: 'running', articles: 0 } });
    const progress = (totals: SyncTotals) =>
      store.update({ helpCenterSync: { status: 'running', articles: totals.added + totals.updated } });
    void runKnowledgeSync(location.origin, ask, progress)
      .then((totals) => {
        store.update({ helpCenterSync: { status: 'done', ...totals } });
        if (totals.added + totals.updated + totals.removed > 0) onChanged();
      })
      .catch((error: unknown) => {
        store.update({ helpCenterSync: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
      })
      .finally(() => (running = false));
  };
}
