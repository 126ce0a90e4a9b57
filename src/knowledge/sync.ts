// Help-center sync: pages through a Zendesk Help Center's articles (everything, or only what changed
// since the last sync) with a same-origin GET, and hands each page's raw records and the cursor after
// it to the caller, who stores both. Runs in the content script, where the agent's session is; the
// records are converted and imported in the background. Kept free of the importers so the content
// script stays small.
import type { FetchJson } from '../helpdesks/adapter';
import { apiPaths, helpCenterPathFromNextPage } from '../helpdesks/zendesk/urls';

export interface SyncCursor {
  /** The next page to fetch (a Help Center API path on the helpdesk's origin), or null when the sync finished. */
  next: string | null;
  /**
   * Unix seconds to ask for changes from next time: when a full sync started, or the incremental
   * endpoint's end_time. Set from the first page on, so a resumed sync misses nothing.
   */
  since?: number;
}

export interface SyncPage {
  records: unknown[];
  /** Where to resume once this page is stored. */
  cursor: SyncCursor;
  /** Records on earlier pages of this run, to number rows in reports. */
  offset: number;
}

export interface SyncOptions {
  /** Where the last sync stopped or finished; without it, a full sync. */
  cursor?: SyncCursor | null;
  /** Stores a page; a throw stops the sync, which resumes from the last stored cursor. */
  onPage: (page: SyncPage) => Promise<void>;
  signal?: AbortSignal;
  maxPages?: number;
}

export interface SyncRun {
  cursor: SyncCursor;
  done: boolean;
  pages: number;
  records: number;
}

interface ArticlesPage {
  articles?: unknown;
  next_page?: unknown;
  end_time?: unknown;
  end_of_stream?: unknown;
}

/** Where a sync starts: the saved page of an interrupted one, changes since a finished one, or everything. */
export function startCursor(saved: SyncCursor | null | undefined, now = Date.now()): SyncCursor {
  if (saved?.next) return saved;
  if (saved?.since !== undefined) return { next: apiPaths.helpCenterChangedSince(saved.since), since: saved.since };
  return { next: apiPaths.helpCenterArticles(), since: Math.floor(now / 1000) };
}

export async function syncHelpCenter(fetchJson: FetchJson, options: SyncOptions): Promise<SyncRun> {
  let cursor = startCursor(options.cursor);
  let pages = 0;
  let records = 0;
  const maxPages = options.maxPages ?? 1000;
  while (cursor.next && pages < maxPages) {
    if (options.signal?.aborted) break;
    const path = helpCenterPathFromNextPage(cursor.next);
    if (path !== cursor.next) throw new Error(`refusing to fetch ${cursor.next}: not a Help Center API path`);
    const page = (await fetchJson(path, options.signal)) as ArticlesPage | null;
    if (!page || typeof page !== 'object' || !Array.isArray(page.articles)) throw new Error(`${path}: not a Help Center articles page`);
    cursor = nextCursor(cursor, page as ArticlesPage & { articles: unknown[] });
    await options.onPage({ records: page.articles, cursor, offset: records });
    pages += 1;
    records += page.articles.length;
  }
  return { cursor, done: cursor.next === null, pages, records };
}

function nextCursor(current: SyncCursor, page: ArticlesPage & { articles: unknown[] }): SyncCursor {
  const next = typeof page.next_page === 'string' ? helpCenterPathFromNextPage(page.next_page) : null;
  if (typeof page.next_page === 'string' && next === null) throw new Error(`unexpected next page ${page.next_page}`);
  // An incremental page tells where the next sync starts; a full sync keeps its start time.
  const since = typeof page.end_time === 'number' ? page.end_time : current.since;
  // The incremental feed's last page is empty or points at itself.
  const last = next === null || next === current.next || page.end_of_stream === true || page.articles.length === 0;
  return { next: last ? null : next, ...(since !== undefined ? { since } : {}) };
}
