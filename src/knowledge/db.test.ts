import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { importFile } from './import/index';
import { KnowledgeBase } from './db';
import { KnowledgeDb } from './knowledge-db';
import type { Article } from './types';

let name = 0;
const open = (factory = new IDBFactory()) => new KnowledgeDb(`kb-test-${++name}`, { indexedDB: factory, IDBKeyRange });

const ARTICLES: Article[] = [
  { id: 'refund', title: 'Refund policy', body: 'We refund purchases within 30 days.', language: 'en' },
  { id: 'pw', title: 'Password reset', body: 'Use the forgot password link on the sign-in page.', language: 'en', url: 'https://help/pw' },
];

describe('KnowledgeBase (Dexie, fake-indexeddb)', () => {
  let kb: KnowledgeBase;
  beforeEach(() => {
    kb = new KnowledgeBase(open());
  });

  it("keeps two accounts' articles with the same vendor id apart: neither overwrites nor re-scopes the other", async () => {
    const article = (body: string): Article => ({ id: '360001', title: 'Refunds', body });
    await kb.importArticles([article('Account B refunds within 30 days.')], { accounts: ['zendesk:b'] });
    await kb.importArticles([article('Account A refunds within 14 days.')], { accounts: ['zendesk:a'] });
    await kb.importArticles([article('A manual import for everyone.')]);
    const rows = await kb.listArticles();
    expect(rows.find((r) => r.body.startsWith('Account B'))).toMatchObject({ id: '360001', accounts: ['zendesk:b'] });
    expect(rows.find((r) => r.body.startsWith('Account A'))).toMatchObject({ accounts: ['zendesk:a'] });
    expect(rows.find((r) => r.body.startsWith('A manual'))).toMatchObject({ accounts: ['*'] });
    expect(rows).toHaveLength(3);
    // The same account importing again updates its own article in place.
    expect(await kb.importArticles([article('Account A refunds within 10 days.')], { accounts: ['zendesk:a'] })).toEqual({
      added: 0,
      updated: 1,
    });
  });

  it('imports, searches and re-imports by id without duplicates', async () => {
    expect(await kb.importArticles(ARTICLES, { source: 'file:faq.jsonl' })).toEqual({ added: 2, updated: 0 });
    expect(await kb.importArticles([{ ...ARTICLES[0]!, body: 'Refunds take five days.' }])).toEqual({ added: 0, updated: 1 });
    expect(await kb.countArticles()).toBe(2);
    const hits = await kb.search('refunds');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ id: 'refund', snippet: 'Refunds take five days.', matches: ['Refunds'] });
    expect((await kb.getArticle('pw'))?.source).toBe('file:faq.jsonl');
  });

  it('prefix-matches the word being typed and searches a ticket', async () => {
    await kb.importArticles(ARTICLES);
    expect((await kb.search('forgot passw'))[0]?.id).toBe('pw');
    const ticket = {
      id: '7',
      helpdesk: 'zendesk' as const,
      url: 'u',
      subject: 'Cannot sign in',
      requester: { name: null, email: null },
      status: null,
      priority: null,
      tags: [],
      language: 'en',
      warnings: [],
      source: 'dom' as const,
      messages: [
        {
          id: 'm',
          author: { name: null },
          role: 'customer' as const,
          visibility: 'public' as const,
          createdAt: null,
          text: 'I forgot my password.',
        },
      ],
    };
    expect((await kb.search(ticket))[0]).toMatchObject({ id: 'pw', url: 'https://help/pw' });
  });

  it('persists the index and loads it in a new session; edits and deletes update it', async () => {
    const factory = new IDBFactory();
    const first = new KnowledgeBase(new KnowledgeDb('persist', { indexedDB: factory, IDBKeyRange }));
    await first.importArticles(ARTICLES);
    await first.updateArticle({ ...ARTICLES[1]!, title: 'Two-factor login', body: 'Set up an authenticator app.' });
    expect(await first.deleteArticle('refund')).toBe(true);
    first.db.close();
    const second = new KnowledgeBase(new KnowledgeDb('persist', { indexedDB: factory, IDBKeyRange }));
    expect(await second.search('refund')).toEqual([]);
    expect((await second.search('authenticator'))[0]?.id).toBe('pw');
    expect(await second.listArticles()).toHaveLength(1);
  });

  it('loads the index once for concurrent first requests', async () => {
    await kb.importArticles(ARTICLES);
    const fresh = new KnowledgeBase(kb.db);
    const [a, b] = await Promise.all([fresh.loadIndex(), fresh.loadIndex()]);
    expect(a).toBe(b);
  });

  it('exports JSONL that imports back to the same articles', async () => {
    await kb.importArticles(ARTICLES.map((a) => ({ ...a, source: 'zendesk-help-center', tags: ['x'] })));
    const back = importFile('kb.jsonl', await kb.exportJsonl());
    // Accounts are not in the file: a re-import goes to the accounts the admin chooses then.
    expect(back.articles).toEqual((await kb.listArticles()).map(({ accounts: _accounts, ...article }) => article));
  });

  it('imports in chunks of a thousand', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, body: `Body number ${i}`, language: 'en' }));
    expect(await kb.importArticles(many)).toEqual({ added: 2500, updated: 0 });
    expect(await kb.countArticles()).toBe(2500);
    expect((await kb.search('Article 1234', { top: 1 }))[0]?.id).toBe('a1234');
  });
});

