// The generic knowledge sync, run by the background one page at a time: it names the same-origin path
// to GET next (the helpdesk tab makes the request, src/background/knowledge-sync.ts), reads the raw
// answer (status, Retry-After, text), imports what the page holds, and only then stores where to go on,
// so an interrupted run resumes at the page that failed. A run goes through the helpdesk's sources in order. A source's complete listing ends
// with deletion reconciliation (../macros/reconcile.ts): what the account's knowledge holds from that
// source and the helpdesk no longer lists is removed; a partial or incremental run removes nothing.
import { overLimit } from '../import/limits';
import type { Article } from '../types';
import { planReconcile } from '../macros/reconcile';
import { emptyPage } from './parse';
import { retryAfterMs } from './retry-after';
import type { KnowledgeSource, SourceProgress, SyncJob } from './source';

/** Longest wait a 429 may ask before the run stops (it resumes later where it stopped). */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;
/** 429s in a row on one path before the run stops. */
export const MAX_RATE_LIMITED = 3;
/**
 * Transient failures in a row on one source before a run passes it by (and its next run starts it afresh).
 * Three: one or two are a blip the agent's next click resumes from the cursor; a third on the same source
 * means the cursor or the source is stuck, and every later source would otherwise wait behind it forever.
 */
export const MAX_SOURCE_FAILURES = 3;

/**
 * A source this run passed by, for the agent: `no-access` (401/403, or 404 where its listing starts: no
 * permission, or the feature is off on the plan) or `failing` (MAX_SOURCE_FAILURES transient failures in a
 * row). Its articles stay as they were: nothing is reconciled for a listing that did not complete.
 */
export interface SkippedSource {
  source: string;
  reason: 'no-access' | 'failing';
  /** The last HTTP status (0: no answer; 2xx: an answer this source could not read). */
  status: number;
}

/** What the background keeps for one origin and account, behind the knowledge base. */
export interface SyncStore {
  load(): Promise<SyncJob | null>;
  save(job: SyncJob): Promise<void>;
  /** Imports into the syncing tab's account; known ids are updated. */
  import(articles: Article[]): Promise<{ added: number; updated: number }>;
  /** Ids (as the source names them) of the account's articles from `source`. */
  localIds(source: string): Promise<string[]>;
  /** Removes the account's articles from `source` with these ids; answers how many went. */
  remove(source: string, ids: string[]): Promise<number>;
}

export interface FetchedPage {
  path: string;
  status: number;
  retryAfter: string | null;
  body: string;
  /** Why there is no answer (status 0). */
  error?: unknown;
}

export interface SyncStep {
  /** What to fetch next (after `waitMs`), or null: the run is complete. */
  next: { path: string; waitMs: number } | null;
  /** The source the next path belongs to. */
  source: string | null;
  added: number;
  updated: number;
  removed: number;
  skipped: number;
  /** Records on the page that could not be imported: row within the source's run, and why. */
  issues: { file: string; row: number; reason: string }[];
  /** Sources this step passed by. */
  skippedSources: SkippedSource[];
}

/** One step as the sidebar sees it: this step's counts, and whether the run is complete or should wait first. */
export interface SyncProgress {
  added: number;
  updated: number;
  removed: number;
  skipped: number;
  issues: SyncStep['issues'];
  skippedSources: SkippedSource[];
  done: boolean;
  /** Wait this long before the next step (a 429's Retry-After). */
  waitMs: number;
}

const ISSUES_REPORTED = 20;
const NOTHING = { added: 0, updated: 0, removed: 0, skipped: 0, issues: [], skippedSources: [] };

export class KnowledgeSync {
  private readonly byId: Map<string, KnowledgeSource>;

  constructor(
    private readonly store: SyncStore,
    private readonly sources: readonly KnowledgeSource[],
    private readonly now: () => number = Date.now,
  ) {
    this.byId = new Map(sources.map((source) => [source.id, source]));
  }

