// Model providers (issue 5 item 1): listing models, testing a connection, generating drafts. Runs in the
// background service worker and in Node (CLI, tests).
import { listModelIds } from '../egress/gate';
import type { ProviderConfig } from './client';
import { DraftError, toDraftError } from './errors';

export { DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, type ProviderConfig } from './client';

/** Model ids the server lists, sorted; empty when the server has no list (some compatible servers). */
export async function listModels(config: ProviderConfig, signal?: AbortSignal): Promise<string[]> {
  try {
    return await listModelIds(config, signal);
  } catch (error) {
    throw toDraftError(error, false);
  }
}

export type ConnectionVerdict =
  { ok: true; message: string; models: string[] } | { ok: false; kind: DraftError['kind'] | 'model-missing'; message: string };

/**
 * The options page's "test connection": lists models (checks URL and key) and, when a list exists,
 * whether the chosen model is in it. No tokens are spent.
 */
export async function testConnection(config: ProviderConfig, signal?: AbortSignal): Promise<ConnectionVerdict> {
  let models: string[];
  try {
    models = await listModels({ ...config, timeoutMs: Math.min(config.timeoutMs ?? 10_000, 10_000) }, signal);
  } catch (error) {
    const e = toDraftError(error, false);
    return { ok: false, kind: e.kind, message: e.message };
  }
  if (models.length && config.kind !== 'azure' && !models.includes(config.model)) {
    return {
      ok: false,
      kind: 'model-missing',
      message: `Connected, but the server has no model "${config.model}" (it has: ${models.slice(0, 8).join(', ')}).`,
    };
  }
  return { ok: true, message: `Connected${models.length ? `; ${models.length} models available` : ''}.`, models };
}

export { generateDrafts, type GenerateOptions } from './generate';
