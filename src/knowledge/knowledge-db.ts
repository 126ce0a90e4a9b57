// The knowledge base's IndexedDB schema (Dexie) and its upgrades, one version per shipped change; the
// reads and writes are in ./db.ts. The extension's own origin: background and options page only.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { IndexSnapshot } from './snapshot';
import type { Article } from './types';
import { accountOfPage, ALL_ACCOUNTS } from './account';

export const INDEX_KEY = 'index';
/** Set by the v3 upgrade to the number of articles moved to "all accounts"; removed when dismissed. */
export const ACCOUNTS_NOTICE_KEY = 'notice:accounts-migrated';
export const SYNC_PREFIX = 'sync:';
/** The sources a knowledge sync writes (src/helpdesks/<helpdesk>/*-api.ts), for the v4 upgrade only: frozen as shipped. */
const SYNCED_SOURCES = ['zendesk-help-center', 'zendesk-macro', 'freshdesk-canned-response', 'freshdesk-solutions'];

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface IndexRow {
  snapshot: IndexSnapshot;
  /** Article count when saved: a mismatch means the snapshot is stale (e.g. a crash mid-import). */
  articles: number;
}

/** A passage's vector (./embeddings.ts reads and writes them). */
export interface EmbeddingRow {
  /** `${model}\u0000${passageId}`: one vector per passage and model. */
  key: string;
  model: string;
  passageId: string;
  articleId: string;
  start: number;
  end: number;
  /** Of the embedded text: a re-imported passage with the same text keeps its vector. */
  hash: string;
  vector: number[];
}

export class KnowledgeDb extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  embeddings!: EntityTable<EmbeddingRow, 'key'>;

  constructor(name = 'souffleur-knowledge', options?: DexieOptions) {
    super(name, options);
    // Every schema change is a new version with an upgrade(); never edit a shipped one.
    this.version(1).stores({ articles: 'id, source, language, updated', meta: 'key' });
    // v2 adds passage vectors (optional embeddings); existing tables are unchanged, so no upgrade step.
    this.version(2).stores({ embeddings: 'key, model, articleId' });
    // v3: articles belong to helpdesk accounts (./account.ts). Articles from before could have come
    // from any account, so they stay visible everywhere ("all accounts"), and the options page says so
    // once (the notice row) so an admin can narrow them. The index snapshot is dropped: rebuilt with
    // the accounts on next load.
    this.version(3)
      .stores({ articles: 'id, source, language, updated, *accounts' })
      .upgrade(async (tx) => {
        const migrated = await tx
          .table<Article, string>('articles')
          .toCollection()
          .modify((article) => {
            article.accounts ??= [ALL_ACCOUNTS];
          });
        await tx.table<MetaRow, string>('meta').delete(INDEX_KEY);
        if (migrated > 0) await tx.table<MetaRow, string>('meta').put({ key: ACCOUNTS_NOTICE_KEY, value: migrated });
      });
    // v4: rows a knowledge sync made say so (Article.syncedFrom), and reconciliation removes only those.
    // Rows from before carry no mark; one of a sync's sources scoped to exactly one account whose hosted
    // helpdesk origin has a sync cursor here was made by that sync (a sync imports for its tab's account
    // alone). Anything less sure stays unmarked, so it is kept (a custom-domain sync's rows, whose origin
    // the settings hold, get their mark back when the next full listing re-imports them).
    this.version(4)
      .stores({ articles: 'id, source, language, updated, *accounts' })
      .upgrade(async (tx) => {
        const cursors = await tx.table<MetaRow, string>('meta').where('key').startsWith(SYNC_PREFIX).primaryKeys();
        const originOf = new Map<string, string>();
        for (const key of cursors) {
          const origin = key.slice(SYNC_PREFIX.length);
          const account = accountOfPage(`${origin}/`, []);
          if (account) originOf.set(account, origin);
        }
        if (!originOf.size) return;
        await tx
          .table<Article, string>('articles')
          .where('source')
          .anyOf(SYNCED_SOURCES)
          .modify((article) => {
            const origin = article.accounts?.length === 1 ? originOf.get(article.accounts[0]!) : undefined;
            if (origin) article.syncedFrom = origin;
          });
      });
  }
}
