// Test-only: an in-memory background answering the knowledge requests as src/background/knowledge.ts
// does, recording every request so tests can check what the page sent.
import type { Article } from '../../../knowledge/types';
import type { BackgroundRequest, Reply } from '../../../messaging/protocol';
import type { AskFn } from '../ask';

export function fakeKnowledge(initial: Article[] = []) {
  const store = new Map(initial.map((a) => [a.id, a]));
  const requests: BackgroundRequest[] = [];
  let failNext: string | null = null;
  const answer = (request: BackgroundRequest): unknown => {
    switch (request.kind) {
      case 'knowledge-import': {
        let added = 0;
        for (const article of request.articles) {
          if (!store.has(article.id)) added += 1;
          store.set(article.id, article);
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
