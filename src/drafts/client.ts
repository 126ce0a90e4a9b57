// How to reach the admin's model provider: OpenAI, Azure OpenAI or an OpenAI-compatible server (Ollama,
// LM Studio, vLLM, OpenRouter). The client itself is built only by the egress gate (src/egress/gate.ts).

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
  /** The one plain-http host an admin allowed (src/settings/provider-endpoint.ts); the gate sends a key nowhere else over http. */
  allowHttpHost?: string;
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
