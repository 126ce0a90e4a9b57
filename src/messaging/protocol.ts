// Every message the content script or an extension page may send to the background. The background
// validates each one with these schemas and checks who sent it (src/background/router.ts): a content
// script lives in a page we do not control, so its messages are untrusted input.
import * as z from 'zod/mini';
import { ReportedFieldsSchema } from '../stats/events';
import { MAX_STATS_RECORDS } from './stats-batch';
import { Helpdesk, Ticket } from '../ticket/schema';
import { limited } from '../ticket/limits';
import { ARTICLE_LIMITS } from '../knowledge/article-limits';
import { PageTicket } from '../ticket/page-schema';
import { DraftSettings } from '../drafts/settings';
import { UI_LOCALES } from '../i18n/index';

/** The sidebar's locale tag ("en", "pt-BR"): short, so a page cannot make it a cache key or log line of any size. */
const UiLang = z.string().check(z.maxLength(20));

export const AnalyzeTicket = z.object({
  kind: z.literal('analyze-ticket'),
  ticket: Ticket,
  uiLang: UiLang,
  /** Epoch ms of the agent's retry: an analysis of this conversation state made before it is not joined. */
  notBefore: z.optional(z.number()),
});

/**
 * The provider's reading of a ticket whose drafts are held back (src/background/held-reading.ts). The
 * background decides again whether anything may leave: held back, not in the holdout, opted in.
 */
export const HeldReadingRequest = z.object({ kind: z.literal('held-reading'), ticket: Ticket, uiLang: UiLang });

export const SearchKnowledge = z.object({
  kind: z.literal('search-knowledge'),
  query: z.string().check(z.maxLength(2000)),
  uiLang: UiLang,
});

/** The sidebar's text in the agent's language: the content script carries no catalog (bundle size). */
export const UiCatalog = z.object({ kind: z.literal('ui-catalog'), locale: z.enum(UI_LOCALES) });

/**
 * The content script's start, one message (each runtime.sendMessage costs the helpdesk page's main thread its
 * bindings' work, docs/main-thread-budget.md): the sidebar's settings and the catalog of the language they
 * resolve to with the browser's `languages` (navigator.languages), which the background cannot read.
 */
export const SidebarStart = z.object({
  kind: z.literal('start'),
  languages: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
});

/** The settings the sidebar reads (language, theme, layout, hold-back), with the admin's policy applied. */
export const SidebarSettingsGet = z.object({ kind: z.literal('sidebar-settings') });

/** The agent collapsed or resized the sidebar. */
export const SidebarLayoutSave = z.object({
  kind: z.literal('sidebar-layout'),
  collapsed: z.optional(z.boolean()),
  width: z.optional(z.number().check(z.gte(0), z.lte(10_000))),
});

export const OpenExtensionPage = z.object({
  kind: z.literal('open-page'),
  page: z.enum(['options', 'dashboard']),
});

// Acceptance stats, from the content script. Short labels only: the background hashes the ticket id and adds
// the agent, so nothing here names a customer. (The event shapes are the stats log's own, see ReportedFieldsSchema.)
const Label = z.string().check(z.maxLength(100));
const StatsTicket = z.object({
  // One of the registry's helpdesks: the name goes into the events and the team's ClickHouse as given.
  helpdesk: Helpdesk,
  ticketId: z.string().check(z.minLength(1), z.maxLength(200)),
  language: z.optional(Label),
  emotion: z.optional(Label),
});
export type StatsTicket = z.infer<typeof StatsTicket>;
const StatsRecordItem = z.object({ ticket: StatsTicket, event: ReportedFieldsSchema });
export type StatsRecordItem = z.infer<typeof StatsRecordItem>;
/** A page's events, queued a moment and sent together (src/content/stats.ts), in the order they happened. */
export const StatsRecord = z.object({
  kind: z.literal('stats-record'),
  records: z.array(StatsRecordItem).check(z.minLength(1), z.maxLength(MAX_STATS_RECORDS)),
});
/**
 * The agent's reply appeared after they inserted a draft. Both texts come to the background so the content
 * script stays small (the word-level comparison is not tiny); the background keeps only the similarity and its
 * class, never the texts. Capped: a comparison beyond the first words adds nothing (see similarity.ts).
 */
export const StatsReplySent = z.object({
  kind: z.literal('stats-reply-sent'),
  ticket: StatsTicket,
  suggestionId: z.string().check(z.minLength(1), z.maxLength(200)),
  draft: z.string().check(z.maxLength(50_000)),
  sent: z.string().check(z.maxLength(50_000)),
  msSinceTicketOpened: z.number().check(z.gte(0)),
});