  /** Resumes an interrupted run, or starts a new one through every source. */
  async start(): Promise<SyncStep> {
    const saved = await this.store.load();
    const job: SyncJob = saved?.pending.some((id) => this.byId.has(id))
      ? saved
      : { pending: this.sources.map((source) => source.id), sources: saved?.sources ?? {}, rateLimited: 0 };
    job.pending = job.pending.filter((id) => this.byId.has(id));
    const removed = await this.advance(job);
    await this.store.save(job);
    return this.answer(job, { ...NOTHING, removed });
  }

  /**
   * One step of a run: resume it (or start one), fetch its next path through `fetchPage` and take the
   * answer. One page a step, so the sidebar shows progress and a 429's wait happens between steps.
   */
  async step(fetchPage: (path: string) => Promise<FetchedPage>): Promise<SyncProgress> {
    const started = await this.start();
    if (!started.next) return { ...counts(started), done: true, waitMs: 0 };
    const path = started.next.path;
    // No answer at all (network, the tab gone) counts like a 5xx against the source (status 0).
    const page = await fetchPage(path).catch((error: unknown) => ({ path, status: 0, retryAfter: null, body: '', error }));
    const step = await this.accept(page);
    const total = counts(step);
    return { ...total, removed: total.removed + started.removed, done: step.next === null, waitMs: step.next?.waitMs ?? 0 };
  }

  /** The answer to the path this sync asked for last. */
  async accept(page: FetchedPage): Promise<SyncStep> {
    const job = await this.store.load();
    const id = job?.pending[0];
    const source = id ? this.byId.get(id) : undefined;
    const progress = id ? job?.sources[id] : undefined;
    if (!job || !source || !progress || progress.queue[0] !== page.path) {
      throw new Error(`unexpected page ${page.path}: start the sync again (is another tab of this helpdesk syncing?)`);
    }
    if (page.status === 429) return this.rateLimited(job, page);
    job.rateLimited = 0;
    // A folder or page listed a moment ago and deleted since answers 404: it holds nothing any more. Never
    // for where the run started, which answers 404 when the API itself is missing (an own domain's proxy,
    // the feature off on the plan): taken as empty, that would remove the whole source.
    const gone = page.status === 404 && !progress.roots.includes(page.path);
    if (page.status === 401 || page.status === 403 || (page.status === 404 && !gone)) {
      return this.passBy(job, { source: source.id, reason: 'no-access', status: page.status });
    }
    let read;
    try {
      if (page.status === 0) throw page.error instanceof Error ? page.error : new Error(`${page.path}: no answer`);
      if (!gone && (page.status < 200 || page.status > 299)) throw new Error(`${page.path}: HTTP ${page.status}`);
      read = gone ? emptyPage() : source.read(page.path, parseJson(page), (progress.memo ??= {}));
    } catch (error) {
      return this.failed(job, progress, page.status, error);
    }
    progress.failures = 0;
    // An article over ARTICLE_LIMITS is skipped and reported, as a file import's line would be (../import/limits.ts).
    const articles = read.articles.filter((article) => !overLimit(article));
    const reasons = [...read.issues, ...read.articles.flatMap((a) => (overLimit(a) ? [`"${a.title.slice(0, 80)}": ${overLimit(a)}`] : []))];
    const totals = articles.length ? await this.store.import(articles) : { added: 0, updated: 0 };
    const issues = reasons.map((reason, i) => ({ file: source.id, row: progress.rows + articles.length + i + 1, reason }));
    progress.rows += articles.length + reasons.length;
    progress.queue = [...read.follow, ...progress.queue.slice(1)];
    if (progress.full) progress.seen.push(...read.listed);
    if (read.unsure) progress.unsure = true;
    if (read.since !== undefined) progress.since = read.since;
    const removed = await this.advance(job);
    await this.store.save(job);
    return this.answer(job, { ...totals, removed, skipped: issues.length, issues: issues.slice(0, ISSUES_REPORTED), skippedSources: [] });
  }

