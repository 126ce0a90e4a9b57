// The knowledge sync as it runs in the extension, minus the browser: the content script's loop
// (src/content/knowledge-sync.ts) asks each step through the router (zod, sender check); the background's
// handler has the tab GET the next page (here: page-fetch answered from the fixture server's helpdesk
// API), parses it and imports it into a real KnowledgeBase in IndexedDB. Zendesk: help center, then macros.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { knowledgeSyncHandlers, SOURCES_BY_HELPDESK } from '../../src/background/knowledge-sync';
import { SOURCE_BADGES } from '../../src/sidebar/source-badges';
import { route, type Handlers } from '../../src/background/router';
import type { Sender, SenderPolicy } from '../../src/background/senders';
import type { AskTab } from '../../src/background/tab-fetch';
import { runKnowledgeSync, type SyncTotals } from '../../src/content/knowledge-sync';
import { accountOfPage } from '../../src/knowledge/account';
import { KnowledgeBase } from '../../src/knowledge/db';
import { KnowledgeDb } from '../../src/knowledge/knowledge-db';
import type { Reply } from '../../src/messaging/protocol';
import type { SyncProgress } from '../../src/messaging/responses';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const policy: SenderPolicy = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext',
  isHelpdeskPage: (url) => url.hostname.endsWith('.zendesk.com'),
};
const zendeskTab: Sender = { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/3', tab: { id: 7 } as never };
const HELP_CENTER = ['/api/v2/help_center/articles.json?per_page=100', '/api/v2/help_center/articles.json?page=2&per_page=100'];
const MACROS = [
  '/api/v2/macros.json?access=shared&active=true&per_page=100',
  '/api/v2/macros.json?access=shared&active=true&page=2&per_page=100',
];

let server: FixtureServer;
let kb: KnowledgeBase;
let handlers: Handlers;
let clock: number;
let dbs = 0;
/** Paths the background asked the tab to fetch. */
let asked: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer({ loopbackHelpdesk: 'zendesk' });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  kb = new KnowledgeBase(new KnowledgeDb(`sync-test-${++dbs}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  clock = Date.now();
  asked = [];
  handlers = knowledgeSyncHandlers(
    kb,
    async (url) => accountOfPage(url, []),
    pageFetchFromFixtures,
    () => clock,
  ) as Partial<Handlers> as Handlers;
  server.apiRequests.length = 0;
  server.setApiFailure(false);
});

/** The tab's page-fetch (src/content/page-fetch.ts) as the fixture server answers it. */
const pageFetchFromFixtures: AskTab = async (_tabId, { path }) => {
  asked.push(path);
  const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
  const retryAfter = response.headers.get('retry-after');
  return { ok: true, status: response.status, text: await response.text(), ...(retryAfter ? { retryAfter } : {}) };
};

/** One step through the router, as the tab asks it. */
const stepFrom = (sender: Sender) => async () =>
  (await route({ kind: 'knowledge-sync-run' }, sender, policy, handlers)) as Reply<SyncProgress>;

/** One run as the sidebar starts it. */
const runSync = (sender: Sender = zendeskTab): Promise<SyncTotals> => runKnowledgeSync(stepFrom(sender), () => {});

describe('knowledge sync from a Zendesk tab', () => {
  it('imports every help-center page and every shared macro with reply text, and reports the row it could not import', async () => {
    const totals = await runSync();
    expect(server.apiRequests).toEqual([...HELP_CENTER, ...MACROS]);
    // 3 articles and 2 macros (the third only changes ticket fields: no snippet); the article without a title is skipped.
    expect(totals).toEqual({ added: 5, updated: 0, removed: 0, skipped: 1, passedBy: [] });
    expect(await kb.countArticles()).toBe(5);
    const crm = await kb.getArticle('360010001');
    expect(crm).toMatchObject({ title: 'Fix a failing nightly CRM sync', language: 'en-us', source: 'zendesk-help-center' });
    expect(crm!.body).toContain('Settings > Integrations');
    expect(crm!.body).not.toContain('alert');
    // A macro is its reply text only, placeholders as written (filled in the sidebar, never stored filled).
    const refund = await kb.getArticle('zendesk-macro:360200001');
    expect(refund).toMatchObject({ title: 'Billing::Refund a duplicate charge', source: 'zendesk-macro' });
    expect(refund!.body).toMatch(/^Hi \{\{ticket\.requester\.first_name\}\},\n\nwe refunded the duplicate charge/);
    expect(refund!.body).not.toMatch(/pending|refund billing/);
    expect((await kb.getArticle('zendesk-macro:360200003'))!.body).toContain('use the Forgot password link');
    expect(await kb.getArticle('zendesk-macro:360200002')).toBeUndefined();
    const hits = await kb.search('nightly CRM sync failed with 502');
    expect(hits[0]?.title).toBe('Fix a failing nightly CRM sync');
    expect((await kb.search('duplicate charge refund'))[0]).toMatchObject({ id: 'zendesk-macro:360200001', source: 'zendesk-macro' });
  });

  it("tags the synced articles with the tab's account: suggested on its tickets, not on another account's", async () => {
    await runSync();
    const [first] = await kb.listArticles({ limit: 1 });
    expect(first!.accounts).toEqual(['zendesk:acme']);
    const query = first!.title;
    expect((await kb.search(query, { account: 'zendesk:acme' })).map((hit) => hit.id)).toContain(first!.id);
    expect((await kb.search(query, { account: 'zendesk:globex' })).map((hit) => hit.id)).not.toContain(first!.id);
    expect((await kb.search(query, { account: null })).map((hit) => hit.id)).not.toContain(first!.id);
  });

  it('syncs the help center again incrementally (changed articles updated, never duplicated), in full after a day', async () => {
    const started = Math.floor(clock / 1000);
    await runSync();
    server.apiRequests.length = 0;
    const second = await runSync();
    expect(server.apiRequests).toEqual([`/api/v2/help_center/incremental/articles.json?start_time=${started}`, ...MACROS]);
    // One article changed; the macros are listed in full every time (no incremental feed), so they count as updated.
    expect(second).toMatchObject({ added: 0, updated: 3, removed: 0, skipped: 0 });
    expect(await kb.countArticles()).toBe(5);
    expect((await kb.getArticle('360010001'))!.body).toContain('rerun the job from the sync log');

    // The incremental feed's end_time is where the sync after that starts.
    server.apiRequests.length = 0;
    await runSync();
    expect(server.apiRequests[0]).toBe('/api/v2/help_center/incremental/articles.json?start_time=1795770000');

    // A day after the last full listing, a full one again (it alone can notice deleted articles).
    clock += 25 * 3600 * 1000;
    server.apiRequests.length = 0;
    await runSync();
    expect(server.apiRequests.slice(0, 2)).toEqual(HELP_CENTER);

    // Deleting everything forgets the cursor: the next sync is a full one again.
    await kb.clear();
    server.apiRequests.length = 0;
    await runSync();
    expect(server.apiRequests).toEqual([...HELP_CENTER, ...MACROS]);
    expect(await kb.countArticles()).toBe(5);
  });

  it('resumes an interrupted sync at the page that failed, without refetching what was stored', async () => {
    let steps = 0;
    const failing = async () => {
      if (++steps === 2) server.setApiFailure(true);
      return stepFrom(zendeskTab)();
    };
    await expect(runKnowledgeSync(failing, () => {})).rejects.toThrow('/api/v2/help_center/articles.json?page=2&per_page=100: HTTP 503');
    expect(await kb.countArticles()).toBe(2);

    server.setApiFailure(false);
    server.apiRequests.length = 0;
    const totals = await runSync();
    expect(server.apiRequests).toEqual([HELP_CENTER[1], ...MACROS]);
    expect(totals).toMatchObject({ added: 3, removed: 0 });
    expect(await kb.countArticles()).toBe(5);
  });

  it('waits out a 429 as Retry-After says and asks again; gives up on a wait beyond the cap', async () => {
    server.answerOnce(MACROS[0]!, 429, { 'retry-after': '1' });
    const started = Date.now();
    await runSync();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server.apiRequests).toEqual([...HELP_CENTER, MACROS[0], ...MACROS]);
    expect(await kb.countArticles()).toBe(5);

    await kb.clear();
    server.apiRequests.length = 0;
    server.answerOnce(HELP_CENTER[0]!, 429, { 'retry-after': '3600' });
    await expect(runSync()).rejects.toThrow(/rate-limiting \(3600 s\)/);
    expect(server.apiRequests).toEqual([HELP_CENTER[0]]);
  });

  it('passes by macros the agent may not list (403) and still syncs the help center; macros are tried afresh next time', async () => {
    await runSync();
    server.answerOnce(MACROS[1]!, 403);
    clock += 25 * 3600 * 1000; // a full listing again, so reconciliation would run if it were allowed to
    server.apiRequests.length = 0;
    const totals = await runSync();
    expect(totals.passedBy).toEqual([{ source: 'zendesk-macro', reason: 'no-access', status: 403 }]);
    expect(server.apiRequests).toEqual([...HELP_CENTER, ...MACROS]);
    // The macros' listing did not complete: none of the stored ones is removed.
    expect(await kb.countArticles()).toBe(5);
    expect(totals.removed).toBe(0);

    server.apiRequests.length = 0;
    expect((await runSync()).passedBy).toEqual([]);
    expect(server.apiRequests.slice(-2)).toEqual(MACROS);
  });

  it("names every helpdesk's synced sources with a badge (the sidebar names a passed-by source by it)", () => {
    const ids = Object.values(SOURCES_BY_HELPDESK).flatMap((sources) => sources.map((source) => source.id));
    expect(ids.filter((id) => !SOURCE_BADGES[id])).toEqual([]);
    expect(ids.length).toBeGreaterThanOrEqual(4);
  });

  it('runs only for a helpdesk tab, and has the tab fetch only the paths its sources name', async () => {
    const run = (sender: Sender) => route({ kind: 'knowledge-sync-run' }, sender, policy, handlers);
    expect(await run({ id: 'ext', url: 'chrome-extension://ext/options.html' })).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await run({ id: 'ext', url: 'https://evil.example/agent/tickets/1', tab: { id: 1 } as never })).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
    expect(await route({ kind: 'knowledge-sync-run', path: '/api/v2/users/me.json' }, zendeskTab, policy, handlers)).toEqual({
      ok: true,
      data: expect.objectContaining({ done: false }),
    });
    expect(asked).toEqual([HELP_CENTER[0]]);
    await runSync();
    expect(asked.every((path) => path.startsWith('/api/v2/help_center/') || path.startsWith('/api/v2/macros.json?'))).toBe(true);
  });

  it('stops with the reason when the tab cannot fetch (the page is gone or refuses)', async () => {
    handlers = knowledgeSyncHandlers(
      kb,
      async (url) => accountOfPage(url, []),
      async () => ({ ok: false, error: 'not a same-origin API path' }),
    ) as Partial<Handlers> as Handlers;
    await expect(runSync()).rejects.toThrow(`${HELP_CENTER[0]}: not a same-origin API path`);
    handlers = knowledgeSyncHandlers(
      kb,
      async (url) => accountOfPage(url, []),
      async () => undefined,
    ) as Partial<Handlers> as Handlers;
    await expect(runSync()).rejects.toThrow(`${HELP_CENTER[0]}: the page did not answer`);
    expect(await kb.countArticles()).toBe(0);
  });
});
