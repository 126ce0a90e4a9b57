// What the background answers to each request kind: the other half of ./protocol.ts. `ask()` infers its
// result from this map and the background's handlers are typed against it (src/background/router.ts),
// so a handler returning another shape, or a caller expecting one, fails to compile. Types only: the
// content script imports this file, and nothing here may pull code into its bundle.
import type { CustomerContextView } from '../context/view';
import type { TicketCue } from '../cue/types';
import type { Ticket } from '../ticket/schema';
import type { ConnectionVerdict, DraftSettings, ModelReading, ProviderConfig, RequestDescription } from '../drafts/index';
import type { Catalog, UiLocale } from '../i18n/index';
import type { Article, SearchHit } from '../knowledge/types';
import type { SyncProgress } from '../knowledge/sync/machine';
import type { PolishResult, TranslationResult } from '../polish/types';
import type { ThreadSummary } from '../summary/extractive';
import type { Summary } from '../stats/summary';
import type { SidebarSettings } from '../settings/sidebar-settings';
import type { RequestKind, TeamStatsConfig } from './protocol';

/** The sidebar's text in one UI language, with the names of ticket languages in it (no Intl in the page). */
export interface UiCatalogView {
  catalog: Catalog;
  languageNames: Readonly<Record<string, string>>;
}

/** The content script's start: its settings, and the catalog of the language they resolve to. */
export interface SidebarStartView {
  settings: SidebarSettings;
  locale: UiLocale;
  catalog: UiCatalogView;
}

/** The cue and snippets for a ticket (drafts come over the drafts port, ./drafts-port.ts). */
export interface TicketAnalysis {
  cue: TicketCue | null;
  snippets: SearchHit[];
  providerConfigured: boolean;
  /** The ticket is in the randomized holdout: no drafts, here or over the port (cue and snippets as usual). */
  holdout: boolean;
  /** Handle-personally with the hold-back setting on: no drafts are asked until the agent says so. */
  heldBack: boolean;
  /** The embedding request the knowledge search made, for "What was sent" (absent when none went out). */
  sent?: RequestDescription;
}

/**
 * The provider's reading of a held-back ticket: read (with "What was sent"), failed (the request went out:
 * it is listed too), or not asked and why (nothing left the browser).
 */
export type HeldReading =
  | { status: 'read'; reading: ModelReading; request: RequestDescription }
  | { status: 'failed'; problem: 'malformed' | 'unreachable'; message?: string; request: RequestDescription }
  | { status: 'not-asked'; why: 'holdout' | 'not-held' | 'off' | 'no-provider' | 'provisional' };

/** The provider configuration as stored, without its key. */
export type StoredProvider = Omit<ProviderConfig, 'apiKey' | 'fetch'> & {
  /** The one hostname an admin allowed over plain http (a LAN model server); see provider-endpoint.ts. */
  allowHttpHost?: string;
};

/** What the options page learns about the provider: never the key itself. */
export interface ProviderSummary {
  config: StoredProvider | null;
  hasKey: boolean;
  /** "…abcd": enough to recognise the key, not to use it. */
  keyHint: string | null;
}

/** An import's (or one import chunk's) counts. */
export interface ImportTotals {
  added: number;
  updated: number;
}

export interface EmbedStatus {
  running: boolean;
  done: number;
  total: number;
  /** The configured embedding model; null means the feature is off. */
  model: string | null;
  /** Vectors stored for the current embedding model. */
  stored: number;
  error?: string;
  /** What embedding the team's own knowledge base has sent this session: requests and characters (no ticket text). */
  sent: { requests: number; chars: number };
}

/** One step of a knowledge sync: the page's import and reconciliation, done or wait (src/knowledge/sync/machine.ts). */
export type { SyncProgress };

/** One upload of the stats outbox to the team's ClickHouse. */
export interface UploadResult {
  sent: number;
  pending: number;
  error?: string;
  /** Minutes until the next try after a failure. */
  retryInMinutes?: number;
}

/** What "Delete all my data" emptied, for the confirmation message. */
export interface DeleteAllResult {
  emptied: string[];
}

/** The answer to each request kind (inside the `Reply` envelope). */
export interface Responses {
  'analyze-ticket': TicketAnalysis;
  'held-reading': HeldReading;
  'search-knowledge': SearchHit[];
  /** The local, extractive summary of a long thread (null: nothing worth summarizing). */
  'summarize-thread': ThreadSummary | null;
  'polish-reply': PolishResult;
  'translate-reply': TranslationResult;
  'customer-context': CustomerContextView | null;
  'ui-catalog': UiCatalogView;
  'read-ticket-api': Ticket;
  'read-page': Ticket;
  start: SidebarStartView;
  'sidebar-settings': SidebarSettings;
  'sidebar-layout': SidebarSettings;
  'open-page': void;
  'knowledge-import': ImportTotals;
  'knowledge-list': { articles: Article[]; total: number };
  'knowledge-update': void;
  /** Whether an article with that id existed. */
  'knowledge-delete': boolean;
  /** The whole knowledge base as JSON Lines. */
  'knowledge-export': string;
  'knowledge-clear': void;
  /** How many articles the accounts upgrade moved to "all accounts" (0: nothing to say). */
  'knowledge-accounts-notice': number;
  'knowledge-embed': EmbedStatus;
  'knowledge-embed-status': EmbedStatus;
  'knowledge-sync-run': SyncProgress;
  'provider-get': ProviderSummary;
  'provider-save': ProviderSummary;
  'provider-remove': void;
  'provider-test': ConnectionVerdict;
  /** Model ids the provider lists. */
  'provider-models': string[];
  'draft-settings-get': DraftSettings;
  'draft-settings-save': DraftSettings;
  'stats-record': void;
  'stats-reply-sent': void;
  'delete-all-data': DeleteAllResult;
  /** The team's ClickHouse destination, passwords only as whether one is stored. */
  'team-stats-config-get': TeamStatsConfig;
  'team-stats-config-save': TeamStatsConfig;
  /** The lead's summary, computed by ClickHouse with the dashboard's definitions. */
  'team-stats-summary': Summary;
  'team-stats-upload': UploadResult;
}

/** The answer to request kind K. */
export type ResponseOf<K extends RequestKind> = Responses[K];

// Compile-time check that the map and the request union name the same kinds, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKinds: Same<keyof Responses, RequestKind> = true;
void sameKinds;
