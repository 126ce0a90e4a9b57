// Optional embeddings, the provider side: embeds every passage still lacking a vector for the configured
// embedding model (in batches, each written as it arrives, so a stopped run resumes where it stopped), and
// fuses a semantic ranking into ticket searches. The query is redacted before it leaves the device and
// given a short deadline; on any failure the lexical results stand alone.
import { APIError } from 'openai';
import { createClient, type ProviderConfig } from '../drafts/client';
import { toDraftError } from '../drafts/errors';
import type { KnowledgeBase } from '../knowledge/db';
import { countVectors, fuseRankings, nearestArticles, pendingPassages, saveVectors } from '../knowledge/embeddings';
import { ticketParts } from '../knowledge/query';
import type { SearchHit } from '../knowledge/types';
import { emptyVault } from '../privacy';
import { knownNames, redactText } from '../privacy/redact';
import type { Ticket } from '../ticket/schema';

export const EMBED_BATCH = 64;
export const QUERY_TIMEOUT_MS = 1500;
/** Enough of the ticket to say what it is about; embedding models truncate long inputs anyway. */
const QUERY_CHARS = 2000;
/** Semantic candidates fused with the lexical ones. */
const SEMANTIC_TOP = 20;

export interface EmbedStatus {
  running: boolean;
  done: number;
  total: number;
  /** The configured embedding model; null means the feature is off. */
  model: string | null;
  /** Vectors stored for the current embedding model. */
  stored: number;
  error?: string;
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
  let status: Omit<EmbedStatus, 'stored' | 'model'> = { running: false, done: 0, total: 0 };
  let run: Promise<void> | null = null;

  async function embeddingProvider(): Promise<(ProviderConfig & { embeddingModel: string }) | null> {
    const config = await deps.provider();
    return config?.embeddingModel ? { ...config, embeddingModel: config.embeddingModel } : null;
  }

  async function embed(config: ProviderConfig & { embeddingModel: string }, input: string[], signal?: AbortSignal): Promise<number[][]> {
    // For Azure the client's deployment is the embedding deployment, so the client is built for that model.
    const client = createClient({ ...config, model: config.embeddingModel });
    const response = await client.embeddings.create({ model: config.embeddingModel, input, encoding_format: 'float' }, signal ? { signal } : {});
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => Array.from(item.embedding));
    if (vectors.length !== input.length) throw new Error(`The provider returned ${vectors.length} vectors for ${input.length} passages.`);
    return vectors;
  }

  async function embedAll(config: ProviderConfig & { embeddingModel: string }): Promise<void> {
    const pending = await pendingPassages(kb.db, config.embeddingModel);
    const batch = deps.batch ?? EMBED_BATCH;
    status = { running: true, done: 0, total: pending.length };
    for (let i = 0; i < pending.length; i += batch) {
      const passages = pending.slice(i, i + batch);
      const vectors = await embed(config, passages.map((p) => p.text));
      await saveVectors(kb.db, config.embeddingModel, passages, vectors);
      status = { ...status, done: status.done + passages.length };
    }
  }

  async function currentStatus(): Promise<EmbedStatus> {
    const config = await embeddingProvider();
    if (!config) return { ...status, model: null, stored: 0 };
    return { ...status, model: config.embeddingModel, stored: await countVectors(kb.db, config.embeddingModel) };
  }

  return {
    /** Starts embedding (or joins the run in progress) and answers at once; the options page polls the status. */
    async start(): Promise<EmbedStatus> {
      const config = await embeddingProvider();
      if (!config) return { running: false, done: 0, total: 0, model: null, stored: 0, error: 'Set an embedding model in the provider settings first.' };
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
    /** Ticket snippets: lexical, fused with the semantic ranking when vectors exist and the provider answers in time. */
    async searchTicket(ticket: Ticket, top: number, lexicalTop: (top: number) => Promise<SearchHit[]>): Promise<SearchHit[]> {
      const config = await embeddingProvider();
      if (!config || (await countVectors(kb.db, config.embeddingModel)) === 0) return lexicalTop(top);
      // Fusion sees as many lexical candidates as semantic ones; the lexical order alone is its first `top`.
      const lexical = await lexicalTop(SEMANTIC_TOP);
      const signal = AbortSignal.timeout(deps.queryTimeoutMs ?? QUERY_TIMEOUT_MS);
      try {
        const [query] = await embed(config, [ticketQueryText(ticket)], signal);
        const semantic = await nearestArticles(kb.db, config.embeddingModel, query!, SEMANTIC_TOP);
        const articles = new Map((await kb.db.articles.bulkGet(semantic.map((m) => m.articleId))).filter((a) => !!a).map((a) => [a.id, a]));
        return fuseRankings(lexical, semantic, (id) => articles.get(id), top);
      } catch (error) {
        console.warn('Souffleur knowledge: semantic search skipped, lexical results only:', error instanceof Error ? error.message : error);
        return lexical.slice(0, top);
      }
    },
  };
}

/** The ticket as the lexical query sees it (subject, latest customer message, …), with personal data replaced. */
export function ticketQueryText(ticket: Ticket): string {
  // Heaviest parts first (subject, latest customer message), so the cut keeps what matters most.
  const text = ticketParts(ticket)
    .sort((a, b) => b.weight - a.weight)
    .map((part) => part.text)
    .join('\n')
    .slice(0, QUERY_CHARS);
  return redactText(text, emptyVault(), knownNames(ticket));
}

function embedErrorMessage(error: unknown): string {
  // A chat-only server answers 404 (no route) or 400/404 naming the model; either way, no embeddings here.
  if (error instanceof APIError && (error.status === 404 || error.status === 405 || error.status === 501)) {
    return 'This provider does not offer embeddings (or not for this model).';
  }
  return toDraftError(error, false).message;
}
