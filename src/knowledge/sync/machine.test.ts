import { describe, expect, it } from 'vitest';
import type { Article } from '../types';
import { KnowledgeSync, MAX_RATE_LIMITED, MAX_SOURCE_FAILURES, type SyncStore } from './machine';
import type { KnowledgeSource, SyncJob } from './source';

/** A source listing `/api/v2/items?page=N` pages of `{items: [ids], next: path | null}`. */
const items: KnowledgeSource = {
  id: 'items',
  begin: () => ({ queue: ['/api/v2/items?page=1'], full: true }),
  read(path, body) {
    const page = body as { items: string[]; next: string | null };
    const articles: Article[] = page.items.map((id) => ({ id, title: id, body: `about ${id}`, source: 'items' }));
    return { articles, issues: [], listed: page.items, follow: page.next ? [page.next] : [] };
  },
};
const other: KnowledgeSource = { ...items, id: 'other', begin: () => ({ queue: ['/api/v2/other'], full: false }) };

function memoryStore(local: string[] = []) {
  const state = { job: null as SyncJob | null, imported: [] as string[], local: new Set(local), removed: [] as string[] };
  const store: SyncStore = {
    load: async () => structuredClone(state.job),
    save: async (job) => void (state.job = structuredClone(job)),
    import: async (articles) => {
      state.imported.push(...articles.map((a) => a.id));
      articles.forEach((a) => state.local.add(a.id));
      return { added: articles.length, updated: 0 };
    },
    localIds: async () => [...state.local],
    remove: async (_source, ids) => {
      ids.forEach((id) => state.local.delete(id));
      state.removed.push(...ids);
      return ids.length;
    },
  };
  return { store, state };
}

const ok = (path: string, body: unknown) => ({ path, status: 200, retryAfter: null, body: JSON.stringify(body) });