describe('KnowledgeDb schema versions', () => {
  it('opens a version 1 database with its articles and an empty embeddings table', async () => {
    const { Dexie } = await import('dexie');
    const factory = new IDBFactory();
    const old = new Dexie('kb-upgrade', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores({ articles: 'id, source, language, updated', meta: 'key' });
    await old.table('articles').bulkPut(ARTICLES);
    old.close();
    const db = new KnowledgeDb('kb-upgrade', { indexedDB: factory, IDBKeyRange });
    expect((await db.articles.toArray()).map((article) => article.id).sort()).toEqual(['pw', 'refund']);
    expect(await db.embeddings.count()).toBe(0);
    expect(db.verno).toBe(4);
  });

  it('v3 moves existing articles to "all accounts" and leaves a notice with their number until dismissed', async () => {
    const { Dexie } = await import('dexie');
    const factory = new IDBFactory();
    const old = new Dexie('kb-accounts', { indexedDB: factory, IDBKeyRange });
    old.version(2).stores({ articles: 'id, source, language, updated', meta: 'key', embeddings: 'key, model, articleId' });
    await old.table('articles').bulkPut(ARTICLES);
    old.close();
    const kb = new KnowledgeBase(new KnowledgeDb('kb-accounts', { indexedDB: factory, IDBKeyRange }));
    expect((await kb.listArticles()).map((article) => article.accounts)).toEqual([['*'], ['*']]);
    expect(await kb.accountsNotice()).toBe(2);
    // Still suggested everywhere, as before the upgrade.
    expect((await kb.search('refund', { account: 'freshdesk:globex' }))[0]?.id).toBe('refund');
    await kb.dismissAccountsNotice();
    expect(await kb.accountsNotice()).toBe(0);
    // A new, empty store has nothing to tell.
    expect(await new KnowledgeBase(open()).accountsNotice()).toBe(0);
  });

  it("v4 marks the rows a sync made as its own, and never an admin's import or an unsure row", async () => {
    const { Dexie } = await import('dexie');
    const factory = new IDBFactory();
    const old = new Dexie('kb-synced', { indexedDB: factory, IDBKeyRange });
    old.version(3).stores({ articles: 'id, source, language, updated, *accounts', meta: 'key', embeddings: 'key, model, articleId' });
    const row = (id: string, source: string, accounts: string[]) => ({ id, title: id, body: id, source, accounts });
    await old
      .table('articles')
      .bulkPut([
        row('360010001', 'zendesk-help-center', ['zendesk:acme']),
        row('zendesk-macro:1', 'zendesk-macro', ['zendesk:acme']),
        row('faq-1', 'file:faq.md', ['zendesk:acme']),
        row('360010002', 'zendesk-help-center', ['*']),
        row('freshdesk-solutions:5', 'freshdesk-solutions', ['freshdesk:globex']),
      ]);
    await old.table('meta').put({ key: 'sync:https://acme.zendesk.com', value: { pending: [], sources: {}, rateLimited: 0 } });
    old.close();
    const db = new KnowledgeDb('kb-synced', { indexedDB: factory, IDBKeyRange });
    const marks = Object.fromEntries((await db.articles.toArray()).map((article) => [article.id, article.syncedFrom ?? null]));
    expect(marks).toEqual({
      '360010001': 'https://acme.zendesk.com',
      'zendesk-macro:1': 'https://acme.zendesk.com',
      'faq-1': null,
      // For all accounts: the admin's choice, never a sync's.
      '360010002': null,
      // No sync of that account ever ran here.
      'freshdesk-solutions:5': null,
    });
    const kb = new KnowledgeBase(db);
    expect(await kb.idsOf('zendesk-help-center', 'zendesk:acme', 'https://acme.zendesk.com')).toEqual(['360010001']);
  });

  it('marks rows as synced only when a sync imports them, whatever a file says', async () => {
    const kb = new KnowledgeBase(open());
    const forged = { id: 'a', title: 'A', body: 'a', source: 'zendesk-help-center', syncedFrom: 'https://acme.zendesk.com' };
    await kb.importArticles([forged], { accounts: ['zendesk:acme'] });
    expect((await kb.getArticle('a'))!.syncedFrom).toBeUndefined();
    expect(await kb.idsOf('zendesk-help-center', 'zendesk:acme', 'https://acme.zendesk.com')).toEqual([]);
    await kb.importArticles([{ ...forged, id: 'b' }], { accounts: ['zendesk:acme'], syncedFrom: 'https://acme.zendesk.com' });
    expect(await kb.idsOf('zendesk-help-center', 'zendesk:acme', 'https://acme.zendesk.com')).toEqual(['b']);
    expect(await kb.idsOf('zendesk-help-center', 'zendesk:acme', 'https://other.zendesk.com')).toEqual([]);
  });
});

describe('articles per helpdesk account', () => {
  it("a ticket sees its own account's articles and those for all accounts, never another account's", async () => {
    const kb = new KnowledgeBase(open());
    await kb.importArticles([{ id: 'acme', title: 'Refund policy at Acme', body: 'Acme refunds within 30 days.', language: 'en' }], {
      accounts: ['zendesk:acme'],
    });
    await kb.importArticles([{ id: 'globex', title: 'Refund policy at Globex', body: 'Globex refunds within 14 days.', language: 'en' }], {
      accounts: ['zendesk:globex', 'freshdesk:globex'],
    });
    await kb.importArticles([{ id: 'shared', title: 'Refund timing', body: 'Refunds reach the card in five days.', language: 'en' }]);
    const ids = async (account: string | null) => (await kb.search('refund', { account, top: 5 })).map((hit) => hit.id).sort();
    expect(await ids('zendesk:acme')).toEqual(['acme', 'shared']);
    expect(await ids('freshdesk:globex')).toEqual(['globex', 'shared']);
    expect(await ids(null)).toEqual(['shared']);
    // A file cannot place itself: the admin's choice replaces accounts the rows name.
    await kb.importArticles([{ id: 'sneaky', title: 'Refund now', body: 'Refund to this link.', accounts: ['*'] }], {
      accounts: ['zendesk:globex'],
    });
    expect(await ids('zendesk:acme')).toEqual(['acme', 'shared']);
    // The filter comes before the top k: another account's better matches do not crowd these out.
    expect((await kb.search('refund globex', { account: 'zendesk:acme', top: 1 })).map((hit) => hit.id)).toHaveLength(1);
  });
});
