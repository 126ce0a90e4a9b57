// The knowledge base as the background serves it: searched for the sidebar, managed from the options
// page. One KnowledgeBase instance, so the index in memory is the one every import updates.
import type { ProviderConfig } from '../drafts/client';
import { KnowledgeBase } from '../knowledge/db';
import { wholeSentences } from '../knowledge/passages';
import { openEmbeddings } from './embeddings';
import { helpCenterSyncHandlers, type HelpCenterSyncHandlers } from './help-center-sync';
import type { Handlers } from './router';
import type { KnowledgeService } from './handlers';

/** How much of a pinned article goes to the model: its opening, as a passage would. */
const PINNED_SNIPPET_CHARS = 1200;

export type KnowledgeHandlers = Pick<
  Handlers,
  | 'knowledge-import'
  | 'knowledge-list'
  | 'knowledge-update'
  | 'knowledge-delete'
  | 'knowledge-export'
  | 'knowledge-clear'
  | 'knowledge-embed'
  | 'knowledge-embed-status'
> &
  HelpCenterSyncHandlers;

/** `provider`: the configured provider with its key; its optional embedding model turns on semantic search. */
export function openKnowledge(
  kb = new KnowledgeBase(),
  provider: () => Promise<ProviderConfig | null> = async () => null,
): KnowledgeService & { handlers: KnowledgeHandlers } {
  const embeddings = openEmbeddings({ kb, provider });
  return {
    searchTicket: (ticket, top) => embeddings.searchTicket(ticket, top, (n) => kb.search(ticket, { top: n })),
    searchText: (query, top) => kb.search(query, { top }),
    async byIds(ids) {
      const articles = await Promise.all(ids.map((id) => kb.getArticle(id)));
      return articles
        .filter((article) => article !== undefined)
        .map((article) => ({
          id: article.id,
          score: 1,
          title: article.title,
          snippet: article.body.slice(0, PINNED_SNIPPET_CHARS),
          passage: wholeSentences(article.body, 0, PINNED_SNIPPET_CHARS),
          matches: [],
          ...(article.url ? { url: article.url } : {}),
          ...(article.language ? { language: article.language } : {}),
        }));
    },
    handlers: {
      'knowledge-import': ({ articles, source }) => kb.importArticles(articles, source ? { source } : {}),
      'knowledge-list': async ({ offset, limit }) => ({ articles: await kb.listArticles({ offset, limit }), total: await kb.countArticles() }),
      'knowledge-update': ({ article }) => kb.updateArticle(article),
      'knowledge-delete': ({ id }) => kb.deleteArticle(id),
      'knowledge-export': () => kb.exportJsonl(),
      'knowledge-clear': () => kb.clear(),
      'knowledge-embed': () => embeddings.start(),
      'knowledge-embed-status': () => embeddings.status(),
      ...helpCenterSyncHandlers(kb),
    },
  };
}
