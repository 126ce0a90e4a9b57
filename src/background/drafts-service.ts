// The drafts work behind the port, without the port: one request in, updates out. Every draft comes this
// way, model and offline alike. Builds the input from our own stores (knowledge by id, the team's
// settings) and the conversation's shared analysis (./analysis.ts), caches results per conversation
// state, and reports retries, failures and "what was sent" as updates.
import {
  DraftError,
  draftCacheKey,
  reviseDraft,
  suggestDrafts,
  type DraftInput,
  type DraftSettings,
  type DraftsResult,
  type GenerateOptions,
  type ProviderConfig,
  type ShownDraft,
} from '../drafts/index';
import type { SearchHit } from '../knowledge/types';
import { isLang } from '../language/languages';
import type { DraftsRequest, DraftsUpdate } from '../messaging/drafts-port';
import { newSuggestionId } from '../stats/suggestions';
import type { DraftView } from '../messaging/drafts-updates';
import type { Analyses, Analysis, KnowledgeService } from './analysis';
import { capTicket } from '../ticket/caps';
import { mayLeave, STILL_READING } from '../egress/outbound';
import { within } from './within';

const CACHE_SIZE = 50;
/** Draft texts whose suggestion ids are remembered (see `ids`). */
const ID_MEMORY = 500;
/** The sidebar renders at most this often while tokens stream in (ms). */
const DELTA_INTERVAL_MS = 16;
/** How long a model request waits for the semantic snippets before going with the lexical ones. */
export const SEMANTIC_WAIT_MS = 300;

export interface DraftsServiceDeps {
  knowledge: KnowledgeService;
  analyses: Analyses;
  provider: () => Promise<ProviderConfig | null>;
  settings: () => Promise<DraftSettings>;
  semanticWaitMs?: number;
}

export type DraftsService = ((request: DraftsRequest, send: (update: DraftsUpdate) => void, signal: AbortSignal) => Promise<void>) & {
  /** Forget every cached draft ("Delete all my data"). */
  forget(): void;
};

/** A result with its drafts' suggestion ids, minted once: a revisit shows the same suggestions, not new ones. */
type CachedResult = DraftsResult & { views: DraftView[] };

/** A checked draft as the sidebar shows it, under its suggestion id. */
function toDraftView(id: string, draft: ShownDraft): DraftView {
  return { id, text: draft.text, streaming: false, citations: draft.citations, flags: draft.flags };
}

