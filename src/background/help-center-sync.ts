// The background's half of a help-center sync: the content script in a Zendesk tab fetches the pages
// with the agent's session; here each page's records are converted (untrusted JSON, row by row),
// imported (known ids updated, never duplicated), and only then is the cursor after the page stored,
// so an interrupted sync resumes without losing or refetching a page. The sync state belongs to the
// sender's own origin, taken from the browser's sender record, never from the message, and so do the
// articles: they are tagged with the syncing tab's helpdesk account (knowledge/account.ts).
import { zendeskArticle } from '../knowledge/import/json';
import type { ImportIssue } from '../knowledge/import/types';
import type { KnowledgeBase } from '../knowledge/db';
import type { Article } from '../knowledge/types';
import type { SyncPageSummary } from '../messaging/responses';
import type { Handlers } from './router';
import type { Sender } from './senders';

export type HelpCenterSyncHandlers = Pick<Handlers, 'help-center-sync-state' | 'help-center-sync-page'>;

const SOURCE = 'zendesk-help-center';
const ISSUES_REPORTED = 20;

function originOf(sender: Sender): string {
  if (!sender.url || !URL.canParse(sender.url)) throw new Error('sync needs a helpdesk tab');
  return new URL(sender.url).origin;
}

/** `accountOf`: the helpdesk account of a page URL (null: not a helpdesk page). */
export function helpCenterSyncHandlers(
  kb: KnowledgeBase,
  accountOf: (pageUrl: string | undefined) => Promise<string | null>,
): HelpCenterSyncHandlers {
  return {
    'help-center-sync-state': async (_request, sender) => ({ cursor: await kb.syncCursor(originOf(sender)) }),
    'help-center-sync-page': async ({ records, cursor, offset }, sender): Promise<SyncPageSummary> => {
      const origin = originOf(sender);
      const account = await accountOf(sender.url);
      if (!account) throw new Error('sync needs a helpdesk tab');
      const articles: Article[] = [];
      const issues: ImportIssue[] = [];
      records.forEach((record, i) => {
        const article = zendeskArticle(record);
        if (typeof article === 'string') issues.push({ file: SOURCE, row: offset + i + 1, reason: article });
        else articles.push(article);
      });
      const summary = articles.length ? await kb.importArticles(articles, { accounts: [account] }) : { added: 0, updated: 0 };
      await kb.saveSyncCursor(origin, cursor);
      return { ...summary, skipped: issues.length, issues: issues.slice(0, ISSUES_REPORTED) };
    },
  };
}
