// The knowledge base as the background serves it: searched for the sidebar, managed from the options
// page. One KnowledgeBase instance, so the index in memory is the one every import updates.
import type { ProviderConfig } from '../drafts/client';
import { accountOfPage, visibleIn } from '../knowledge/account';
import { KnowledgeBase } from '../knowledge/db';
import type { Article, SearchHit } from '../knowledge/types';
import type { CustomHelpdeskOrigin } from '../settings/schema';
import { wholeSentences } from '../knowledge/passages';
import { openEmbeddings } from './embeddings';
import { knowledgeSyncHandlers, type KnowledgeSyncHandlers } from './knowledge-sync';
import type { Handlers } from './router';
import type { KnowledgeService } from './analysis';

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
  | 'knowledge-accounts-notice'
  | 'knowledge-embed'
  | 'knowledge-embed-status'
> &
  KnowledgeSyncHandlers;

/**
 * `provider`: the configured provider with its key; its optional embedding model turns on semantic search.
 * `customOrigins`: the admin's own-domain helpdesks, whose account mapping names a page's account.
 */
export function openKnowledge(
  kb = new KnowledgeBase(),
  provider: () => Promise<ProviderConfig | null> = async () => null,
  customOrigins: () => Promise<readonly CustomHelpdeskOrigin[]> = async () => [],
): KnowledgeService & { handlers: KnowledgeHandlers; hasSnippet(id: string, pageUrl: string | undefined): Promise<boolean> } {
  const embeddings = openEmbeddings({ kb, provider });
  const accountOf = async (pageUrl: string | undefined) => accountOfPage(pageUrl, await customOrigins());
  /** Only the page's account's articles (and those for all accounts), whichever ranking found them. */
  const ownAccount = async (hits: SearchHit[], account: string | null) => {
    const visible = await Promise.all(hits.map((hit) => kb.visibleIn(hit.id, account)));
    return hits.filter((_, i) => visible[i]);
  };
  return {
    // The ticket's account scopes every ranking: the lexical one before its top k, the meaning-based
    // hits after fusion.
    async searchTicket(ticket, top, mayLeave = true, lexicalTop) {
      const account = await accountOf(ticket.url);
      const search = await embeddings.searchTicket(ticket, top, lexicalTop ?? ((n) => kb.search(ticket, { top: n, account })), mayLeave);
      return { ...search, hits: await ownAccount(search.hits, account) };
    },
    lexicalTicket: async (ticket, top) => kb.search(ticket, { top, account: await accountOf(ticket.url) }),
    searchText: async (query, top, pageUrl) =>
      kb.search(query, { top, ...(pageUrl === undefined ? {} : { account: await accountOf(pageUrl) }) }),
    // The ids the sidebar can honestly report as a snippet's (stats): an article this page's account may be shown.
    hasSnippet: async (id, pageUrl) => kb.visibleIn(id, await accountOf(pageUrl)),
    async byIds(ids, ticket) {
      // A pinned id names an article; another account's article is not this ticket's to pin.
      const account = ticket ? await accountOf(ticket.url) : undefined;
      const articles = await Promise.all(ids.map((id) => kb.getArticle(id)));
      return articles
        .filter((article): article is Article => article !== undefined && (account === undefined || visibleIn(article.accounts, account)))
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
      'knowledge-import': ({ articles, source, accounts }) =>
        kb.importArticles(articles, { ...(source ? { source } : {}), ...(accounts ? { accounts } : {}) }),
      'knowledge-list': async ({ offset, limit }) => ({
        articles: await kb.listArticles({ offset, limit }),
        total: await kb.countArticles(),
      }),
      'knowledge-update': ({ article }) => kb.updateArticle(article),
      'knowledge-delete': ({ id }) => kb.deleteArticle(id),
      'knowledge-export': () => kb.exportJsonl(),
      'knowledge-clear': () => {
        embeddings.cancel();
        return kb.clear();
      },
      'knowledge-accounts-notice': async ({ dismiss }) => {
        if (dismiss) await kb.dismissAccountsNotice();
        return kb.accountsNotice();
      },
      'knowledge-embed': () => embeddings.start(),
      'knowledge-embed-status': () => embeddings.status(),
      ...knowledgeSyncHandlers(kb, accountOf),
    },
  };
}
