// What one kind of team knowledge on a helpdesk (help-center articles, macros, canned responses,
// solution articles) tells the generic sync (./machine.ts): where a run starts and how one fetched
// page reads. Each helpdesk's sources live with its REST knowledge (src/helpdesks/<helpdesk>/*-api.ts);
// they run in the background only, on the raw text the content script fetched with the agent's session.
import type { Article } from '../types';

export interface SourceStart {
  /** The first API paths of the run (same-origin, under /api/v2/). */
  queue: string[];
  /** A complete listing: when it ends, what it did not list is removed from the account's knowledge. */
  full: boolean;
  /** Unix seconds the next incremental run asks changes from (incremental sources only). */
  since?: number;
}

export interface SourcePage {
  articles: Article[];
  /** Records that could not become snippets, and why (reported, never imported). */
  issues: string[];
  /** Ids of what the helpdesk still has on this page, as `articles` name them (for reconciliation). */
  listed: string[];
  /** Paths to fetch before whatever is queued: the next page, a folder's items, a record's details. */
  follow: string[];
  /** Where the next incremental run starts, when the page says. */
  since?: number;
  /** A record's id could not be read: this listing cannot tell what the helpdesk no longer has (./parse.ts). */
  unsure?: boolean;
}

export interface KnowledgeSource {
  /** Also the `source` of the articles it makes, which reconciliation and the sidebar's badge go by. */
  readonly id: string;
  begin(previous: SourceProgress | null, now: number): SourceStart;
  /**
   * Reads one page fetched from `path`; throws when the body is not that endpoint's shape. `memo` is what
   * the source noted on earlier pages of this run (e.g. a folder's depth), stored with the run's progress.
   */
  read(path: string, body: unknown, memo?: Record<string, number>): SourcePage;
}

/** One source's place in a run, stored after every page so an interrupted run resumes. */
export interface SourceProgress {
  /** Paths still to fetch; the first is the one the content script was sent. */
  queue: string[];
  /** Where this run of the source started (a 404 there is an error, never an empty listing). */
  roots: string[];
  full: boolean;
  active: boolean;
  /** Ids listed so far in a full listing. */
  seen: string[];
  /** A page of this run held a record without a readable id: its end reconciles nothing. */
  unsure?: boolean;
  /** The source's own notes for this run (KnowledgeSource.read's `memo`). */
  memo?: Record<string, number>;
  /** Records read so far in this run, to number reported rows. */
  rows: number;
  since?: number;
  /** Epoch ms the last complete full listing ended. */
  fullAt?: number;
  /** Transient failures (5xx, network, an unreadable answer) in a row on this source's pages. */
  failures?: number;
}

/** The sync of one helpdesk origin: the sources still to run in this run, in order, and each one's progress. */
export interface SyncJob {
  pending: string[];
  sources: Record<string, SourceProgress>;
  /** 429 answers in a row for the current path. */
  rateLimited: number;
}
