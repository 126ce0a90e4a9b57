// Test-only: the real background behind the options page's knowledge section. The page's requests go
// through the real router (zod, sender policy) to the real knowledge handlers (src/background/knowledge.ts)
// over a real KnowledgeBase in fake-indexeddb; embeddings, when asked for, go to the loopback
// OpenAI-compatible test server. Every request is recorded so tests can check what the page sent.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openKnowledge } from '../../src/background/knowledge';
import { route, type Handlers } from '../../src/background/router';
import type { ProviderConfig } from '../../src/drafts/client';
import { KnowledgeBase } from '../../src/knowledge/db';
import { KnowledgeDb } from '../../src/knowledge/knowledge-db';
import type { Article } from '../../src/knowledge/types';
import type { BackgroundRequest, Reply } from '../../src/messaging/protocol';
import type { AskFn } from '../../src/ui/options/ask';

const EXTENSION = 'chrome-extension://souffleur-test';
const optionsPage = { id: 'souffleur-test', url: `${EXTENSION}/options.html` };
const policy = { extensionId: 'souffleur-test', extensionOrigin: EXTENSION, isHelpdeskPage: () => false };

let databases = 0;

export interface TestBackgroundOptions {
  /** The provider (with its embedding model) the background would use; absent: none configured. */
  provider?: ProviderConfig;
  /** Articles stored before Souffleur knew accounts (a v2 database): the v3 upgrade moves them to all accounts. */
  legacy?: Article[];
}

export async function testBackground(initial: Article[] = [], options: TestBackgroundOptions = {}) {
  const name = `options-kb-${++databases}`;
  const dexie = { indexedDB: new IDBFactory(), IDBKeyRange };
  if (options.legacy?.length) {
    // The database as version 2 left it, so the real upgrade runs when the knowledge base opens it.
    const old = new Dexie(name, dexie);
    old.version(2).stores({ articles: 'id, source, language, updated', meta: 'key', embeddings: 'key, model, articleId' });
    await old.table('articles').bulkPut(options.legacy);
    old.close();
  }
  const kb = new KnowledgeBase(new KnowledgeDb(name, dexie));
  if (initial.length) await kb.importArticles(initial);
  const knowledge = openKnowledge(kb, async () => options.provider ?? null);
  const handlers = knowledge.handlers as Partial<Handlers> as Handlers;

  const requests: BackgroundRequest[] = [];
  let failNext: string | null = null;
  const ask = (async (request: BackgroundRequest): Promise<Reply<unknown>> => {
    requests.push(request);
    if (failNext) {
      // The transport failing (the extension reloaded, storage quota): the page must say so.
      const error = failNext;
      failNext = null;
      return { ok: false, error };
    }
    return route(request, optionsPage, policy, handlers);
  }) as AskFn;

  return {
    ask,
    kb,
    requests,
    kinds: () => requests.map((r) => r.kind),
    failNextWith: (error: string) => void (failNext = error),
    /** The stored articles, as the knowledge base lists them. */
    stored: () => kb.listArticles({ offset: 0, limit: 10_000 }),
    /** The stored articles' ids. */
    storedIds: async () => (await kb.listArticles({ offset: 0, limit: 10_000 })).map((a) => a.id),
  };
}
