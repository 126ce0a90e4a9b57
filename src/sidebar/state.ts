// What the sidebar shows. The content script owns an instance and re-renders on change; the
// components only read it and call `SidebarActions`. Kept free of browser APIs so the UI also runs
// in a plain page and in unit tests.
import type { TicketCue } from '../cue/types';
import type { SearchHit } from '../knowledge/types';
import type { ReportedFields } from '../stats/events';
import type { Ticket } from '../ticket/schema';

export type Panel<T> =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

export interface DraftView {
  id: string;
  text: string;
  streaming: boolean;
  citations: string[];
  flags: { kind: string; detail: string }[];
}

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
  /** The ticket is in the stats' randomized holdout: the drafts panel says so instead of showing drafts. */
  holdout?: boolean;
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
  /** Reports a stats event on the active ticket, e.g. `{ type: 'suggestion-dismissed', suggestionId }`. */
  recordEvent?(fields: ReportedFields): void;
  /** Opens the stats dashboard. Optional: without it the sidebar shows no dashboard button. */
  openDashboard?(): void;
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