export function createDraftsService(deps: DraftsServiceDeps): DraftsService {
  const cache = new Map<string, CachedResult>();
  /**
   * The same draft text on the same ticket keeps its suggestion id: the page's and the REST reading of a
   * ticket may both be answered, and the agent saw one suggestion, not two. Ids stay random (they never
   * name the ticket); this map lives in memory only.
   */
  const ids = new Map<string, string>();
  const views = (request: DraftsRequest, result: DraftsResult, model: string): DraftView[] =>
    result.drafts.map((draft) => {
      const key = JSON.stringify([request.ticket.helpdesk, request.ticket.url, request.ticket.id, result.source, model, draft.text]);
      let id = ids.get(key);
      if (!id) {
        id = newSuggestionId(result.source, model);
        ids.set(key, id);
        if (ids.size > ID_MEMORY) ids.delete(ids.keys().next().value!);
      }
      return toDraftView(id, draft);
    });

  const remember = (key: string, result: CachedResult) => {
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  };

  const serve = async (untrusted: DraftsRequest, send: (update: DraftsUpdate) => void, signal: AbortSignal): Promise<void> => {
    // Linear work whatever the page sends (src/ticket/caps.ts); capped like analyze-ticket, so both
    // readings of a conversation state share one analysis.
    const request: DraftsRequest = { ...untrusted, ticket: capTicket(untrusted.ticket) };
    // The sidebar asks only on a settled reading (src/content/conversation.ts); a page reading the REST
    // reading has not confirmed may carry a note the page rendered like a reply, so it gets nothing here.
    if (!mayLeave(request.ticket)) return send({ kind: 'failed', message: STILL_READING });
    // Everything the request needs is asked at once; the analysis is usually already under way.
    const settings = deps.settings();
    const pinned = request.pinnedIds.length ? deps.knowledge.byIds(request.pinnedIds, request.ticket) : Promise.resolve([]);
    // Not awaited when the ticket gets no drafts: a failure then must not go unhandled.
    settings.catch(() => {});
    pinned.catch(() => {});
    const [analysis, configured] = await Promise.all([
      deps.analyses.get(request.ticket, request.uiLang, request.notBefore),
      deps.provider(),
    ]);
    // The holdout gets no drafts at all, so the comparison stays honest whatever the sidebar asks.
    if (analysis.holdout) return send({ kind: 'done', drafts: [], source: 'offline' });
    // Held back for a human touch: nothing about the ticket leaves until the agent asks for the drafts.
    const held = analysis.heldBack && !request.showHeld;
    if (held && configured) return send({ kind: 'done', drafts: [], source: 'offline', held: true });
    const provider = held ? null : configured;
    const input = await inputFor(request, analysis, provider, { settings, pinned, waitMs: deps.semanticWaitMs ?? SEMANTIC_WAIT_MS });
    const options = progress(send, signal);
    try {
      if (request.kind === 'tool') {
        const revised = await reviseDraft(input, provider, request.tool, request.draft, options);
        const id = newSuggestionId('tool', revised.source === 'model' ? (provider?.model ?? '') : '');
        send({
          kind: 'revised',
          draft: toDraftView(id, revised.draft),
          source: revised.source,
          ...(revised.request ? { request: revised.request } : {}),
        });
        return;
      }
      const key = draftCacheKey({ ...input, model: provider ? `${provider.kind}:${provider.model}` : 'offline' });
      let result = cache.get(key);
      if (!result) {
        const fresh = await suggestDrafts(input, provider, options);
        result = { ...fresh, views: views(request, fresh, fresh.source === 'model' ? (provider?.model ?? '') : '') };
        // Offline fallbacks are not cached: the next try should ask the model again.
        if (result.source === 'model') remember(key, result);
      }
      send({
        kind: 'done',
        drafts: result.views,
        source: result.source,
        ...(result.error ? { error: result.error } : {}),
        ...(result.request ? { request: result.request } : {}),
        // The provider's second opinion beside the local cue (issue 16.4); offline readings are the cue itself.
        ...(result.source === 'model' ? { reading: result.reading } : {}),
      });
    } catch (error) {
      if (error instanceof DraftError && error.kind === 'cancelled') return;
      const problem =
        error instanceof DraftError
          ? { kind: error.kind, message: error.message }
          : { kind: provider ? 'network' : 'no-provider', message: error instanceof Error ? error.message : String(error) };
      send({ kind: 'failed', message: problem.message, error: problem });
    }
  };
  return Object.assign(serve, {
    forget: () => {
      cache.clear();
      ids.clear();
    },
  });
}

/**
 * Snippets for the request: the fused ones when they are ready within `SEMANTIC_WAIT_MS` (they usually
 * are: the query's embedding went out with the analysis), else the lexical ones, so an embedding server
 * never holds the drafts back by more than that. Offline drafts wait for nothing remote.
 */
async function snippetsFor(analysis: Analysis, provider: ProviderConfig | null, waitMs: number): Promise<SearchHit[]> {
  if (!provider) return analysis.lexical;
  return within(
    analysis.search.then((search) => search.hits),
    waitMs,
    () => analysis.lexical,
  );
}

async function inputFor(
  request: DraftsRequest,
  analysis: Analysis,
  provider: ProviderConfig | null,
  asked: { settings: Promise<DraftSettings>; pinned: Promise<SearchHit[]>; waitMs: number },
): Promise<DraftInput> {
  const { ticket, uiLang } = request;
  const [snippets, pinned, settings] = await Promise.all([snippetsFor(analysis, provider, asked.waitMs), asked.pinned, asked.settings]);
  return {
    ticket,
    snippets,
    pinned,
    cue: analysis.cue,
    settings,
    agentLanguage: isLang(uiLang) ? uiLang : 'en',
    ...(provider ? { model: provider.model } : {}),
  };
}

/** Streamed text (throttled) and retry waits, as updates. */
function progress(send: (update: DraftsUpdate) => void, signal: AbortSignal): GenerateOptions {
  let last = 0;
  return {
    signal,
    onDelta: (text) => {
      const now = Date.now();
      if (now - last < DELTA_INTERVAL_MS) return;
      last = now;
      send({ kind: 'delta', text });
    },
    onRetry: ({ kind, attempt, waitMs }) =>
      send({ kind: 'retrying', seconds: Math.max(1, Math.ceil(waitMs / 1000)), attempt, reason: kind }),
  };
}
