// Options-page requests about the model provider: read the summary, save, test, list models.
import { listModels, testConnection, type ProviderConfig } from '../drafts/index';
import type { RequestOf } from '../messaging/protocol';
import { ProviderStore } from './provider-store';
import type { Handlers } from './router';

export type ProviderHandlers = Pick<Handlers, 'provider-get' | 'provider-save' | 'provider-remove' | 'provider-test' | 'provider-models'>;

export function providerHandlers(store: ProviderStore): ProviderHandlers {
  /** The config to try: the form's values with the typed key, else the stored key. */
  const candidate = async ({ config, apiKey }: RequestOf<'provider-test'> | RequestOf<'provider-models'>): Promise<ProviderConfig> => {
    const stored = apiKey === undefined ? (await store.load())?.apiKey : apiKey;
    return { ...config, ...(stored ? { apiKey: stored } : {}) };
  };
  return {
    'provider-get': () => store.summary(),
    'provider-save': async ({ config, apiKey }) => {
      await store.save(config, apiKey);
      return store.summary();
    },
    'provider-remove': () => store.remove(),
    'provider-test': async (request) => testConnection(await candidate(request)),
    'provider-models': async (request) => listModels(await candidate(request)),
  };
}
