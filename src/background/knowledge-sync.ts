// The background's half of the knowledge sync (src/knowledge/sync/machine.ts). The content script in a
// helpdesk tab has the agent's session, so it fetches; it knows no endpoint: it GETs the path answered
// here and sends back the raw answer. Everything else is decided here: which sources the sender's
// helpdesk has (Zendesk: help center and shared macros; Freshdesk: canned responses and solution
// articles), paging, the responses' shapes, conversion, import into the tab's account, reconciliation,
// and the stored cursor. The sync state belongs to the sender's own origin and the articles to its
// account, both taken from the browser's sender record, never from the message.
import { freshdeskCannedResponses } from '../helpdesks/freshdesk/canned-responses-api';
import { freshdeskSolutions } from '../helpdesks/freshdesk/solutions-api';
import { zendeskHelpCenter } from '../helpdesks/zendesk/help-center-api';
import { zendeskMacros } from '../helpdesks/zendesk/macros-api';
import type { KnowledgeBase } from '../knowledge/db';
import { asSyncJob, KnowledgeSync, type SyncStore } from '../knowledge/sync/machine';
import type { KnowledgeSource } from '../knowledge/sync/source';
import type { Helpdesk } from '../ticket/schema';
import type { Handlers } from './router';
import type { Sender } from './senders';

export type KnowledgeSyncHandlers = Pick<Handlers, 'knowledge-sync-start' | 'knowledge-sync-page'>;

/** Each helpdesk's sources, in the order a run goes through them (a new helpdesk does not compile without its line). */
export const SOURCES_BY_HELPDESK: Record<Helpdesk, readonly KnowledgeSource[]> = {
  zendesk: [zendeskHelpCenter, zendeskMacros],
  freshdesk: [freshdeskCannedResponses, freshdeskSolutions],
};

function originOf(sender: Sender): string {
  if (!sender.url || !URL.canParse(sender.url)) throw new Error('sync needs a helpdesk tab');
  return new URL(sender.url).origin;
}

/** An article id as its source named it: a clash with another account's id was stored as `<id>@<account>`. */
const sourceId = (id: string, account: string) => (id.endsWith(`@${account}`) ? id.slice(0, -account.length - 1) : id);

function storeFor(kb: KnowledgeBase, origin: string, account: string): SyncStore {
  return {
    load: async () => asSyncJob(await kb.syncCursor(origin)),
    save: (job) => kb.saveSyncCursor(origin, job),
    import: (articles) => kb.importArticles(articles, { accounts: [account] }),
    localIds: async (source) => (await kb.idsOf(source, account)).map((id) => sourceId(id, account)),
    async remove(source, ids) {
      const gone = new Set(ids);
      return kb.deleteArticles((await kb.idsOf(source, account)).filter((id) => gone.has(sourceId(id, account))));
    },
  };
}

/** `accountOf`: the helpdesk account of a page URL (null: not a helpdesk page). */
export function knowledgeSyncHandlers(
  kb: KnowledgeBase,
  accountOf: (pageUrl: string | undefined) => Promise<string | null>,
  now: () => number = Date.now,
): KnowledgeSyncHandlers {
  const syncFor = async (sender: Sender) => {
    const origin = originOf(sender);
    const account = await accountOf(sender.url);
    const helpdesk = account?.slice(0, account.indexOf(':'));
    const sources = helpdesk && helpdesk in SOURCES_BY_HELPDESK ? SOURCES_BY_HELPDESK[helpdesk as Helpdesk] : undefined;
    if (!account || !sources) throw new Error('sync needs a helpdesk tab');
    return new KnowledgeSync(storeFor(kb, origin, account), sources, now);
  };
  return {
    'knowledge-sync-start': async (_request, sender) => (await syncFor(sender)).start(),
    'knowledge-sync-page': async ({ path, status, retryAfter, body }, sender) =>
      (await syncFor(sender)).accept({ path, status, retryAfter, body }),
  };
}