const A = ARTICLE_LIMITS;
const Article = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(A.storedIdChars)),
  title: limited(A.titleChars),
  body: limited(A.bodyChars),
  url: z.optional(limited(A.urlChars)),
  language: z.optional(limited(A.languageChars)),
  tags: z.optional(z.array(limited(A.tagChars)).check(z.maxLength(A.tags))),
  source: z.optional(limited(A.sourceChars)),
  updated: z.optional(limited(A.updatedChars)),
  accounts: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(100))),
});
const articleChars = (articles: { title: string; body: string }[]) => articles.reduce((sum, a) => sum + a.title.length + a.body.length, 0);

// Knowledge base management, from the options page only: the background is the one writer of the
// knowledge base, so its in-memory index is never stale.
export const KnowledgeImport = z.object({
  kind: z.literal('knowledge-import'),
  articles: z.array(Article).check(
    z.maxLength(A.articlesPerMessage),
    z.refine((articles) => articleChars(articles) <= A.charsPerMessage, 'articles over the size of one message'),
  ),
  source: z.optional(limited(A.sourceChars)),
  /** The helpdesk accounts the admin chose ("zendesk:acme", or "*" for all); absent: all accounts. */
  accounts: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(100))),
});
export const KnowledgeList = z.object({
  kind: z.literal('knowledge-list'),
  offset: z.number().check(z.int(), z.gte(0)),
  limit: z.number().check(z.int(), z.gte(1), z.lte(500)),
});
export const KnowledgeUpdate = z.object({ kind: z.literal('knowledge-update'), article: Article });
export const KnowledgeDelete = z.object({ kind: z.literal('knowledge-delete'), id: limited(A.storedIdChars) });
export const KnowledgeExport = z.object({ kind: z.literal('knowledge-export') });
export const KnowledgeClear = z.object({ kind: z.literal('knowledge-clear') });
/** How many articles the accounts upgrade moved to "all accounts" (0: nothing to say); `dismiss` clears it. */
export const KnowledgeAccountsNotice = z.object({ kind: z.literal('knowledge-accounts-notice'), dismiss: z.optional(z.boolean()) });
/** Optional embeddings: start (or join) embedding the passages lacking a vector; poll the status for progress. */
export const KnowledgeEmbed = z.object({ kind: z.literal('knowledge-embed') });
export const KnowledgeEmbedStatus = z.object({ kind: z.literal('knowledge-embed-status') });

// The knowledge sync (help center, macros, canned responses, solution articles), from a helpdesk tab's
// content script, one step at a time: the background fetches the next page through that tab
// (page-fetch), imports it and answers the counts (src/background/knowledge-sync.ts).
export const KnowledgeSyncRun = z.object({ kind: z.literal('knowledge-sync-run') });

// The model provider, from the options page only. The key goes in, never out.
const ProviderConfig = z.object({
  kind: z.enum(['openai', 'azure', 'compatible']),
  model: limited(200),
  baseUrl: z.optional(limited(2_048)),
  azureEndpoint: z.optional(limited(2_048)),
  azureApiVersion: z.optional(limited(100)),
  timeoutMs: z.optional(z.number().check(z.gte(1000), z.lte(300_000))),
  maxTokens: z.optional(z.number().check(z.int(), z.gte(16), z.lte(32_000))),
  embeddingModel: z.optional(z.string().check(z.maxLength(200))),
  allowHttpHost: z.optional(z.string().check(z.maxLength(253))),
});
export const ProviderGet = z.object({ kind: z.literal('provider-get') });
export const ProviderSave = z.object({
  kind: z.literal('provider-save'),
  config: ProviderConfig,
  /** A new key; null removes it; absent keeps the stored one. */
  apiKey: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
});
export const ProviderRemove = z.object({ kind: z.literal('provider-remove') });
/** Tests a configuration before saving it; without `apiKey` the stored key is used. */
export const ProviderTest = z.object({ kind: z.literal('provider-test'), config: ProviderConfig, apiKey: z.optional(limited(500)) });
export const ProviderModels = z.object({ kind: z.literal('provider-models'), config: ProviderConfig, apiKey: z.optional(limited(500)) });

// The team's draft settings (tone, formality, signature, facts, offline phrasing), from the options page only.
export const DraftSettingsGet = z.object({ kind: z.literal('draft-settings-get') });
export const DraftSettingsSave = z.object({ kind: z.literal('draft-settings-save'), settings: DraftSettings });

// The requester's earlier tickets: the background reads them through the asking tab's GETs (page-fetch),
// makes the sidebar's view and the repeated-contact check (src/background/customer-history.ts,
// src/context/history.ts, src/cue/triggers-history.ts).
export const CustomerContextRequest = z.object({
  kind: z.literal('customer-context'),
  ticket: Ticket,
  /** The sidebar's language, for the dates (written in the background: no Intl object in the page). */
  locale: z.optional(z.enum(UI_LOCALES)),
});

