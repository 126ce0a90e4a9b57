// Zendesk Help Center articles as a knowledge source (background only; the content script only fetches
// the paths named here). Live evidence: the Help Center API reference (List Articles, `per_page` up to
// 100, `next_page` URLs; Incremental Article Export with `start_time`, `end_time`, `end_of_stream`),
// as the fixtures in tests/fixtures/zendesk/api mirror. The incremental export reports changes, not
// deletions, so a full listing runs at least once a day and reconciles what was deleted.
import * as z from 'zod/mini';
import { zendeskArticle } from '../../knowledge/import/json';
import { emptyPage, keepUnreadable, parseAnswer } from '../../knowledge/sync/parse';
import type { KnowledgeSource, SourcePage } from '../../knowledge/sync/source';
import { apiPathFromNextPage } from './urls';

export const helpCenterPaths = {
  /** Every Help Center article, 100 a page (the most the API gives). */
  articles: () => '/api/v2/help_center/articles.json?per_page=100',
  /** Articles changed since `since` (Unix seconds), for an incremental sync. */
  changedSince: (since: number) => `/api/v2/help_center/incremental/articles.json?start_time=${Math.floor(since)}`,
};

/** A full listing again after this long, so deletions the incremental export never reports are noticed. */
export const FULL_LISTING_EVERY_MS = 24 * 3600 * 1000;

const ArticlesPage = z.object({
  articles: z.array(z.unknown()),
  next_page: z.optional(z.nullable(z.string())),
  end_time: z.optional(z.nullable(z.number())),
  end_of_stream: z.optional(z.nullable(z.boolean())),
});

/** A Help Center `next_page` URL (or a saved path) as a same-origin path, or null when it leaves the Help Center API. */
export function helpCenterPathFromNextPage(next: string): string | null {
  const path = apiPathFromNextPage(next);
  return path?.startsWith('/api/v2/help_center/') ? path : null;
}

export const zendeskHelpCenter: KnowledgeSource = {
  id: 'zendesk-help-center',
  begin(previous, now) {
    const recentFull = previous?.fullAt !== undefined && now - previous.fullAt < FULL_LISTING_EVERY_MS;
    if (recentFull && previous?.since !== undefined) return { queue: [helpCenterPaths.changedSince(previous.since)], full: false };
    return { queue: [helpCenterPaths.articles()], full: true, since: Math.floor(now / 1000) };
  },
  read(path, body): SourcePage {
    const { articles: records, next_page, end_time, end_of_stream } = parseAnswer(ArticlesPage, body, path, 'a Help Center articles page');
    const next = next_page ? helpCenterPathFromNextPage(next_page) : null;
    if (next_page && next === null) throw new Error(`unexpected next page ${next_page}`);
    // The incremental feed's last page is empty or points at itself.
    const last = next === null || next === path || end_of_stream === true || records.length === 0;
    const page = emptyPage();
    for (const record of records) {
      const article = zendeskArticle(record);
      if (typeof article === 'string') keepUnreadable(page, record, String, article);
      else {
        page.articles.push(article);
        page.listed.push(article.id);
      }
    }
    if (!last) page.follow = [next];
    if (typeof end_time === 'number') page.since = end_time;
    return page;
  },
};
