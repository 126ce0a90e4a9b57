// One analysis per conversation state, shared by the sidebar's `analyze-ticket` and the drafts port: the
// cue is computed and the knowledge searched once, whichever asks first, and the other joins it. It also
// decides once what may leave the browser for this state: nothing on a holdout ticket, nothing on a
// ticket held back for a human touch until the agent asks for the drafts anyway.
import { analyzeTicket } from '../cue/index';
import type { TicketCue } from '../cue/types';
import type { SearchHit } from '../knowledge/types';
import { conversationKey } from '../ticket/conversation-key';
import type { Ticket } from '../ticket/schema';
import { isFinalReading } from '../ticket/warning';
import { mayLeave } from '../egress/outbound';
import type { TicketSearch } from './embeddings';

export const SNIPPETS = 5;
/** Lexical candidates the semantic ranking is fused with (as many as the semantic ones). */
const FUSION_CANDIDATES = 20;
/** Analyses kept: the tabs an agent switches between, a few states each. */
const CACHE_SIZE = 24;
/**
 * How long an analysis is joined. Its point is that the sidebar's analysis and the drafts request, sent
 * together, share one; after that a revisit analyzes again, so new articles, vectors or settings show.
 */
const FRESH_MS = 5000;

/** The knowledge base as the background sees it; the Dexie-backed store implements it. */
export interface KnowledgeService {
  /**
   * Lexical, fused with the semantic ranking when `mayLeave` and an embedding model is set. `lexicalTop`:
   * the lexical candidates, when the caller already asked for them.
   */
  searchTicket(ticket: Ticket, top: number, mayLeave?: boolean, lexicalTop?: (top: number) => Promise<SearchHit[]>): Promise<TicketSearch>;
  /** Lexical only: local, no request. */
  lexicalTicket(ticket: Ticket, top: number): Promise<SearchHit[]>;
  /** `pageUrl`: the asking tab's page (from the browser's sender record), whose account scopes the search; absent: no scope. */
  searchText(query: string, top: number, pageUrl?: string): Promise<SearchHit[]>;
  /** Pinned snippets, looked up by id: the text sent to a model comes from our store, never the page; with `ticket`, only its account's. */
  byIds(ids: string[], ticket?: Ticket): Promise<SearchHit[]>;
}

export interface AnalysisDeps {
  knowledge: KnowledgeService;
  /** The stats' randomized holdout. */
  isHoldout: (helpdesk: string, ticketId: string) => Promise<boolean>;
  /** The setting to hold drafts back on handle-personally tickets. */
  holdBack: () => Promise<boolean>;
}

export interface Analysis {
  cue: TicketCue | null;
  holdout: boolean;
  /** Handle-personally with the hold-back setting on: nothing leaves until the agent asks. */
  heldBack: boolean;
  /** Lexical snippets, local and quick. */
  lexical: Promise<SearchHit[]>;
  /** The snippets the sidebar shows: fused with the semantic ranking when the ticket may leave. */
  search: Promise<TicketSearch>;
}

export function createAnalyses(deps: AnalysisDeps) {
  const cache = new Map<string, { analysis: Promise<Analysis>; at: number }>();

  async function analyze(ticket: Ticket, uiLang: string): Promise<Analysis> {
    // The local search starts first: it needs no decision, and the drafts request waits for it.
    const candidates = deps.knowledge.lexicalTicket(ticket, FUSION_CANDIDATES);
    const lexicalTop = (top: number) => candidates.then((hits) => hits.slice(0, top));
    const lexical = lexicalTop(SNIPPETS);
    // A failed search must not become an unhandled rejection while nobody awaits it yet.
    lexical.catch(() => {});
    // The cue reads only what may be quoted to the model: its phrases go into the request. A message kept
    // back (an internal note, or one whose visibility is unproven) is not the customer's public word.
    const quotable = { ...ticket, messages: ticket.messages.filter((m) => m.visibility === 'public') };
    const cue = quotable.messages.some((m) => m.role === 'customer') ? analyzeTicket(quotable, { uiLang }) : null;
    const [holdout, holdBack] = await Promise.all([deps.isHoldout(ticket.helpdesk, ticket.id), deps.holdBack()]);
    const heldBack = holdBack && !!cue?.handlePersonally;
    // The page's reading before the REST reading settles it searches locally only (src/content/conversation.ts).
    const search = deps.knowledge.searchTicket(ticket, SNIPPETS, mayLeave(ticket) && !holdout && !heldBack, lexicalTop);
    search.catch(() => {});
    return { cue, holdout, heldBack, lexical, search };
  }

  return {
    /** The analysis of this conversation state (the cue's language comes from the first asker). */
    /**
     * `notBefore`: the agent asked again (a retry): an analysis started before then is not joined, one
     * started after it is (the sidebar's analysis and the drafts of one retry share one).
     */
    get(ticket: Ticket, uiLang: string, notBefore = 0, now = Date.now()): Promise<Analysis> {
      // A provisional reading's analysis searched locally only: the settled reading of that state is not served it.
      const key = `${isFinalReading(ticket) ? '' : 'page|'}${uiLang}|${conversationKey(ticket)}`;
      const cached = cache.get(key);
      if (cached && cached.at >= notBefore && now - cached.at < FRESH_MS) return cached.analysis;
      const analysis = analyze(ticket, uiLang);
      analysis.catch(() => cache.delete(key));
      cache.delete(key);
      cache.set(key, { analysis, at: now });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return analysis;
    },
    /** The knowledge base, the provider or the settings changed: the next ask analyzes again. */
    clear(): void {
      cache.clear();
    },
  };
}

export type Analyses = ReturnType<typeof createAnalyses>;
