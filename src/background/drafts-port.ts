// Serves model drafts over a port: validated start message, a checked sender, cancellation when the
// port closes, results cached per conversation state, and offline drafts when the model fails.
import { browser, type Browser } from 'wxt/browser';
import { analyzeTicket } from '../cue/index';
import { DEFAULT_DRAFT_SETTINGS, DraftError, draftCacheKey, suggestDrafts, type DraftsResult } from '../drafts/index';
import { isLang } from '../language/languages';
import { DRAFTS_PORT, StartDrafts, type DraftsUpdate } from '../messaging/drafts-port';
import { toDraftViews, type KnowledgeService } from './handlers';
import type { ProviderStore } from './provider-store';
import { classifySender, type SenderPolicy } from './senders';

const SNIPPETS_SENT = 5;
const CACHE_SIZE = 50;
/** The sidebar renders at most this often while tokens stream in (ms). */
const DELTA_INTERVAL_MS = 16;

export function serveDraftsPort(
  policy: SenderPolicy,
  knowledge: KnowledgeService,
  providers: ProviderStore,
  isHoldout: (helpdesk: string, ticketId: string) => Promise<boolean>,
): void {
  const cache = new Map<string, DraftsResult>();

  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== DRAFTS_PORT) return;
    if (!port.sender || classifySender(port.sender, policy) !== 'content-script') return port.disconnect();
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    const send = (update: DraftsUpdate) => {
      if (!controller.signal.aborted) port.postMessage(update);
    };

    port.onMessage.addListener((raw: unknown) => {
      const parsed = StartDrafts.safeParse(raw);
      if (!parsed.success) return port.disconnect();
      void run(parsed.data).catch((error: unknown) => {
        if (error instanceof DraftError && error.kind === 'cancelled') return;
        send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    });

    async function run({ ticket, uiLang, pinnedIds }: StartDrafts) {
      // The sidebar does not ask on a holdout ticket; this keeps the comparison honest if it ever did.
      if (await isHoldout(ticket.helpdesk, ticket.id)) return send({ kind: 'done', drafts: [], source: 'offline' });
      const provider = await providers.load();
      const snippets = await knowledge.searchTicket(ticket, SNIPPETS_SENT);
      const pinned = pinnedIds.length ? (await knowledge.byIds(pinnedIds)) : [];
      const input = {
        ticket,
        snippets,
        pinned,
        cue: analyzeTicket(ticket, { uiLang }),
        settings: DEFAULT_DRAFT_SETTINGS,
        agentLanguage: isLang(uiLang) ? uiLang : 'en',
        ...(provider ? { model: provider.model } : {}),
      } as const;
      const key = draftCacheKey({ ...input, model: provider ? `${provider.kind}:${provider.model}` : 'offline' });
      let result = cache.get(key);
      if (!result) {
        let last = 0;
        result = await suggestDrafts(input, provider, {
          signal: controller.signal,
          onDelta: (text) => {
            const now = Date.now();
            if (now - last < DELTA_INTERVAL_MS) return;
            last = now;
            send({ kind: 'delta', text });
          },
        });
        // Offline fallbacks are not cached: the next try should ask the model again.
        if (result.source === 'model') remember(key, result);
      }
      send({ kind: 'done', drafts: toDraftViews(ticket.id, result.drafts, result.source), source: result.source, ...(result.error ? { error: result.error } : {}) });
    }
  });

  function remember(key: string, result: DraftsResult) {
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
}
