// What the sidebar shows. The content script owns an instance and re-renders on change; the
// components only read it and call `SidebarActions`. Kept free of browser APIs so the UI also runs
// in a plain page and in unit tests.
import type { TicketCue } from '../cue/types';
import type { RequestDescription } from '../drafts/prompt';
import type { ModelReading } from '../drafts/schema';
import type { DraftTool } from '../drafts/tool-names';
import type { SearchHit } from '../knowledge/types';
import type { SkippedSource } from '../knowledge/sync/machine';
import type { DraftProblem, DraftView } from '../messaging/drafts-updates';
import type { ReportedFields } from '../stats/events';
import type { Ticket } from '../ticket/schema';
import type { CustomerContextView } from '../context/view';
import type { ThreadSummary } from '../summary/extractive';
import type { PolishEdit } from '../polish/types';

/** An error's `message` may be a catalog key with its `params` (src/i18n `say`). */
export type Panel<T> =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; message: string; params?: Record<string, string | number> }
  | { status: 'ready'; data: T };

/** About the drafts as a whole: where they came from and what happened on the way. */
export interface DraftsInfo {
  /** A model provider is configured: tools that rewrite with a model are offered. */
  providerConfigured: boolean;
  /** The model failed and the drafts shown are offline ones. */
  error?: DraftProblem;
  /** The provider is busy (429/5xx): when the background tries again (epoch ms). */
  retryAt?: number;
  /** "What was sent": the exact redacted request behind the drafts shown. */
  request?: RequestDescription;
  /** Held back on a handle-personally ticket: no request was made. */
  held?: boolean;
}

/**
 * A knowledge sync (help center, macros, canned responses, solution articles) started from this tab:
 * running, finished, or stopped (it resumes on the next start).
 */
export type HelpCenterSyncView = (
  | { status: 'running'; articles: number }
  | { status: 'done'; added: number; updated: number; removed: number; skipped: number }
  | { status: 'failed'; message: string }
) & {
  /** Sources the finished run passed by (set once it is done). */
  passedBy?: SkippedSource[];
};

// The drafts' wire types are the sidebar's too (one definition, in messaging).
export type { DraftProblem, DraftView };

export interface SidebarState {
  /** The active ticket, or why it cannot be read (a page that is not a ticket, a changed layout). */
  ticket: Panel<Ticket>;
  cue: Panel<TicketCue>;
  snippets: Panel<SearchHit[]>;
  drafts: Panel<DraftView[]>;
  /** Which channel the reply box is on; Souffleur never switches it. */
  composerMode: 'public' | 'internal' | null;
  /** A short-lived message after an action, e.g. "Inserted" or "Copied: the reply box was not found". */
  notice: { kind: 'info' | 'warning'; text: string } | null;
  /** Snippets the agent pinned for the drafts (SearchHit ids); shown as pinned in the snippets panel. */
  pinnedSnippetIds: string[];
  /** Absent until the first analysis answers. */
  draftsInfo?: DraftsInfo;
  /** Requests the analysis made (the knowledge query's embedding), for "What was sent". */
  sent?: RequestDescription[];
  /** The provider's own reading of the ticket, shown beside the local cue; absent without model drafts. */
  providerReading?: ModelReading;
  /** The separate reading of a held-back ticket was asked and did not come back usable (the cue says so). */
  providerReadingFailed?: boolean;
  /** The ticket is in the stats' randomized holdout: the drafts panel says so instead of showing drafts. */
  holdout?: boolean;
  /** The last knowledge sync from this tab, if any. */
  helpCenterSync?: HelpCenterSyncView;
  /** The requester's earlier tickets; an error's message is a HistoryProblem (src/context/view.ts). */
  customerContext?: Panel<CustomerContextView>;
  /** The extractive summary of a long thread (6+ messages); empty for shorter ones. */
  threadSummary?: Panel<ThreadSummary>;
  /** The provider's summary of the public messages, asked by the agent; absent until then. */
  modelSummary?: ModelSummaryView;
  /** Edits proposed to the agent's own reply, after they asked (Polish my reply). */
  polish?: PolishView;
  translation?: TranslationView;
}

/** An edit and what the agent decided; `stale`: the words changed in the editor before it was applied. */
export type PolishEditView = PolishEdit & { decision?: 'accepted' | 'rejected' | 'stale' };

export type PolishView =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `language` null: no dictionary for the reply's language, so no spelling edits. */
  | { status: 'ready'; edits: PolishEditView[]; language: string | null; providerError?: string; sent?: RequestDescription };

/** The agent's reply translated into the customer's language, beside the original (which stays in the reply box). */
export type TranslationView =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; original: string; text: string; language: string; sent: RequestDescription };

export interface ModelSummaryView {
  status: 'streaming' | 'done' | 'failed';
  text: string;
  /** The draft checks' findings on it (promises, links, placeholders, injected text). */
  flags?: { kind: string; detail: string }[];
  /** Why it failed: 'no-provider', 'holdout', 'held' or 'failed'. */
  problem?: string;
}

export interface SidebarActions {
  insert(text: string, origin: { kind: 'draft' | 'snippet'; id: string }): void;
  copy(text: string, origin: { kind: 'draft' | 'snippet'; id: string }): void;
  rateDraft(id: string, rating: 'up' | 'down', reason?: string): void;
  rateCue(helpful: boolean): void;
  retry(panel: 'ticket' | 'cue' | 'snippets' | 'drafts'): void;
  dismissNotice(): void;
  /** The agent's own knowledge-base query; '' goes back to the ticket-based results. */
  search(query: string): void;
  /** Pin a snippet for the drafts. Optional: without it the sidebar shows no pin buttons. */
  pinSnippet?(id: string, pinned: boolean): void;
  /** Run a tool on a draft; the result replaces it. Optional: without it no tool buttons. */
  reviseDraft?(id: string, tool: DraftTool): void;
  /** Start the drafts that were held back on a handle-personally ticket. */
  showHeldDrafts?(): void;
  /** Reports a stats event on the active ticket, e.g. `{ type: 'suggestion-dismissed', suggestionId }`. */
  recordEvent?(fields: ReportedFields): void;
  /** Opens the stats dashboard. Optional: without it the sidebar shows no dashboard button. */
  openDashboard?(): void;
  /** Sync the team's knowledge from this helpdesk (help center, macros, canned responses, solutions). Optional. */
  syncHelpCenter?(): void;
  /** Read the requester's earlier tickets again after a failure. */
  retryCustomerContext?(): void;
  /** Ask the thread summary again after a failure. */
  retrySummary?(): void;
  /** Ask the provider for a summary of the public messages (offered only with a provider). */
  askModelSummary?(): void;
  /** Read the reply box and propose edits to the agent's own words. Optional: without it no Polish section. */
  polishReply?(): void;
  /** Accept (apply in the reply box) or reject one proposed edit; nothing changes without this. */
  decideEdit?(id: string, accept: boolean): void;
  acceptAllEdits?(): void;
  /** Translate the reply box's text into the customer's language (shown beside it; offered with a provider). */
  translateReply?(): void;
  /** Copy the translation for the agent to paste; nothing is inserted on its own. */
  copyTranslation?(): void;
}

export const initialSidebarState: SidebarState = {
  ticket: { status: 'loading' },
  cue: { status: 'loading' },
  snippets: { status: 'empty' },
  drafts: { status: 'empty' },
  composerMode: null,
  notice: null,
  pinnedSnippetIds: [],
};
