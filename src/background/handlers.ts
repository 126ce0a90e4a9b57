// What the background does for each request. Everything here is local: the cue model, the
// knowledge index and offline drafts; model calls stream over a port (src/background/drafts-port.ts).
import { browser } from 'wxt/browser';
import { analyzeTicket } from '../cue/index';
import { DEFAULT_DRAFT_SETTINGS, suggestDrafts, type ShownDraft } from '../drafts/index';
import { isLang, type Lang } from '../language/languages';
import type { SearchHit } from '../knowledge/types';
import type { DraftView } from '../sidebar/state';
import type { Ticket } from '../ticket/schema';
import type { TicketCue } from '../cue/types';
import type { KnowledgeHandlers } from './knowledge';
import type { ProviderHandlers } from './provider';
import type { Handlers } from './router';

/** The knowledge base as the background sees it; the Dexie-backed store implements it. */
export interface KnowledgeService {
  searchTicket(ticket: Ticket, top: number): Promise<SearchHit[]>;
  searchText(query: string, top: number): Promise<SearchHit[]>;
}

export interface TicketAnalysis {
  cue: TicketCue | null;
  snippets: SearchHit[];
  drafts: DraftView[];
}

const SNIPPETS_SHOWN = 5;

function toDraftViews(ticketId: string, drafts: ShownDraft[]): DraftView[] {
  return drafts.map((draft, index) => ({
    id: `${ticketId}:offline:${index}`,
    text: draft.text,
    streaming: false,
    citations: draft.citations,
    flags: draft.flags,
  }));
}

export function createHandlers(knowledge: KnowledgeService & { handlers: KnowledgeHandlers }, provider: ProviderHandlers): Handlers {
  return {
    ...knowledge.handlers,
    ...provider,
    'analyze-ticket': async ({ ticket, uiLang }): Promise<TicketAnalysis> => {
      const cue = ticket.messages.some((message) => message.role === 'customer') ? analyzeTicket(ticket, { uiLang }) : null;
      const snippets = await knowledge.searchTicket(ticket, SNIPPETS_SHOWN);
      const agentLanguage: Lang = isLang(uiLang) ? uiLang : 'en';
      const offline = await suggestDrafts({ ticket, snippets, cue, settings: DEFAULT_DRAFT_SETTINGS, agentLanguage }, null);
      return { cue, snippets, drafts: toDraftViews(ticket.id, offline.drafts) };
    },
    'search-knowledge': async ({ query }) => knowledge.searchText(query, SNIPPETS_SHOWN),
    'open-page': async () => {
      await browser.runtime.openOptionsPage();
    },
  };
}
