// egress24 (modelled: a help center with one article no real one is, e.g. a pasted export): the knowledge sync
// skips and reports an article over ARTICLE_LIMITS and imports the rest of the page, through the router as the
// tab asks it (the same limits a file import keeps, src/knowledge/import/limits.ts).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { knowledgeSyncHandlers } from '../../src/background/knowledge-sync';
import { route, type Handlers } from '../../src/background/router';
import type { Sender, SenderPolicy } from '../../src/background/senders';
import type { AskTab } from '../../src/background/tab-fetch';
import { runKnowledgeSync } from '../../src/content/knowledge-sync';
import { accountOfPage } from '../../src/knowledge/account';
import { KnowledgeBase } from '../../src/knowledge/db';
import { KnowledgeDb } from '../../src/knowledge/knowledge-db';
import type { Reply } from '../../src/messaging/protocol';
import type { SyncProgress } from '../../src/messaging/responses';

const policy: SenderPolicy = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext',
  isHelpdeskPage: (url) => url.hostname.endsWith('.zendesk.com'),
};
const tab: Sender = { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/3', tab: { id: 7 } as never };
const article = (id: number, title: string, body: string) => ({ id, title, body: `<p>${body}</p>`, locale: 'en-us', label_names: [] });

/** The help center's one page: an article with a 600,000-character body between two good ones; no macros. */
const helpdesk: AskTab = async (_tabId, { path }) => {
  const page = path.includes('help_center')
    ? {
        articles: [
          article(1, 'Refunds', 'Five days.'),
          article(2, 'Pasted export', 'x '.repeat(300_000)),
          article(3, 'Shipping', 'Three days.'),
        ],
      }
    : { macros: [] };
  return { ok: true, status: 200, text: JSON.stringify({ ...page, next_page: null }) };
};

describe('the knowledge sync and the article limits', () => {
  it('skips and reports an oversized article, imports the others of its page', async () => {
    const kb = new KnowledgeBase(new KnowledgeDb('sync-limits', { indexedDB: new IDBFactory(), IDBKeyRange }));
    const handlers = knowledgeSyncHandlers(
      kb,
      async (url) => accountOfPage(url, []),
      helpdesk,
      () => Date.now(),
    ) as Partial<Handlers> as Handlers;
    const issues: string[] = [];
    const step = async () => {
      const reply = (await route({ kind: 'knowledge-sync-run' }, tab, policy, handlers)) as Reply<SyncProgress>;
      if (reply.ok) issues.push(...reply.data.issues.map((issue) => issue.reason));
      return reply;
    };
    const totals = await runKnowledgeSync(step, () => {});
    expect(totals).toMatchObject({ added: 2, skipped: 1 });
    expect(issues).toEqual(['"Pasted export": body is 599999 characters, over the limit of 500000']);
    expect((await kb.listArticles({ limit: 10 })).map((a) => a.title).sort()).toEqual(['Refunds', 'Shipping']);
  });
});
