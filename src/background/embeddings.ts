// Optional embeddings, the provider side: embeds every passage still lacking a vector for the configured
// embedding model (in batches, each written as it arrives, so a stopped run resumes where it stopped), and
// fuses a semantic ranking into ticket searches. The query is redacted before it leaves the device and
// given a short deadline; on any failure the lexical results stand alone.
import { APIError } from 'openai';
import type { ProviderConfig } from '../drafts/client';
import { toDraftError } from '../drafts/errors';
import { countByType, type RequestDescription } from '../drafts/prompt';
import { sendEmbeddings } from '../egress/gate';
import { embeddingQuery } from '../egress/query';
import type { KnowledgeBase } from '../knowledge/db';
import { countVectors, fuseRankings, nearestArticles, pendingPassages, saveVectors } from '../knowledge/embeddings';
import type { SearchHit } from '../knowledge/types';
import type { EmbedStatus } from '../messaging/responses';
import type { Ticket } from '../ticket/schema';

export const EMBED_BATCH = 64;
export const QUERY_TIMEOUT_MS = 1500;
/** Semantic candidates fused with the lexical ones. */
const SEMANTIC_TOP = 20;

/** Ticket snippets, and the embedding request that went out for them, if one did ("What was sent"). */
export interface TicketSearch {
  hits: SearchHit[];
  sent?: RequestDescription;
}

export interface EmbeddingsDeps {
  kb: KnowledgeBase;
  /** The provider with its key, or null when none is configured. */
  provider: () => Promise<ProviderConfig | null>;
  queryTimeoutMs?: number;
  batch?: number;
}

export function openEmbeddings(deps: EmbeddingsDeps) {
  const { kb } = deps;
  let status: Omit<EmbedStatus, 'stored' | 'model' | 'sent'> = { running: false, done: 0, total: 0 };
  const sent = { requests: 0, chars: 0 };
  let run: Promise<void> | null = null;

  async function embeddingProvider(): Promise<(ProviderConfig & { embeddingModel: string }) | null> {
    const config = await deps.provider();
    return config?.embeddingModel ? { ...config, embeddingModel: config.embeddingModel } : null;
  }

  /** Bumped when the knowledge base is cleared or deleted: a run of an older generation stops. */
  let generation = 0;

  async function embedAll(config: ProviderConfig & { embeddingModel: string }): Promise<void> {
    const mine = generation;
    const pending = await pendingPassages(kb.db, config.embeddingModel);
    const batch = deps.batch ?? EMBED_BATCH;
    status = { running: true, done: 0, total: pending.length };
    for (let i = 0; i < pending.length; i += batch) {
      // Checked before each send and each save: deleted articles are neither sent nor written back.
      if (mine !== generation) return;
      const passages = pending.slice(i, i + batch);
      const input = passages.map((p) => p.text);
      const vectors = await sendEmbeddings(config, input);
      sent.requests += 1;
      sent.chars += input.reduce((sum, text) => sum + text.length, 0);
      if (mine !== generation) return;
      await saveVectors(kb.db, config.embeddingModel, passages, vectors);
      status = { ...status, done: status.done + passages.length };
    }
  }

  async function currentStatus(): Promise<EmbedStatus> {
    const config = await embeddingProvider();
    if (!config) return { ...status, model: null, stored: 0, sent: { ...sent } };
    return { ...status, model: config.embeddingModel, stored: await countVectors(kb.db, config.embeddingModel), sent: { ...sent } };
  }

  return {
    /** Stops a run in progress ("Delete all my data", clearing the knowledge base). */
    cancel(): void {
      generation += 1;
    },
    /** Starts embedding (or joins the run in progress) and answers at once; the options page polls the status. */
    async start(): Promise<EmbedStatus> {
      const config = await embeddingProvider();
      if (!config)
        return {
          running: false,
          done: 0,
          total: 0,
          model: null,
          stored: 0,
          sent: { ...sent },
          error: 'Set an embedding model in the provider settings first.',
        };
      if (!run) status = { running: true, done: 0, total: 0 }; // until the pending passages are counted
      run ??= embedAll(config)
        .catch((error: unknown) => void (status = { ...status, error: embedErrorMessage(error) }))
        .finally(() => {
          status = { ...status, running: false };
          run = null;
        });
      return currentStatus();
    },
    status: currentStatus,
    /**
     * Ticket snippets: lexical, fused with the semantic ranking when vectors exist, the ticket may leave
     * (`mayLeave`: not held back, not in the holdout) and the provider answers in time.
     */
    async searchTicket(
      ticket: Ticket,
      top: number,
      lexicalTop: (top: number) => Promise<SearchHit[]>,
      mayLeave = true,
    ): Promise<TicketSearch> {
      const config = mayLeave ? await embeddingProvider() : null;
      if (!config || (await countVectors(kb.db, config.embeddingModel)) === 0) return { hits: await lexicalTop(top) };
      const query = embeddingQuery(ticket);
      // Fusion sees as many lexical candidates as semantic ones; the lexical order alone is its first `top`.
      const lexical = await lexicalTop(SEMANTIC_TOP);
      if (!query.trim()) return { hits: lexical.slice(0, top) };
      const sent = describeEmbedding(config.embeddingModel, query);
      const signal = AbortSignal.timeout(deps.queryTimeoutMs ?? QUERY_TIMEOUT_MS);
      try {
        const [vector] = await sendEmbeddings(config, [query], signal);
        const semantic = await nearestArticles(kb.db, config.embeddingModel, vector!, SEMANTIC_TOP);
        const articles = new Map((await kb.db.articles.bulkGet(semantic.map((m) => m.articleId))).filter((a) => !!a).map((a) => [a.id, a]));
        return { hits: fuseRankings(lexical, semantic, (id) => articles.get(id), top), sent };
      } catch (error) {
        console.warn('Souffleur knowledge: semantic search skipped, lexical results only:', error instanceof Error ? error.message : error);
        return { hits: lexical.slice(0, top), sent };
      }
    },
  };
}

/** "What was sent" for the ticket query's embedding: the exact input, redacted (placeholders only). */
function describeEmbedding(model: string, query: string): RequestDescription {
  const redacted = countByType(query.match(/⟦[A-Z][A-Z_]*_\d+⟧/g) ?? []);
  return {
    model,
    kind: 'embedding',
    messages: [{ role: 'input', label: 'Knowledge search query (embedding, redacted)', content: query, chars: query.length }],
    totalChars: query.length,
    approxTokens: Math.ceil(query.length / 4),
    redacted,
  };
}

function embedErrorMessage(error: unknown): string {
  // A chat-only server answers 404 (no route) or 400/404 naming the model; either way, no embeddings here.
  if (error instanceof APIError && (error.status === 404 || error.status === 405 || error.status === 501)) {
    return 'This provider does not offer embeddings (or not for this model).';
  }
  return toDraftError(error, false).message;
}