  /**
   * A transient failure: the run stops and resumes from this page next time, unless the source has failed
   * MAX_SOURCE_FAILURES times in a row; then it is passed by so later sources still sync.
   */
  private async failed(job: SyncJob, progress: SourceProgress, status: number, error: unknown): Promise<SyncStep> {
    progress.failures = (progress.failures ?? 0) + 1;
    if (progress.failures >= MAX_SOURCE_FAILURES) return this.passBy(job, { source: job.pending[0]!, reason: 'failing', status });
    await this.store.save(job);
    throw error;
  }

  /**
   * Ends this run of the source without reconciling (its listing is incomplete) and with its cursor dropped,
   * so its next run starts from the beginning; the run goes on with the next source.
   */
  private async passBy(job: SyncJob, skipped: SkippedSource): Promise<SyncStep> {
    const progress = job.sources[skipped.source]!;
    progress.active = false;
    progress.queue = [];
    progress.seen = [];
    progress.failures = 0;
    job.pending.shift();
    const removed = await this.advance(job);
    await this.store.save(job);
    return this.answer(job, { ...NOTHING, removed, skippedSources: [skipped] });
  }

  private async rateLimited(job: SyncJob, page: FetchedPage): Promise<SyncStep> {
    const waitMs = retryAfterMs(page.retryAfter, this.now());
    job.rateLimited += 1;
    const giveUp = waitMs > MAX_RATE_LIMIT_WAIT_MS || job.rateLimited > MAX_RATE_LIMITED;
    if (giveUp) {
      job.rateLimited = 0;
      const error = new Error(`the helpdesk is rate-limiting (${Math.ceil(waitMs / 1000)} s); try again later`);
      return this.failed(job, job.sources[job.pending[0]!]!, page.status, error);
    }
    await this.store.save(job);
    return { ...NOTHING, next: { path: page.path, waitMs }, source: job.pending[0] ?? null };
  }

  /** Moves past finished sources (reconciling their full listings) to the next path; answers how many were removed. */
  private async advance(job: SyncJob): Promise<number> {
    let removed = 0;
    while (job.pending.length) {
      const id = job.pending[0]!;
      const source = this.byId.get(id)!;
      let progress = job.sources[id];
      if (!progress?.active) {
        const start = source.begin(progress ?? null, this.now());
        // A new run of this source keeps what the last one learned (since, fullAt) and starts its listing afresh.
        progress = job.sources[id] = {
          ...progress,
          ...start,
          roots: start.queue,
          active: true,
          seen: [],
          rows: 0,
          unsure: false,
          memo: {},
        };
      }
      if (progress.queue.length) return removed;
      // Unsure (a record without a readable id): keep everything rather than remove what may still be there.
      if (progress.full && !progress.unsure) {
        const plan = planReconcile(await this.store.localIds(id), progress.seen, true);
        if (plan.remove.length) removed += await this.store.remove(id, plan.remove);
        progress.fullAt = this.now();
      }
      progress.active = false;
      progress.seen = [];
      job.pending.shift();
    }
    return removed;
  }

  private answer(job: SyncJob, totals: Omit<SyncStep, 'next' | 'source'>): SyncStep {
    const id = job.pending[0];
    const path = id ? job.sources[id]?.queue[0] : undefined;
    return { ...totals, next: path ? { path, waitMs: 0 } : null, source: path ? id! : null };
  }
}

const counts = ({ added, updated, removed, skipped, issues, skippedSources }: SyncStep) => ({
  added,
  updated,
  removed,
  skipped,
  issues,
  skippedSources,
});

function parseJson(page: FetchedPage): unknown {
  try {
    return JSON.parse(page.body);
  } catch {
    // A custom domain or a login page answers HTML where the API should be.
    throw new Error(`${page.path}: not a JSON answer (is the helpdesk's API reachable from this page?)`);
  }
}

/** A stored job as written by this version, else null (an older help-center cursor starts over in full). */
export function asSyncJob(value: unknown): SyncJob | null {
  if (typeof value !== 'object' || value === null) return null;
  const job = value as Partial<SyncJob>;
  return Array.isArray(job.pending) && typeof job.sources === 'object' && job.sources !== null
    ? { pending: job.pending, sources: job.sources, rateLimited: job.rateLimited ?? 0 }
    : null;
}
