// The one way out to the model provider. Every HTTP request Souffleur makes to a provider is made here,
// and only with content the caller built from the gate's own outbound forms (./outbound.ts for ticket
// text, ./query.ts for the knowledge query): chat completions for drafts and draft tools, embeddings for
// the ticket query and the team's knowledge base, and the model list for the options page's test.
// ESLint rejects importing the SDK's client classes anywhere else (eslint.config.js), so a new feature
// cannot open a second way out by accident.
import OpenAI, { AzureOpenAI } from 'openai';
import type {
  ChatCompletionChunk,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
} from 'openai/resources/chat/completions';
import { DEFAULT_TIMEOUT_MS, type ProviderConfig } from '../drafts/client';
import { assertEndpoint } from '../settings/provider-endpoint';

export interface CallOptions {
  signal?: AbortSignal;
  /** Whole-call limit in ms (the SDK's own timer; ours run in src/drafts/generate.ts). */
  timeout?: number;
}

function createClient(config: ProviderConfig): OpenAI {
  // The key and the ticket go only where the endpoint rules allow (https, loopback, the http host an admin allowed),
  // whoever built the config, key or no key: a keyless config (a local server needs none) still carries the
  // redacted ticket. The provider store refuses other addresses; this keeps a new caller from skipping it.
  assertEndpoint(config);
  const common = {
    apiKey: config.apiKey || 'not-needed', // local servers (Ollama, LM Studio) accept any key
    // We retry ourselves (src/drafts/generate.ts) so that retries are bounded, cancellable and typed.
    maxRetries: 0,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // The SDK refuses to run where `window`/service-worker globals exist unless told otherwise, because a
    // key shipped in a web page's JavaScript is readable by everyone who loads the page. Here the key is the
    // admin's own, typed into the options page and kept in the extension's background (never sent to the
    // content script or the helpdesk page), which is the case this flag exists for.
    dangerouslyAllowBrowser: true,
    // A redirect is an error, never followed: a 307/308 would post the (redacted) ticket again to whatever address
    // it names, which the endpoint rule above never saw (http, another host).
    fetchOptions: { redirect: 'error' as const },
    ...(config.fetch ? { fetch: config.fetch } : {}),
  };
  if (config.kind === 'azure') {
    return new AzureOpenAI({
      ...common,
      endpoint: config.azureEndpoint,
      baseURL: config.azureEndpoint ? undefined : config.baseUrl,
      apiVersion: config.azureApiVersion ?? '2024-10-21',
      deployment: config.model,
    });
  }
  return new OpenAI({ ...common, baseURL: config.baseUrl || undefined });
}

/** One chat completion, whole. `body.messages` must come from the drafts request builder. */
export async function sendChat(
  config: ProviderConfig,
  body: Omit<ChatCompletionCreateParamsNonStreaming, 'stream'>,
  options: CallOptions,
): Promise<string> {
  const completion = await createClient(config).chat.completions.create({ ...body, stream: false }, options);
  return completion.choices[0]?.message?.content ?? '';
}

/** One chat completion, streamed. */
export async function streamChat(
  config: ProviderConfig,
  body: Omit<ChatCompletionCreateParamsStreaming, 'stream'>,
  options: CallOptions,
): Promise<AsyncIterable<ChatCompletionChunk>> {
  return createClient(config).chat.completions.create({ ...body, stream: true }, options);
}

/**
 * Vectors for `input`, in order. Callers pass the gate's outbound query (ticket) or the team's own
 * knowledge passages; for Azure the client's deployment is the embedding deployment.
 */
export async function sendEmbeddings(
  config: ProviderConfig & { embeddingModel: string },
  input: string[],
  signal?: AbortSignal,
): Promise<number[][]> {
  const client = createClient({ ...config, model: config.embeddingModel });
  const response = await client.embeddings.create(
    { model: config.embeddingModel, input, encoding_format: 'float' },
    signal ? { signal } : {},
  );
  const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => Array.from(item.embedding));
  if (vectors.length !== input.length) throw new Error(`The provider returned ${vectors.length} vectors for ${input.length} inputs.`);
  return vectors;
}

/** The provider's model ids (no ticket content: the options page's connection test). */
export async function listModelIds(config: ProviderConfig, signal?: AbortSignal): Promise<string[]> {
  const ids: string[] = [];
  for await (const model of createClient(config).models.list({ signal })) ids.push(model.id);
  return ids.sort();
}

/** Where the team's stats go: a ClickHouse HTTP interface and the user to send as (src/stats/clickhouse). */
export interface StatsEndpoint {
  /** e.g. https://ch.example.com:8443/?database=souffleur (query parameters are kept). */
  url: string;
  user?: string;
  password?: string;
  fetch?: typeof fetch;
}

/**
 * One request to the team's ClickHouse: an INSERT of stats events (ids, hashes, counts and classes; never
 * ticket text: see src/stats/events.ts) or a SELECT of aggregates for the dashboard and the CLI. The SQL
 * comes from src/stats/clickhouse/sql.ts. Credentials go as Basic auth (ClickHouse 18.16 knows it; the
 * X-ClickHouse-User/Key headers came later), never in the URL, so they stay out of logs.
 */
export async function sendStatsRequest(endpoint: StatsEndpoint, sql: string, body?: string, signal?: AbortSignal): Promise<string> {
  const url = new URL(endpoint.url);
  url.searchParams.set('query', sql);
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (endpoint.user)
    headers.Authorization =
      'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(`${endpoint.user}:${endpoint.password ?? ''}`)));
  const response = await (endpoint.fetch ?? fetch)(url, {
    method: 'POST',
    headers,
    body: body ?? '',
    credentials: 'omit',
    // Never followed: a redirect would carry the stats and the Basic auth to an address nobody configured.
    redirect: 'error',
    ...(signal ? { signal } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new StatsRequestError(response.status, text.slice(0, 300).trim());
  return text;
}

export class StatsRequestError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`ClickHouse answered ${status}: ${detail}`);
    this.name = 'StatsRequestError';
  }
}
