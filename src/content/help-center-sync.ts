// Help-center sync from a Zendesk tab: this content script has the agent's session, so it fetches the
// Help Center pages (same-origin GETs only) and hands each one to the background, which imports it and
// stores the cursor. One run at a time per tab; a failed run resumes from the last stored page.
import type { FetchJson } from '../helpdesks/adapter';
import { syncHelpCenter } from '../knowledge/sync';
import { ask } from '../messaging/client';
import type { Store } from './store';

export function createHelpCenterSync(store: Store, fetchJson: FetchJson, onChanged: () => void): () => void {
  let running = false;
  return () => {
    if (running) return;
    running = true;
    void run(store, fetchJson)
      .then((changed) => changed && onChanged())
      .finally(() => (running = false));
  };
}

/** Whether any article was added or updated. */
async function run(store: Store, fetchJson: FetchJson): Promise<boolean> {
  const totals = { added: 0, updated: 0, skipped: 0 };
  let articles = 0;
  store.update({ helpCenterSync: { status: 'running', articles } });
  try {
    const state = await ask({ kind: 'help-center-sync-state' });
    if (!state.ok) throw new Error(state.error);
    await syncHelpCenter(fetchJson, {
      cursor: state.data.cursor,
      onPage: async (page) => {
        const reply = await ask({ kind: 'help-center-sync-page', ...page });
        if (!reply.ok) throw new Error(reply.error);
        totals.added += reply.data.added;
        totals.updated += reply.data.updated;
        totals.skipped += reply.data.skipped;
        articles += page.records.length;
        store.update({ helpCenterSync: { status: 'running', articles } });
      },
    });
    store.update({ helpCenterSync: { status: 'done', ...totals } });
  } catch (error) {
    store.update({ helpCenterSync: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
  }
  return totals.added + totals.updated > 0;
}
