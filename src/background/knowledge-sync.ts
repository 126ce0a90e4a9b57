// The background's half of the knowledge sync (src/knowledge/sync/machine.ts). The agent clicks "Sync
// team knowledge"; the tab's content script asks `knowledge-sync-run` step by step and only shows the
// counts. Everything else is decided here: which sources the sender's helpdesk has (Zendesk: help
// center and shared macros; Freshdesk: canned responses and solution articles), paging, the responses'
// shapes, conversion, import into the tab's account, reconciliation, the stored cursor. Each GET is made
// by the asking tab (page-fetch, src/content/page-fetch.ts), which alone has the agent's session. The
// sync state belongs to the sender's own origin and the articles to its account, both taken from the
// browser's sender record, never from a message.
import { freshdeskCannedResponses } from '../helpdesks/freshdesk/canned-responses-api';
import { freshdeskSolutions } from '../helpdesks/freshdesk/solutions-api';
import { zendeskHelpCenter } from '../helpdesks/zendesk/help-center-api';
import { zendeskMacros } from '../helpdesks/zendesk/macros-api';
import type { KnowledgeBase } from '../knowledge/db';
import { asSyncJob, KnowledgeSync, type FetchedPage, type SyncStore } from '../knowledge/sync/machine';
import type { KnowledgeSource } from '../knowledge/sync/source';
import type { Helpdesk } from '../ticket/schema';
import type { Handlers } from './router';
import type { Sender } from './senders';
import { sendToTab, tabFetch, type AskTab } from './tab-fetch';

export type KnowledgeSyncHandlers = Pick<Handlers, 'knowledge-sync-run'>;

/** Each helpdesk's sources, in the order a run goes through them (a new helpdesk does not compile without its line). */
export const SOURCES_BY_HELPDESK: Record<Helpdesk, readonly KnowledgeSource[]> = {
  zendesk: [zendeskHelpCenter, zendeskMacros],
  freshdesk: [freshdeskCannedResponses, freshdeskSolutions],
};

/** An article id as its source named it: a clash with another account's id was stored as `<id>@<account>`. */
const sourceId = (id: string, account: string) => (id.endsWith(`@${account}`) ? id.slice(0, -account.length - 1) : id);

function storeFor(kb: KnowledgeBase, origin: string, account: string): SyncStore {
  return {
    load: async () => asSyncJob(await kb.syncCursor(origin)),
    save: (job) => kb.saveSyncCursor(origin, job),
    import: (articles) => kb.importArticles(articles, { accounts: [account], syncedFrom: origin }),
    localIds: async (source) => (await kb.idsOf(source, account, origin)).map((id) => sourceId(id, account)),
    async remove(source, ids) {
      const gone = new Set(ids);
      return kb.deleteArticles((await kb.idsOf(source, account, origin)).filter((id) => gone.has(sourceId(id, account))));
    },
  };
}

/** A GET made by the tab, as the sync reads it: status, Retry-After and the text, whatever the status. */
function pageFetcher(tabId: number, origin: string, ask: AskTab): (path: string) => Promise<FetchedPage> {
  const fetchInTab = tabFetch(tabId, ask);
  return async (path) => {
    const response = await fetchInTab(new URL(path, origin)).catch((error: unknown) => {
      throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    });
    return { path, status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() };
  };
}

/** `accountOf`: the helpdesk account of a page URL (null: not a helpdesk page). */
export function knowledgeSyncHandlers(
  kb: KnowledgeBase,
  accountOf: (pageUrl: string | undefined) => Promise<string | null>,
  ask: AskTab = sendToTab,
  now: () => number = Date.now,
): KnowledgeSyncHandlers {
  return {
    'knowledge-sync-run': async (_request, sender: Sender) => {
      const account = await accountOf(sender.url);
      const helpdesk = account?.slice(0, account.indexOf(':'));
      const sources = helpdesk && helpdesk in SOURCES_BY_HELPDESK ? SOURCES_BY_HELPDESK[helpdesk as Helpdesk] : undefined;
      const tabId = sender.tab?.id;
      if (!account || !sources || tabId === undefined || !sender.url) throw new Error('sync needs a helpdesk tab');
      const { origin } = new URL(sender.url);
      return new KnowledgeSync(storeFor(kb, origin, account), sources, now).step(pageFetcher(tabId, origin, ask));
    },
  };
}
