// "Sync team knowledge" from a helpdesk tab: the content script only asks the background for one step
// after another (`knowledge-sync-run`) and shows the counts. The background fetches each page through
// this tab's page-fetch (./page-fetch.ts, which has the agent's session), parses, imports and reconciles
// (src/background/knowledge-sync.ts); a 429's wait happens here, between steps. One run at a time per tab.
import { ask } from '../messaging/client';
import type { Reply } from '../messaging/protocol';
import type { SkippedSource } from '../knowledge/sync/machine';
import type { SyncProgress } from '../messaging/responses';
import type { Store } from './store';

export interface SyncTotals {
  added: number;
  updated: number;
  removed: number;
  skipped: number;
  /** Sources the run passed by (no access, or failing), for the agent to see why they are missing. */
  passedBy: SkippedSource[];
}

// Added up over a run's steps (one loop: the content script's every byte counts).
const COUNTS = ['added', 'updated', 'removed', 'skipped'] as const;

/** One run: steps until the background says it is complete, or the first error (thrown; the run resumes there). */
export async function runKnowledgeSync(
  step: () => Promise<Reply<SyncProgress>>,
  onProgress: (totals: SyncTotals) => void,
): Promise<SyncTotals> {
  const totals: SyncTotals = { added: 0, updated: 0, removed: 0, skipped: 0, passedBy: [] };
  for (;;) {
    const reply = await step();
    if (!reply.ok) throw new Error(reply.error);
    const { skippedSources, done, waitMs } = reply.data;
    for (const count of COUNTS) totals[count] += reply.data[count];
    totals.passedBy.push(...skippedSources);
    onProgress(totals);
    if (done) return totals;
    if (waitMs > 0) await new Promise((resume) => setTimeout(resume, waitMs));
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
    void runKnowledgeSync(() => ask({ kind: 'knowledge-sync-run' }), progress)
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