// The open ticket's whole thread over its helpdesk's REST API (src/background/ticket-api.ts): the page's
// reading goes in, the merged ticket comes out; the GETs are made by the asking tab (page-fetch).
export const ReadTicketApi = z.object({ kind: z.literal('read-ticket-api'), ticket: Ticket });

// The page's reading, each message's body as HTML (src/ticket/page-ticket.ts): the background reads the texts with
// the REST reading's code (src/helpdesks/page-text.ts) and answers the Ticket.
export const ReadPage = z.object({ kind: z.literal('read-page'), page: PageTicket });

// The extractive thread summary (src/summary), from the content script: local, no provider.
export const SummarizeThread = z.object({ kind: z.literal('summarize-thread'), ticket: Ticket });

// Polishing the agent's own reply (src/background/polish.ts): the text from the composer, the ticket
// for its language and names. Answered with small edits; nothing leaves the browser offline.
export const PolishReply = z.object({
  kind: z.literal('polish-reply'),
  text: z.string().check(z.maxLength(20_000)),
  ticket: Ticket,
  /** The local cue's emotion, when not neutral: the model may suggest an acknowledgement for it. */
  customerFeels: z.optional(z.enum(['positive', 'confusion', 'anxiety', 'disappointment', 'frustration', 'anger'])),
});
// The agent's reply translated into the customer's language, on request (provider only).
export const TranslateReply = z.object({ kind: z.literal('translate-reply'), text: z.string().check(z.maxLength(20_000)), ticket: Ticket });

// "Delete all my data", from the dashboard or the options page: the background empties every store it keeps.
export const DeleteAllData = z.object({ kind: z.literal('delete-all-data') });

// The team's ClickHouse (src/background/stats-team.ts), from extension pages only. Passwords go in, never out:
// `get` says only whether one is stored; an absent password in `save` keeps the stored one, '' removes it.
const Secret = z.optional(z.string().check(z.maxLength(500)));
/** The answer to team-stats-config-get and -save. */
export interface TeamStatsConfig {
  url: string;
  user: string;
  hasPassword: boolean;
  leadUser: string;
  hasLeadPassword: boolean;
  /** The origin to ask host permission for; null when the URL is unset or not acceptable. */
  origin: string | null;
  pending: number;
}
export const TeamStatsConfigGet = z.object({ kind: z.literal('team-stats-config-get') });
export const TeamStatsConfigSave = z.object({
  kind: z.literal('team-stats-config-save'),
  url: z.string().check(z.maxLength(2000)),
  user: z.string().check(z.maxLength(200)),
  password: Secret,
  leadUser: z.optional(z.string().check(z.maxLength(200))),
  leadPassword: Secret,
});
const TeamFilter = z.object({
  from: z.optional(z.number()),
  to: z.optional(z.number()),
  agentIds: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100))),
  helpdesks: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20))),
});
export const TeamStatsSummary = z.object({
  kind: z.literal('team-stats-summary'),
  filter: TeamFilter,
  minutesPerUse: z.optional(z.object({ draft: z.number().check(z.minimum(0)), snippet: z.number().check(z.minimum(0)) })),
});
export const TeamStatsUpload = z.object({ kind: z.literal('team-stats-upload') });

export const BackgroundRequest = z.discriminatedUnion('kind', [
  TeamStatsConfigGet,
  TeamStatsConfigSave,
  TeamStatsSummary,
  TeamStatsUpload,
  DeleteAllData,
  DraftSettingsGet,
  DraftSettingsSave,
  UiCatalog,
  SidebarStart,
  SidebarSettingsGet,
  SidebarLayoutSave,
  ProviderGet,
  ProviderSave,
  ProviderRemove,
  ProviderTest,
  ProviderModels,
  AnalyzeTicket,
  HeldReadingRequest,
  SearchKnowledge,
  OpenExtensionPage,
  KnowledgeImport,
  KnowledgeList,
  KnowledgeUpdate,
  KnowledgeDelete,
  KnowledgeExport,
  KnowledgeClear,
  KnowledgeAccountsNotice,
  KnowledgeEmbed,
  KnowledgeEmbedStatus,
  StatsRecord,
  StatsReplySent,
  KnowledgeSyncRun,
  SummarizeThread,
  PolishReply,
  TranslateReply,
  CustomerContextRequest,
  ReadTicketApi,
  ReadPage,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type RequestKind = BackgroundRequest['kind'];
export type RequestOf<K extends RequestKind> = Extract<BackgroundRequest, { kind: K }>;

/** Every answer is an envelope, so an error arrives as data the sidebar can show, not an exception. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
