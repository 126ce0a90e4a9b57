// The help-center sync as it runs in the extension, minus the browser: the content script's pager and
// same-origin fetch against the fixture server's Help Center API, each page sent through the router
// (zod, sender check) to the background's handlers, importing into a real KnowledgeBase in IndexedDB.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { helpCenterSyncHandlers } from '../../src/background/help-center-sync';
import type { BackgroundRequest } from '../../src/messaging/protocol';
import type { ResponseOf, SyncPageSummary } from '../../src/messaging/responses';
import { route, type Handlers } from '../../src/background/router';
import type { Sender, SenderPolicy } from '../../src/background/senders';
import { fetchJsonFrom } from '../../src/content/fetch-json';
import { accountOfPage } from '../../src/knowledge/account';
import { KnowledgeBase, KnowledgeDb } from '../../src/knowledge/db';
import { syncHelpCenter, type SyncRun } from '../../src/knowledge/sync';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const policy: SenderPolicy = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext',
  isHelpdeskPage: (url) => url.hostname.endsWith('.zendesk.com'),
};
const zendeskTab: Sender = { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/3', tab: { id: 7 } as never };

let server: FixtureServer;
let kb: KnowledgeBase;
let handlers: Handlers;
let dbs = 0;

beforeAll(async () => {
  server = await startFixtureServer({ loopbackHelpdesk: 'zendesk' });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  kb = new KnowledgeBase(new KnowledgeDb(`sync-test-${++dbs}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  handlers = helpCenterSyncHandlers(kb, async (url) => accountOfPage(url, [])) as Partial<Handlers> as Handlers;
  server.apiRequests.length = 0;
  server.setApiFailure(false);
});

const fetchJson = () => fetchJsonFrom(`http://127.0.0.1:${server.port}`);

/** A request through the router, as from the tab; the answer's type follows from the kind, as with the real `ask`. */
async function ask<R extends BackgroundRequest>(request: R, sender: Sender = zendeskTab): Promise<ResponseOf<R['kind']>> {
  const reply = await route(request, sender, policy, handlers);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as ResponseOf<R['kind']>;
}

/** One run as the sidebar starts it: the saved cursor from the background, each page back to it. */
async function runSync(options: { afterPage?: (pages: number) => void } = {}): Promise<{ run: SyncRun; pages: SyncPageSummary[] }> {
  const { cursor } = await ask({ kind: 'help-center-sync-state' });
  const pages: SyncPageSummary[] = [];
  const run = await syncHelpCenter(fetchJson(), {
    cursor,
    onPage: async (page) => {
      pages.push(await ask({ kind: 'help-center-sync-page', ...page }));
      options.afterPage?.(pages.length);
    },
  });
  return { run, pages };
}

describe('help-center sync against the fixture Help Center', () => {
  it('imports every page, reports the row it could not import, and keeps only the main text', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { run, pages } = await runSync();
    expect(server.apiRequests).toEqual([
      '/api/v2/help_center/articles.json?per_page=100',
      '/api/v2/help_center/articles.json?page=2&per_page=100',
    ]);
    expect(run).toMatchObject({ done: true, pages: 2, records: 4 });
    expect(pages.map((p) => p.added)).toEqual([2, 1]);
    expect(pages[1]!.issues).toEqual([{ file: 'zendesk-help-center', row: 4, reason: 'missing title' }]);
    expect(await kb.countArticles()).toBe(3);
    const crm = await kb.getArticle('360010001');
    expect(crm).toMatchObject({
      title: 'Fix a failing nightly CRM sync',
      language: 'en-us',
      source: 'zendesk-help-center',
      tags: ['crm', 'sync'],
    });
    expect(crm!.body).toContain('Settings > Integrations');
    expect(crm!.body).not.toContain('alert');
    // The next sync asks only for what changed since this one started.
    const saved = await ask({ kind: 'help-center-sync-state' });
    expect(saved.cursor?.next).toBeNull();
    expect(saved.cursor?.since).toBeGreaterThanOrEqual(before);
    const hits = await kb.search('nightly CRM sync failed with 502');
    expect(hits[0]?.title).toBe('Fix a failing nightly CRM sync');
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

  it('syncs again incrementally: changed articles are updated, never duplicated', async () => {
    const first = await runSync();
    server.apiRequests.length = 0;
    const second = await runSync();
    expect(server.apiRequests).toEqual([`/api/v2/help_center/incremental/articles.json?start_time=${first.run.cursor.since}`]);
    expect(second.pages).toEqual([{ added: 0, updated: 1, skipped: 0, issues: [] }]);
    expect(await kb.countArticles()).toBe(3);
    expect((await kb.getArticle('360010001'))!.body).toContain('rerun the job from the sync log');
    // The incremental feed's end_time is where the sync after that starts.
    expect((await ask({ kind: 'help-center-sync-state' })).cursor).toEqual({ next: null, since: 1795770000 });

    // Deleting everything forgets the cursor: the next sync is a full one again.
    await kb.clear();
    expect((await ask({ kind: 'help-center-sync-state' })).cursor).toBeNull();
    await runSync();
    expect(await kb.countArticles()).toBe(3);
  });

  it('resumes an interrupted sync at the page that failed', async () => {
    await expect(runSync({ afterPage: () => server.setApiFailure(true) })).rejects.toThrow(/HTTP 503/);
    expect(await kb.countArticles()).toBe(2);
    const { cursor } = await ask({ kind: 'help-center-sync-state' });
    expect(cursor?.next).toBe('/api/v2/help_center/articles.json?page=2&per_page=100');

    server.setApiFailure(false);
    server.apiRequests.length = 0;
    const { run } = await runSync();
    expect(server.apiRequests).toEqual(['/api/v2/help_center/articles.json?page=2&per_page=100']);
    expect(run.done).toBe(true);
    expect(await kb.countArticles()).toBe(3);
    // The resumed run kept the first run's start time, so no change in between is missed.
    expect(run.cursor.since).toBe(cursor?.since);
  });

  it('fetches only Help Center paths, and accepts pages only from a helpdesk tab', async () => {
    await expect(syncHelpCenter(fetchJson(), { cursor: { next: '/api/v2/users/me.json' }, onPage: async () => {} })).rejects.toThrow(
      /not a Help Center API path/,
    );
    await expect(
      syncHelpCenter(fetchJson(), { cursor: { next: '/api/v2/help_center/../users/me.json' }, onPage: async () => {} }),
    ).rejects.toThrow(/not a Help Center API path/);
    await expect(fetchJsonFrom('https://acme.zendesk.com')('https://evil.example/api/v2/help_center/articles.json')).rejects.toThrow(
      /cross-origin/,
    );
    expect(server.apiRequests).toEqual([]);

    const page = {
      kind: 'help-center-sync-page' as const,
      records: [{ id: 1, title: 'Injected', body: 'x' }],
      cursor: { next: null },
      offset: 0,
    };
    await expect(ask(page, { id: 'ext', url: 'chrome-extension://ext/options.html' })).rejects.toThrow('sender not allowed');
    await expect(ask(page, { id: 'ext', url: 'https://evil.example/agent/tickets/1', tab: { id: 1 } as never })).rejects.toThrow(
      'sender not allowed',
    );
    await expect(ask({ ...page, cursor: { next: '/api/v2/users/me.json' } })).rejects.toThrow('malformed request');
    expect(await kb.countArticles()).toBe(0);
  });
});
