// What the background does for each request. Everything here is local: the cue model, the
// knowledge index and offline drafts; model calls stream over a port (src/background/drafts-port.ts).
import { browser } from 'wxt/browser';
import { analyzeTicket } from '../cue/index';
import { suggestDrafts, type DraftSettings, type ShownDraft } from '../drafts/index';
import { CATALOGS } from '../i18n/catalogs';
import { isLang, type Lang } from '../language/languages';
import type { SearchHit } from '../knowledge/types';
import type { DraftView } from '../sidebar/state';
import type { Ticket } from '../ticket/schema';
import type { TicketCue } from '../cue/types';
import type { KnowledgeHandlers } from './knowledge';
import type { DraftSettingsHandlers } from './draft-settings';
import type { ProviderHandlers } from './provider';
import type { Handlers } from './router';
import type { StatsService } from './stats';
import { capTicket } from '../ticket/caps';

/** The knowledge base as the background sees it; the Dexie-backed store implements it. */
export interface KnowledgeService {
  searchTicket(ticket: Ticket, top: number): Promise<SearchHit[]>;
  searchText(query: string, top: number): Promise<SearchHit[]>;
  /** Pinned snippets, looked up by id: the text sent to a model comes from our store, never the page. */
  byIds(ids: string[]): Promise<SearchHit[]>;
}

export interface TicketAnalysis {
  cue: TicketCue | null;
  snippets: SearchHit[];
  /** Offline drafts, at once; empty when a model provider is configured (they stream over a port). */
  drafts: DraftView[];
  providerConfigured: boolean;
  /** The ticket is in the randomized holdout: no drafts, here or over the port (cue and snippets as usual). */
  holdout: boolean;
}

const SNIPPETS_SHOWN = 5;

export function toDraftView(id: string, draft: ShownDraft): DraftView {
  return { id, text: draft.text, streaming: false, citations: draft.citations, flags: draft.flags };
}

export function toDraftViews(ticketId: string, drafts: ShownDraft[], source: 'model' | 'offline'): DraftView[] {
  return drafts.map((draft, index) => toDraftView(`${ticketId}:${source}:${index}`, draft));
}

export function createHandlers(
  knowledge: KnowledgeService & { handlers: KnowledgeHandlers },
  provider: ProviderHandlers,
  providerConfigured: () => Promise<boolean>,
  draftSettings: DraftSettingsHandlers & { load(): Promise<DraftSettings> },
  stats: StatsService,
): Handlers {
  return {
    ...knowledge.handlers,
    ...provider,
    'draft-settings-get': draftSettings['draft-settings-get'],
    'draft-settings-save': draftSettings['draft-settings-save'],
    ...stats.handlers,
    'analyze-ticket': async ({ ticket: untrusted, uiLang, pinnedSnippetIds = [] }): Promise<TicketAnalysis> => {
      const ticket = capTicket(untrusted); // linear work whatever the page sends (src/ticket/caps.ts)
      const cue = ticket.messages.some((message) => message.role === 'customer') ? analyzeTicket(ticket, { uiLang }) : null;
      const snippets = await knowledge.searchTicket(ticket, SNIPPETS_SHOWN);
      const [holdout, configured] = await Promise.all([stats.isHoldout(ticket.helpdesk, ticket.id), providerConfigured()]);
      if (holdout || configured) return { cue, snippets, drafts: [], providerConfigured: configured, holdout };
      const agentLanguage: Lang = isLang(uiLang) ? uiLang : 'en';
      // The page names the pinned snippets; their text comes from our store.
      const pinned = pinnedSnippetIds.length ? await knowledge.byIds(pinnedSnippetIds) : [];
      const offline = await suggestDrafts({ ticket, snippets, pinned, cue, settings: await draftSettings.load(), agentLanguage }, null);
      return { cue, snippets, drafts: toDraftViews(ticket.id, offline.drafts, 'offline'), providerConfigured: false, holdout };
    },
    'ui-catalog': async ({ locale }) => CATALOGS[locale],
    'search-knowledge': async ({ query }) => knowledge.searchText(query, SNIPPETS_SHOWN),
    'open-page': async ({ page }) => {
      if (page === 'dashboard') await openDashboard();
      else await browser.runtime.openOptionsPage();
    },
  };
}

/** The stats dashboard in a tab of its own (from the sidebar and the toolbar button). */
export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
