// The openai SDK client for OpenAI, Azure OpenAI and OpenAI-compatible servers (Ollama, LM Studio, vLLM,
// OpenRouter), configured for the background service worker as well as Node.
import OpenAI, { AzureOpenAI } from 'openai';

export interface ProviderConfig {
  kind: 'openai' | 'azure' | 'compatible';
  /** Model id; for Azure, the deployment name. */
  model: string;
  apiKey?: string;
  /** OpenAI-compatible servers: e.g. http://localhost:11434/v1 (Ollama). Optional for OpenAI. */
  baseUrl?: string;
  /** Azure: https://<resource>.openai.azure.com and the API version. */
  azureEndpoint?: string;
  azureApiVersion?: string;
  /** Whole-request limit (default 60 s). */
  timeoutMs?: number;
  /** Longest silence allowed before the first byte and between stream chunks (default 20 s). */
  idleTimeoutMs?: number;
  maxTokens?: number;
  /** Optional embedding model (Azure: deployment) for semantic knowledge search; unset keeps search lexical. */
  embeddingModel?: string;
  /** For tests and the service worker's own fetch binding. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
// Under 30 s on purpose: Chrome stops an MV3 service worker whose fetch takes over 30 s to start answering.
export const DEFAULT_IDLE_TIMEOUT_MS = 20_000;

export function createClient(config: ProviderConfig): OpenAI {
  const common = {
    apiKey: config.apiKey || 'not-needed', // local servers (Ollama, LM Studio) accept any key
    // We retry ourselves (generate.ts) so that retries are bounded, cancellable and reported as typed errors.
    maxRetries: 0,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // The SDK refuses to run where `window`/service-worker globals exist unless told otherwise, because a
    // key shipped in a web page's JavaScript is readable by everyone who loads the page. Here the key is the
    // admin's own, typed into the options page and kept in the extension's background (never sent to the
    // content script or the helpdesk page), which is the case this flag exists for.
    dangerouslyAllowBrowser: true,
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