describe('KnowledgeSync', () => {
  it('pages through a source, then the next; reconciles only once the full listing is complete', async () => {
    const { store, state } = memoryStore(['gone', 'a']);
    const sync = new KnowledgeSync(store, [items, other]);
    expect((await sync.start()).next).toEqual({ path: '/api/v2/items?page=1', waitMs: 0 });
    const first = await sync.accept(ok('/api/v2/items?page=1', { items: ['a'], next: '/api/v2/items?page=2' }));
    expect(first).toMatchObject({ next: { path: '/api/v2/items?page=2' }, removed: 0, added: 1 });
    expect(state.removed).toEqual([]);
    const second = await sync.accept(ok('/api/v2/items?page=2', { items: ['b'], next: null }));
    expect(second).toMatchObject({ next: { path: '/api/v2/other' }, source: 'other', removed: 1 });
    expect(state.removed).toEqual(['gone']);
    // The incremental source removes nothing, whatever it lists.
    const last = await sync.accept(ok('/api/v2/other', { items: ['c'], next: null }));
    expect(last).toMatchObject({ next: null, source: null, removed: 0 });
    expect([...state.local].sort()).toEqual(['a', 'b', 'c']);
  });

  it('steps one fetched page at a time, passing a 429 wait to the caller', async () => {
    const { store } = memoryStore();
    const sync = new KnowledgeSync(store, [items]);
    const fetched: string[] = [];
    const answers: Record<string, { status: number; body: unknown }> = {
      '/api/v2/items?page=1': { status: 200, body: { items: ['a'], next: '/api/v2/items?page=2' } },
      '/api/v2/items?page=2': { status: 429, body: '' },
    };
    const fetchPage = async (path: string) => {
      fetched.push(path);
      const { status, body } = answers[path]!;
      return { path, status, retryAfter: status === 429 ? '2' : null, body: JSON.stringify(body) };
    };
    expect(await sync.step(fetchPage)).toMatchObject({ added: 1, done: false, waitMs: 0 });
    expect(await sync.step(fetchPage)).toMatchObject({ added: 0, done: false, waitMs: 2000 });
    answers['/api/v2/items?page=2'] = { status: 200, body: { items: ['b'], next: null } };
    expect(await sync.step(fetchPage)).toMatchObject({ added: 1, done: true, waitMs: 0 });
    expect(fetched).toEqual(['/api/v2/items?page=1', '/api/v2/items?page=2', '/api/v2/items?page=2']);
  });

  it('resumes where an error stopped it, and refuses a page it did not ask for', async () => {
    const { store } = memoryStore();
    const sync = new KnowledgeSync(store, [items]);
    await sync.start();
    await sync.accept(ok('/api/v2/items?page=1', { items: ['a'], next: '/api/v2/items?page=2' }));
    await expect(sync.accept({ path: '/api/v2/items?page=2', status: 502, retryAfter: null, body: 'Bad gateway' })).rejects.toThrow(
      '/api/v2/items?page=2: HTTP 502',
    );
    await expect(sync.accept(ok('/api/v2/users/me', {}))).rejects.toThrow(/^unexpected page/);
    // A fresh start resumes the unfinished run at page 2, not at page 1.
    expect((await new KnowledgeSync(store, [items]).start()).next?.path).toBe('/api/v2/items?page=2');
  });

  it('takes a 404 on a followed page as gone (its items are removed), never on the first page', async () => {
    const { store, state } = memoryStore(['a', 'b']);
    const sync = new KnowledgeSync(store, [items]);
    await sync.start();
    const notFound = (path: string) => ({ path, status: 404, retryAfter: null, body: '{"error":"not found"}' });
    // Where the listing starts, a 404 means the API or the feature is missing: passed by, nothing removed.
    expect(await sync.accept(notFound('/api/v2/items?page=1'))).toMatchObject({
      next: null,
      removed: 0,
      skippedSources: [{ source: 'items', reason: 'no-access', status: 404 }],
    });
    expect(state.removed).toEqual([]);
    await sync.start();
    await sync.accept(ok('/api/v2/items?page=1', { items: ['a'], next: '/api/v2/items?page=2' }));
    expect(await sync.accept(notFound('/api/v2/items?page=2'))).toMatchObject({ next: null, removed: 1 });
    expect(state.removed).toEqual(['b']);
  });

  it('passes by a source without access (401/403) and syncs the later ones; it starts afresh next run', async () => {
    const { store, state } = memoryStore(['gone']);
    const sync = new KnowledgeSync(store, [items, other]);
    const answers: Record<string, { status: number; body: unknown }> = {
      '/api/v2/items?page=1': { status: 200, body: { items: ['a'], next: '/api/v2/items?page=2' } },
      '/api/v2/items?page=2': { status: 403, body: { error: 'Forbidden' } },
      '/api/v2/other': { status: 200, body: { items: ['c'], next: null } },
    };
    const fetchPage = async (path: string) => ({
      path,
      status: answers[path]!.status,
      retryAfter: null,
      body: JSON.stringify(answers[path]!.body),
    });
    await sync.step(fetchPage);
    // Denied halfway through its listing: the listing is incomplete, so 'gone' is not reconciled away.
    expect(await sync.step(fetchPage)).toMatchObject({
      done: false,
      removed: 0,
      skippedSources: [{ source: 'items', reason: 'no-access', status: 403 }],
    });
    expect(await sync.step(fetchPage)).toMatchObject({ done: true, added: 1, skippedSources: [] });
    expect([...state.local].sort()).toEqual(['a', 'c', 'gone']);
    expect(state.removed).toEqual([]);
    // The next run tries the denied source again from its first page, not from the page that was denied.
    expect((await new KnowledgeSync(store, [items, other]).start()).next?.path).toBe('/api/v2/items?page=1');
    answers['/api/v2/other'] = { status: 401, body: {} };
    expect(await new KnowledgeSync(store, [other]).step(fetchPage)).toMatchObject({
      done: true,
      skippedSources: [{ source: 'other', reason: 'no-access', status: 401 }],
    });
  });

  it(`resumes a failing source from its cursor, until ${MAX_SOURCE_FAILURES} failures in a row pass it by`, async () => {
    const { store, state } = memoryStore(['gone']);
    const answers: Record<string, { status: number; body: unknown } | 'offline'> = {
      '/api/v2/items?page=1': { status: 200, body: { items: ['a'], next: '/api/v2/items?page=2' } },
      '/api/v2/items?page=2': { status: 503, body: 'Service unavailable' },
      '/api/v2/other': { status: 200, body: { items: ['c'], next: null } },
    };
    const fetched: string[] = [];
    const fetchPage = async (path: string) => {
      fetched.push(path);
      const answer = answers[path]!;
      if (answer === 'offline') throw new Error(`${path}: Failed to fetch`);
      return { path, status: answer.status, retryAfter: null, body: JSON.stringify(answer.body) };
    };
    const run = () => new KnowledgeSync(store, [items, other]).step(fetchPage);
    await run();
    await expect(run()).rejects.toThrow('/api/v2/items?page=2: HTTP 503');
    answers['/api/v2/items?page=2'] = 'offline';
    await expect(run()).rejects.toThrow('/api/v2/items?page=2: Failed to fetch');
    expect(fetched).toEqual(['/api/v2/items?page=1', '/api/v2/items?page=2', '/api/v2/items?page=2']);
    // The third failure in a row: passed by for this run, the later source still syncs, nothing removed.
    expect(await run()).toMatchObject({ done: false, skippedSources: [{ source: 'items', reason: 'failing', status: 0 }] });
    expect(await run()).toMatchObject({ done: true, added: 1 });
    expect(state.removed).toEqual([]);
    expect((await new KnowledgeSync(store, [items, other]).start()).next?.path).toBe('/api/v2/items?page=1');
  });

  it('counts failures in a row only: a page that goes through starts the count again', async () => {
    const { store } = memoryStore();
    const sync = new KnowledgeSync(store, [items]);
    await sync.start();
    const failing = (path: string) => sync.accept({ path, status: 500, retryAfter: null, body: '' });
    await expect(failing('/api/v2/items?page=1')).rejects.toThrow(/HTTP 500/);
    await expect(failing('/api/v2/items?page=1')).rejects.toThrow(/HTTP 500/);
    await sync.accept(ok('/api/v2/items?page=1', { items: ['a'], next: '/api/v2/items?page=2' }));
    await expect(failing('/api/v2/items?page=2')).rejects.toThrow(/HTTP 500/);
    await expect(failing('/api/v2/items?page=2')).rejects.toThrow(/HTTP 500/);
    expect((await sync.accept(ok('/api/v2/items?page=2', { items: ['b'], next: null }))).next).toBeNull();
  });

  it('keeps what a listing could not read: a record without a readable id stops that run reconciling', async () => {
    // Reads `{items: [ids], broken: n}`: n records failed the schema with no readable id.
    const picky: KnowledgeSource = {
      ...items,
      read(path, body) {
        const page = items.read(path, body);
        return (body as { broken?: number }).broken ? { ...page, issues: ['not an item'], unsure: true } : page;
      },
    };
    const { store, state } = memoryStore(['gone']);
    const sync = new KnowledgeSync(store, [picky]);
    await sync.start();
    await sync.accept(ok('/api/v2/items?page=1', { items: ['a'], broken: 1, next: '/api/v2/items?page=2' }));
    expect(await sync.accept(ok('/api/v2/items?page=2', { items: ['b'], next: null }))).toMatchObject({ next: null, removed: 0 });
    expect(state.removed).toEqual([]);
    // The next run reads every record again, and reconciles.
    await sync.start();
    expect(await sync.accept(ok('/api/v2/items?page=1', { items: ['a', 'b'], next: null }))).toMatchObject({ removed: 1 });
    expect(state.removed).toEqual(['gone']);
  });

  it('says so when the answer is not JSON or not the endpoint shape', async () => {
    const { store } = memoryStore();
    const sync = new KnowledgeSync(store, [items]);
    await sync.start();
    await expect(
      sync.accept({ path: '/api/v2/items?page=1', status: 200, retryAfter: null, body: '<html>Sign in</html>' }),
    ).rejects.toThrow(/not a JSON answer/);
  });

  it('asks to wait as Retry-After says (seconds or a date), a few times at most, never for too long', async () => {
    const now = Date.parse('2026-12-04T10:00:00Z');
    const { store } = memoryStore();
    const sync = new KnowledgeSync(store, [items], () => now);
    await sync.start();
    const limited = (retryAfter: string | null) => sync.accept({ path: '/api/v2/items?page=1', status: 429, retryAfter, body: '' });
    expect((await limited('7')).next).toEqual({ path: '/api/v2/items?page=1', waitMs: 7000 });
    expect((await limited('Fri, 04 Dec 2026 10:00:30 GMT')).next).toEqual({ path: '/api/v2/items?page=1', waitMs: 30_000 });
    expect((await limited(null)).next?.waitMs).toBe(1000);
    expect(MAX_RATE_LIMITED).toBe(3);
    await expect(limited('1')).rejects.toThrow(/rate-limiting/);
    // The count starts again after giving up, and after a page that went through.
    expect((await limited('1')).next?.waitMs).toBe(1000);
    await expect(limited('120')).rejects.toThrow('the helpdesk is rate-limiting (120 s); try again later');
  });
});
