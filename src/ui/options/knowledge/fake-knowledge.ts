// Test-only: an in-memory background answering the knowledge requests as src/background/knowledge.ts
// does, recording every request so tests can check what the page sent.
import type { Article } from '../../../knowledge/types';
import type { BackgroundRequest, Reply } from '../../../messaging/protocol';
import type { AskFn } from '../ask';

/** `embeddingModel`: the provider's, if any; a run then embeds one article's passage per status poll. */
/** `accountsNotice`: articles the accounts upgrade moved to "all accounts" (the options page's notice). */
export function fakeKnowledge(initial: Article[] = [], options: { embeddingModel?: string; embedError?: string; accountsNotice?: number } = {}) {
  let accountsNotice = options.accountsNotice ?? 0;
  const store = new Map(initial.map((a) => [a.id, a]));
  let embed = { running: false, done: 0, total: 0, stored: 0 };
  const embedStatus = () => ({ ...embed, model: options.embeddingModel ?? null, ...(options.embedError && !embed.running && embed.total ? { error: options.embedError } : {}) });
  const requests: BackgroundRequest[] = [];
  let failNext: string | null = null;
  const answer = (request: BackgroundRequest): unknown => {
    switch (request.kind) {
      case 'knowledge-import': {
        let added = 0;
        for (const article of request.articles) {
          if (!store.has(article.id)) added += 1;
          store.set(article.id, request.accounts ? { ...article, accounts: request.accounts } : article);
        }
        return { added, updated: request.articles.length - added };
      }
      case 'knowledge-list':
        return { articles: [...store.values()].slice(request.offset, request.offset + request.limit), total: store.size };
      case 'knowledge-update':
        store.set(request.article.id, request.article);
        return undefined;
      case 'knowledge-delete':
        return store.delete(request.id);
      case 'knowledge-export':
        return [...store.values()].map((a) => JSON.stringify(a)).join('\n') + '\n';
      case 'knowledge-clear':
        store.clear();
        return undefined;
      case 'knowledge-accounts-notice':
        if (request.dismiss) accountsNotice = 0;
        return accountsNotice;
      case 'knowledge-embed':
        if (!embed.running) embed = { running: true, done: 0, total: store.size - embed.stored, stored: embed.stored };
        return embedStatus();
      case 'knowledge-embed-status':
        if (embed.running) {
          const failed = !!options.embedError && embed.done === 1;
          embed = failed ? { ...embed, running: false } : { ...embed, done: embed.done + 1, stored: embed.stored + 1 };
          if (embed.done >= embed.total) embed.running = false;
        }
        return embedStatus();
      default:
        throw new Error(`unexpected request ${request.kind}`);
    }
  };
  const ask = (async (request: BackgroundRequest): Promise<Reply<unknown>> => {
    requests.push(request);
    if (failNext) {
      const error = failNext;
      failNext = null;
      return { ok: false, error };
    }
    return { ok: true, data: answer(request) };
  }) as AskFn;
  return {
    ask,
    store,
    requests,
    kinds: () => requests.map((r) => r.kind),
    failNextWith: (error: string) => void (failNext = error),
  };
}
