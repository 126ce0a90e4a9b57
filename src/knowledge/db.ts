// The knowledge base's reads and writes in IndexedDB (its schema and upgrades: ./knowledge-db.ts; the
// extension's own origin: background and options page only, never a content script). Articles are rows;
// the lexical index is one snapshot row, loaded once and updated in place on every change, so a page load
// never rebuilds it. Passages live inside the snapshot as ranges of the article bodies, which keeps them
// consistent with the index by construction.
import type { Ticket } from '../ticket/schema';
import { exportJsonl } from './import/export';
import { LexicalIndex, type QueryTerm } from './index';
import { queryFromText, queryFromTicket } from './query';
import { toHits, type SearchOptions } from './search';
import { loadIndex, saveIndex } from './snapshot';
import type { Article, SearchHit } from './types';
import { ALL_ACCOUNTS, visibleIn } from './account';
import { ACCOUNTS_NOTICE_KEY, INDEX_KEY, SYNC_PREFIX, type IndexRow, KnowledgeDb } from './knowledge-db';

const CHUNK = 1000;

export interface ImportSummary {
  added: number;
  updated: number;
}

/** Same set of accounts (rows from before accounts existed count as all accounts). */
function sameAccounts(a: string[] | undefined, b: string[]): boolean {
  const left = new Set(a?.length ? a : [ALL_ACCOUNTS]);
  return left.size === new Set(b).size && b.every((account) => left.has(account));
}

export class KnowledgeBase {
  private index: LexicalIndex | null = null;
  private loading: Promise<LexicalIndex> | null = null;

  constructor(readonly db: KnowledgeDb = new KnowledgeDb()) {}

  /** The index, from its snapshot if that is current, else rebuilt from the articles (and saved). */
  async loadIndex(): Promise<LexicalIndex> {
    if (this.index) return this.index;
    // Requests arriving while the service worker starts share one load.
    this.loading ??= this.readIndex().finally(() => (this.loading = null));
    return this.loading;
  }

  private async readIndex(): Promise<LexicalIndex> {
    const [row, count] = await Promise.all([this.db.meta.get(INDEX_KEY), this.db.articles.count()]);
    const saved = row?.value as IndexRow | undefined;
    if (saved && saved.articles === count) {
      try {
        return (this.index = loadIndex(saved.snapshot));
      } catch {
        // An unreadable or older snapshot: rebuild below.
      }
    }
    const index = new LexicalIndex();
    for (const article of await this.db.articles.toArray()) index.add(article);
    this.index = index;
    await this.saveIndex();
    return index;
  }

  /**
   * Adds new articles and updates those with a known id (never duplicates), in chunked transactions.
   * `accounts` (the admin's choice, or the syncing tab's account) replaces whatever the rows say:
   * a file must not place itself in accounts the admin did not choose. Likewise only a sync's own
   * `syncedFrom` marks rows as its own: a file never can.
   */
  async importArticles(
    articles: Article[],
    options: { source?: string; accounts?: string[]; syncedFrom?: string } = {},
  ): Promise<ImportSummary> {
    const index = await this.loadIndex();
    const accounts = options.accounts?.length ? [...new Set(options.accounts)] : [ALL_ACCOUNTS];
    const incoming = articles.map(({ syncedFrom: _fromTheRecord, ...article }) => ({
      ...article,
      ...(options.source && !article.source ? { source: options.source } : {}),
      ...(options.syncedFrom ? { syncedFrom: options.syncedFrom } : {}),
      accounts,
    }));
    const rows: typeof incoming = [];
    let updated = 0;
    for (let i = 0; i < incoming.length; i += CHUNK) {
      const chunk = incoming.slice(i, i + CHUNK);
      const existing = await this.db.articles.bulkGet(chunk.map((article) => article.id));
      // Vendors number articles per account, so the same id may come from two accounts: a row is only
      // updated by an import for the same accounts; otherwise the article is kept apart under an id
      // scoped to its accounts, and neither account's article is overwritten or re-scoped by the other.
      const scoped = chunk.map((article, n) => {
        const current = existing[n];
        return current && !sameAccounts(current.accounts, accounts) ? { ...article, id: `${article.id}@${accounts.join('+')}` } : article;
      });
      const stored = await this.db.articles.bulkGet(scoped.map((article) => article.id));
      updated += stored.filter(Boolean).length;
      await this.db.articles.bulkPut(scoped);
      rows.push(...scoped);
    }
    for (const article of rows) index.add(article);
    await this.saveIndex();
    const distinct = new Set(rows.map((article) => article.id)).size;
    return { added: distinct - updated, updated };
  }

  async listArticles(options: { offset?: number; limit?: number; source?: string } = {}): Promise<Article[]> {
    const collection = options.source ? this.db.articles.where('source').equals(options.source) : this.db.articles.orderBy('id');
    return collection
      .offset(options.offset ?? 0)
      .limit(options.limit ?? 100)
      .toArray();
  }

