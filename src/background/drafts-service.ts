// The drafts work behind the port, without the port: one request in, updates out. Builds the input
// from our own stores (knowledge by id, the team's settings, the cue computed here), caches results per
// conversation state, and reports retries, failures and "what was sent" as updates.
import { analyzeTicket } from '../cue/index';
import { DraftError, draftCacheKey, reviseDraft, suggestDrafts, type DraftInput, type DraftSettings, type DraftsResult, type GenerateOptions, type ProviderConfig } from '../drafts/index';
import { isLang } from '../language/languages';
import type { DraftsRequest, DraftsUpdate } from '../messaging/drafts-port';
import { toDraftView, toDraftViews, type KnowledgeService } from './handlers';
import { capTicket } from '../ticket/caps';

const SNIPPETS_SENT = 5;
const CACHE_SIZE = 50;
/** The sidebar renders at most this often while tokens stream in (ms). */
const DELTA_INTERVAL_MS = 16;

export interface DraftsServiceDeps {
  knowledge: KnowledgeService;
  provider: () => Promise<ProviderConfig | null>;
  settings: () => Promise<DraftSettings>;
  /** The stats' randomized holdout (no drafts on those tickets). */
  isHoldout: (helpdesk: string, ticketId: string) => Promise<boolean>;
}

export type DraftsService = (request: DraftsRequest, send: (update: DraftsUpdate) => void, signal: AbortSignal) => Promise<void>;

export function createDraftsService(deps: DraftsServiceDeps): DraftsService {
  const cache = new Map<string, DraftsResult>();
  let revision = 0;

  const remember = (key: string, result: DraftsResult) => {
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  };

  return async (request, send, signal) => {
    // The sidebar does not ask on a holdout ticket; this keeps the comparison honest if it ever did.
    if (await deps.isHoldout(request.ticket.helpdesk, request.ticket.id)) return send({ kind: 'done', drafts: [], source: 'offline' });
    const provider = await deps.provider();
    const input = await inputFor(request, deps, provider);
    const options = progress(send, signal);
    try {
      if (request.kind === 'tool') {
        const revised = await reviseDraft(input, provider, request.tool, request.draft, options);
        const id = `${request.ticket.id}:${revised.source}:${request.draft.index}:${request.tool}-${++revision}`;
        send({ kind: 'revised', draft: toDraftView(id, revised.draft), source: revised.source, ...(revised.request ? { request: revised.request } : {}) });
        return;
      }
      const key = draftCacheKey({ ...input, model: provider ? `${provider.kind}:${provider.model}` : 'offline' });
      let result = cache.get(key);
      if (!result) {
        result = await suggestDrafts(input, provider, options);
        // Offline fallbacks are not cached: the next try should ask the model again.
        if (result.source === 'model') remember(key, result);
      }
      send({
        kind: 'done',
        drafts: toDraftViews(request.ticket.id, result.drafts, result.source),
        source: result.source,
        ...(result.error ? { error: result.error } : {}),
        ...(result.request ? { request: result.request } : {}),
      });
    } catch (error) {
      if (error instanceof DraftError && error.kind === 'cancelled') return;
      const problem = error instanceof DraftError ? { kind: error.kind, message: error.message } : { kind: provider ? 'network' : 'no-provider', message: error instanceof Error ? error.message : String(error) };
      send({ kind: 'failed', message: problem.message, error: problem });
    }
  };
}

async function inputFor(request: DraftsRequest, deps: DraftsServiceDeps, provider: ProviderConfig | null): Promise<DraftInput> {
  const { uiLang, pinnedIds } = request;
  const ticket = capTicket(request.ticket); // linear work whatever the page sends (src/ticket/caps.ts)
  const [snippets, pinned, settings] = await Promise.all([
    deps.knowledge.searchTicket(ticket, SNIPPETS_SENT),
    pinnedIds.length ? deps.knowledge.byIds(pinnedIds) : [],
    deps.settings(),
  ]);
  return {
    ticket,
    snippets,
    pinned,
    cue: analyzeTicket(ticket, { uiLang }),
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
    onRetry: ({ kind, attempt, waitMs }) => send({ kind: 'retrying', seconds: Math.max(1, Math.ceil(waitMs / 1000)), attempt, reason: kind }),
  };
}
