// The knowledge sync from a Freshdesk tab, as in the extension minus the browser (see help-center-sync.test.ts):
// shared canned-response folders (a response without its text fetched on its own), then solution articles
// by category and folder; an article deleted in Freshdesk is removed after the next complete listing.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const policy: SenderPolicy = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext',
  isHelpdeskPage: (url) => url.hostname.endsWith('.freshdesk.com'),
};
const freshdeskTab: Sender = { id: 'ext', url: 'https://acme.freshdesk.com/a/tickets/101', tab: { id: 3 } as never };
const ARTICLES = '/api/v2/solutions/folders/8100001/articles?per_page=100';

let server: FixtureServer;
let kb: KnowledgeBase;
let handlers: Handlers;

beforeAll(async () => {
  server = await startFixtureServer({ loopbackHelpdesk: 'freshdesk' });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  kb = new KnowledgeBase(new KnowledgeDb(`fd-sync-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  handlers = knowledgeSyncHandlers(kb, async (url) => accountOfPage(url, []), pageFetchFromFixtures) as Partial<Handlers> as Handlers;
  server.apiRequests.length = 0;
  server.serveApi(ARTICLES, null);
});

/** The tab's page-fetch as the fixture server answers it. */
const pageFetchFromFixtures: AskTab = async (_tabId, { path }) => {
  const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
  return { ok: true, status: response.status, text: await response.text() };
};
const step = async () => (await route({ kind: 'knowledge-sync-run' }, freshdeskTab, policy, handlers)) as Reply<SyncProgress>;
const runSync = () => runKnowledgeSync(step, () => {});

describe('knowledge sync from a Freshdesk tab', () => {
  it("imports the shared canned responses and the published solution articles into the tab's account", async () => {
    const totals = await runSync();
    expect(server.apiRequests).toEqual([
      '/api/v2/canned_response_folders',
      '/api/v2/canned_response_folders/6000001/responses',
      '/api/v2/canned_responses/7000012',
      '/api/v2/solutions/categories',
      '/api/v2/solutions/categories/8000001/folders',
      ARTICLES,
      '/api/v2/solutions/folders/8100001/subfolders?per_page=100',
      '/api/v2/solutions/folders/8100002/articles?per_page=100',
      '/api/v2/solutions/folders/8100002/subfolders?per_page=100',
    ]);
    expect(totals).toMatchObject({ added: 5, updated: 0, removed: 0, skipped: 0 });
    // From a subfolder of "Returns".
    expect(await kb.getArticle('9000201')).toMatchObject({
      title: 'Returning an order from outside the EU',
      source: 'freshdesk-solutions',
    });
    expect(await kb.getArticle('freshdesk-canned-response:7000011')).toMatchObject({
      title: 'Replacement for a damaged item',
      source: 'freshdesk-canned-response',
      accounts: ['freshdesk:acme'],
    });
    expect((await kb.getArticle('freshdesk-canned-response:7000011'))!.body).toMatch(/^Hi \{\{ticket\.requester\.name\}\},\s+we are sorry/);
    expect((await kb.getArticle('freshdesk-canned-response:7000012'))!.body).toContain('claim with the carrier');
    expect(await kb.getArticle('9000101')).toMatchObject({ title: 'Cracked or broken on arrival', source: 'freshdesk-solutions' });
    expect(await kb.getArticle('9000103')).toBeUndefined(); // a draft
  });

  it('removes an article deleted in Freshdesk after the next complete listing, and nothing after a partial one', async () => {
    await runSync();
    expect(await kb.getArticle('9000102')).toBeDefined();
    // Another account's article with the same source stays whatever this account's listing says.
    await kb.importArticles([{ id: '9000102', title: 'Globex warranty', body: 'Other account', source: 'freshdesk-solutions' }], {
      accounts: ['freshdesk:globex'],
    });

    server.serveApi(ARTICLES, 'api/solution-articles-8100001-after-delete.json');
    // Interrupted before the listing ends: nothing is removed.
    server.answerOnce(ARTICLES, 500);
    await expect(runSync()).rejects.toThrow(`${ARTICLES}: HTTP 500`);
    expect(await kb.getArticle('9000102@freshdesk:acme')).toBeUndefined();
    expect((await kb.getArticle('9000102'))!.accounts).toEqual(['freshdesk:acme']);

    const totals = await runSync();
    expect(totals.removed).toBe(1);
    expect(await kb.getArticle('9000102')).toBeUndefined();
    expect((await kb.search('blender jug warranty cracks', { account: 'freshdesk:acme' })).map((hit) => hit.id)).not.toContain('9000102');
    expect(await kb.getArticle('9000101')).toBeDefined();
    expect((await kb.listArticles({ limit: 10 })).filter((article) => article.accounts?.includes('freshdesk:globex'))).toHaveLength(1);
  });

  it("never removes the admin's file-imported articles, even under the sync's source name and account", async () => {
    // As src/knowledge/import/json.ts names a Freshdesk solutions export: same source, the same account chosen.
    const imported = {
      id: '9500001',
      title: 'Warranty terms (from our export)',
      body: 'Two years on blenders.',
      source: 'freshdesk-solutions',
    };
    await kb.importArticles([imported], { accounts: ['freshdesk:acme'] });
    await runSync();
    server.serveApi(ARTICLES, 'api/solution-articles-8100001-after-delete.json');
    const totals = await runSync();
    // The helpdesk's deleted article goes; the imported one, which no listing ever named, stays.
    expect(totals.removed).toBe(1);
    expect(await kb.getArticle('9000102')).toBeUndefined();
    expect(await kb.getArticle('9500001')).toMatchObject({ title: imported.title, accounts: ['freshdesk:acme'] });
    expect((await kb.getArticle('9500001'))!.syncedFrom).toBeUndefined();
  });

  it('keeps an article the listing could not read (a null title), counting it as skipped, never as deleted', async () => {
    await runSync();
    const before = await kb.getArticle('9000102');
    server.serveApi(ARTICLES, 'api/solution-articles-8100001-null-title.json');
    const totals = await runSync();
    expect(totals).toMatchObject({ removed: 0, skipped: 1 });
    expect(await kb.getArticle('9000102')).toEqual(before);
  });
});
