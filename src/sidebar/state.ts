// What the sidebar shows. The content script owns an instance and re-renders on change; the
// components only read it and call `SidebarActions`. Kept free of browser APIs so the UI also runs
// in a plain page and in unit tests.
import type { TicketCue } from '../cue/types';
import type { SearchHit } from '../knowledge/types';
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

/** A help-center sync started from this tab: running, finished, or stopped (it resumes on the next start). */
export type HelpCenterSyncView =
  | { status: 'running'; articles: number }
  | { status: 'done'; added: number; updated: number; skipped: number }
  | { status: 'failed'; message: string };

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
  /** The last help-center sync from this tab, if any. */
  helpCenterSync?: HelpCenterSyncView;
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
  /** Sync the knowledge base from this helpdesk's help center. Optional: offered on Zendesk only. */
  syncHelpCenter?(): void;
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
