// Options-page requests about the model provider: read the summary, save, test, list models.
import { listModels, testConnection, type ProviderConfig } from '../drafts/index';
import type { RequestOf } from '../messaging/protocol';
import { assertEndpoint } from '../settings/provider-endpoint';
import { ProviderStore } from './provider-store';
import type { Handlers } from './router';

export type ProviderHandlers = Pick<Handlers, 'provider-get' | 'provider-save' | 'provider-remove' | 'provider-test' | 'provider-models'>;

export function providerHandlers(store: ProviderStore): ProviderHandlers {
  /**
   * The config to try: the form's values with the typed key, else the stored key, but only when the
   * (possibly edited, unsaved) address has the origin the key was saved for: "Test connection" must
   * not hand the stored key to a host the admin is still typing.
   */
  const candidate = async ({ config, apiKey }: RequestOf<'provider-test'> | RequestOf<'provider-models'>): Promise<ProviderConfig> => {
    assertEndpoint(config);
    const key = apiKey === undefined ? await store.keyFor(config) : apiKey;
    return { ...config, ...(key ? { apiKey: key } : {}) };
  };
  return {
    'provider-get': () => store.summary(),
    'provider-save': async ({ config, apiKey }) => {
      assertEndpoint(config);
      await store.save(config, apiKey);
      return store.summary();
    },
    'provider-remove': () => store.remove(),
    'provider-test': async (request) => testConnection(await candidate(request)),
    'provider-models': async (request) => listModels(await candidate(request)),
  };
}