  async countArticles(): Promise<number> {
    return this.db.articles.count();
  }

  async getArticle(id: string): Promise<Article | undefined> {
    return this.db.articles.get(id);
  }

  async updateArticle(article: Article): Promise<void> {
    const index = await this.loadIndex();
    await this.db.articles.put(article);
    index.add(article);
    await this.saveIndex();
  }

  async deleteArticle(id: string): Promise<boolean> {
    const index = await this.loadIndex();
    const existed = (await this.db.articles.get(id)) !== undefined;
    await this.db.articles.delete(id);
    await this.db.embeddings.where('articleId').equals(id).delete();
    index.remove(id);
    await this.saveIndex();
    return existed;
  }

  async clear(): Promise<void> {
    await this.db.transaction('rw', this.db.articles, this.db.meta, this.db.embeddings, async () => {
      await this.db.articles.clear();
      await this.db.embeddings.clear();
      await this.db.meta.delete(INDEX_KEY);
      // An emptied knowledge base syncs its help centers in full again, not only their changes.
      await this.db.meta.where('key').startsWith(SYNC_PREFIX).delete();
    });
    this.index = new LexicalIndex();
  }

  /** Whether an article may be shown on a page of `account` (unknown ids: no). */
  async visibleIn(id: string, account: string | null): Promise<boolean> {
    const article = (await this.loadIndex()).articles.get(id);
    return !!article && visibleIn(article.accounts, account);
  }

  /** How many articles the v3 upgrade moved to "all accounts", until an admin dismisses the notice. */
  async accountsNotice(): Promise<number> {
    return ((await this.db.meta.get(ACCOUNTS_NOTICE_KEY))?.value as number | undefined) ?? 0;
  }

  async dismissAccountsNotice(): Promise<void> {
    await this.db.meta.delete(ACCOUNTS_NOTICE_KEY);
  }

  /** Where the knowledge sync of one origin stopped or finished (`key` names the origin; ./sync/machine.ts reads it). */
  async syncCursor(key: string): Promise<unknown> {
    return (await this.db.meta.get(SYNC_PREFIX + key))?.value ?? null;
  }

  async saveSyncCursor(key: string, cursor: unknown): Promise<void> {
    await this.db.meta.put({ key: SYNC_PREFIX + key, value: cursor });
  }

  /** Ids of the articles the sync of `origin` made from `source` for `account` alone (what its reconciliation may remove). */
  async idsOf(source: string, account: string, origin: string): Promise<string[]> {
    const rows = await this.db.articles.where('source').equals(source).toArray();
    return rows
      .filter((article) => article.syncedFrom === origin && article.accounts?.length === 1 && article.accounts[0] === account)
      .map((article) => article.id);
  }

  /** Deletes these articles and their vectors in one go (a sync's reconciliation); answers how many existed. */
  async deleteArticles(ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    const index = await this.loadIndex();
    const existing = (await this.db.articles.bulkGet([...ids])).filter(Boolean).length;
    await this.db.transaction('rw', this.db.articles, this.db.embeddings, async () => {
      await this.db.articles.bulkDelete([...ids]);
      await this.db.embeddings
        .where('articleId')
        .anyOf([...ids])
        .delete();
    });
    for (const id of ids) index.remove(id);
    await this.saveIndex();
    return existing;
  }

  async exportJsonl(): Promise<string> {
    return exportJsonl(await this.db.articles.orderBy('id').toArray());
  }

  /**
   * Snippets for the agent's typed query (the last word prefix-matched) or for a ticket. With
   * `account` (null: a page of no known account), only that account's articles and those for all.
   */
  async search(query: string | Ticket, options: SearchOptions & { account?: string | null } = {}): Promise<SearchHit[]> {
    const index = await this.loadIndex();
    const terms: QueryTerm[] =
      typeof query === 'string' ? queryFromText(index, query, { prefixLast: true, ...options }) : queryFromTicket(index, query, options);
    const { account } = options;
    const allow = account === undefined ? undefined : (article: { accounts?: string[] }) => visibleIn(article.accounts, account);
    const matches = index.search(terms, options.top ?? 5, allow);
    const bodies = await this.db.articles.bulkGet(matches.map((match) => match.article.id));
    const byId = new Map(bodies.filter((a): a is Article => !!a).map((article) => [article.id, article]));
    return toHits(matches, terms, (id) => byId.get(id));
  }

  private async saveIndex(): Promise<void> {
    if (!this.index) return;
    const value: IndexRow = { snapshot: saveIndex(this.index), articles: await this.db.articles.count() };
    await this.db.meta.put({ key: INDEX_KEY, value });
  }
}
