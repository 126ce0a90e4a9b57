// Help-center sync from inside a Zendesk tab, with the agent's session: pages through the Help Center
// API (incremental since the last sync, or everything), hands each page's articles to the caller to
// store, and returns a cursor so an interrupted sync resumes where it stopped.
import { zendeskArticle } from './import/json';
import type { ImportIssue } from './import/types';
import type { Article } from './types';

/** Same-origin GET of a helpdesk API path, returning parsed JSON (the caller adds the session). */
export type FetchJson = (path: string, init: { signal?: AbortSignal }) => Promise<unknown>;

export interface SyncCursor {
  /** The next page to fetch (a path on the helpdesk's origin), or null when the sync finished. */
  next: string | null;
  /** Unix seconds to pass as start_time next time (the incremental endpoint's end_time). */
  since?: number;
}

export interface SyncProgress {
  pages: number;
  articles: number;
  /** Where to resume if the sync stops after this page: save it. */
  cursor: SyncCursor;
}

export interface SyncOptions {
  /** Only articles changed since this time (Unix seconds); without it, all articles. */
  since?: number;
  /** Resume an interrupted sync. */
  cursor?: SyncCursor;
  /** Called with each page's articles, e.g. to import them; a throw stops the sync (resume with the cursor). */
  onPage?: (articles: Article[]) => Promise<void> | void;
  onProgress?: (progress: SyncProgress) => void;
  signal?: AbortSignal;
  maxPages?: number;
}

export interface SyncResult {
  cursor: SyncCursor;
  done: boolean;
  progress: { pages: number; articles: number };
  issues: ImportIssue[];
}

const FILE = 'zendesk-help-center';

export function firstPage(since?: number): string {
  return since === undefined
    ? '/api/v2/help_center/articles.json?per_page=100'
    : `/api/v2/help_center/incremental/articles.json?start_time=${Math.floor(since)}`;
}

/** Only paths on the same origin are followed: a next_page elsewhere is reduced to its path. */
function samePath(next: string): string {
  const url = new URL(next, 'https://helpdesk.invalid');
  if (!url.pathname.startsWith('/api/v2/help_center/')) throw new Error(`unexpected next page ${url.pathname}`);
  return url.pathname + url.search;
}

export async function syncZendeskHelpCenter(fetchJson: FetchJson, options: SyncOptions = {}): Promise<SyncResult> {
  const startedAt = Math.floor(Date.now() / 1000);
  let cursor: SyncCursor = options.cursor ?? { next: firstPage(options.since) };
  const progress = { pages: 0, articles: 0 };
  const issues: ImportIssue[] = [];
  const maxPages = options.maxPages ?? 1000;
  while (cursor.next && progress.pages < maxPages) {
    if (options.signal?.aborted) return { cursor, done: false, progress, issues };
    const page = (await fetchJson(cursor.next, options.signal ? { signal: options.signal } : {})) as {
      articles?: unknown; next_page?: unknown; end_time?: unknown; end_of_stream?: unknown;
    } | null;
    if (!page || !Array.isArray(page.articles)) throw new Error(`${cursor.next}: not a Help Center articles page`);
    const articles: Article[] = [];
    page.articles.forEach((record, i) => {
      const article = zendeskArticle(record);
      if (typeof article === 'string') issues.push({ file: FILE, row: progress.articles + i + 1, reason: article });
      else articles.push(article);
    });
    await options.onPage?.(articles);
    progress.pages += 1;
    progress.articles += page.articles.length;
    const endTime = typeof page.end_time === 'number' ? page.end_time : undefined;
    const last = page.end_of_stream === true || typeof page.next_page !== 'string' || samePath(page.next_page) === cursor.next;
    const since = endTime ?? cursor.since;
    cursor = { next: last ? null : samePath(page.next_page as string), ...(since !== undefined ? { since } : {}) };
    options.onProgress?.({ ...progress, cursor });
  }
  const done = cursor.next === null;
  if (done && cursor.since === undefined) cursor = { next: null, since: startedAt };
  return { cursor, done, progress, issues };
}
