// The provider handlers against the loopback model server: where the stored key may go.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../tests/server/openai-server';
import { providerHandlers } from './provider';
import { ProviderStore, SecretsDb } from './provider-store';

let server: OpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiTestServer();
});
afterAll(() => server.close());

const OPTIONS_PAGE = {} as never;
let n = 0;
const setup = () => {
  const store = new ProviderStore(new SecretsDb(`secrets-test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  return { store, handlers: providerHandlers(store) };
};
const lastAuthorization = () => server.requests.at(-1)?.headers.authorization;

describe('provider handlers', () => {
  it('Test connection with an edited, unsaved host does not send the stored key there', async () => {
    const { handlers } = setup();
    const saved = { kind: 'compatible' as const, model: 'm', baseUrl: server.url };
    await handlers['provider-save']({ kind: 'provider-save', config: saved, apiKey: 'sk-stored' }, OPTIONS_PAGE);
    await handlers['provider-test']({ kind: 'provider-test', config: saved }, OPTIONS_PAGE);
    expect(lastAuthorization()).toBe('Bearer sk-stored');

    // Same server, another origin (localhost instead of 127.0.0.1): to the key, a different host.
    const edited = { ...saved, baseUrl: server.url.replace('127.0.0.1', 'localhost') };
    await handlers['provider-test']({ kind: 'provider-test', config: edited }, OPTIONS_PAGE);
    expect(lastAuthorization()).not.toBe('Bearer sk-stored');
    await handlers['provider-models']({ kind: 'provider-models', config: edited }, OPTIONS_PAGE);
    expect(lastAuthorization()).not.toBe('Bearer sk-stored');
  });

  it('saving another host without a new key drops the stored key (the options page asks again)', async () => {
    const { store, handlers } = setup();
    const saved = { kind: 'compatible' as const, model: 'm', baseUrl: server.url };
    await handlers['provider-save']({ kind: 'provider-save', config: saved, apiKey: 'sk-stored' }, OPTIONS_PAGE);
    expect(await handlers['provider-save']({ kind: 'provider-save', config: { ...saved, model: 'other' } }, OPTIONS_PAGE)).toMatchObject({
      hasKey: true,
    });
    const moved = await handlers['provider-save'](
      { kind: 'provider-save', config: { ...saved, baseUrl: 'https://openrouter.ai/api/v1' } },
      OPTIONS_PAGE,
    );
    expect(moved).toMatchObject({ hasKey: false, keyHint: null });
    expect((await store.load())?.apiKey).toBeUndefined();
  });

  it('refuses plain http to a remote host unless the admin allowed that host', async () => {
    const { store, handlers } = setup();
    const lan = { kind: 'compatible' as const, model: 'm', baseUrl: 'http://192.168.1.20:11434/v1' };
    await expect(handlers['provider-save']({ kind: 'provider-save', config: lan, apiKey: 'k' }, OPTIONS_PAGE)).rejects.toThrow(
      /refusing plain http/,
    );
    await expect(handlers['provider-test']({ kind: 'provider-test', config: lan }, OPTIONS_PAGE)).rejects.toThrow(/refusing plain http/);
    expect(await store.load()).toBeNull();
    await handlers['provider-save'](
      { kind: 'provider-save', config: { ...lan, allowHttpHost: '192.168.1.20' }, apiKey: 'k' },
      OPTIONS_PAGE,
    );
    expect((await store.load())?.baseUrl).toBe(lan.baseUrl);
  });
});

describe("the provider under the admin's policy", () => {
  const storeWith = (policy: object) =>
    new ProviderStore(new SecretsDb(`secrets-test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange }), async () => policy);

  it("the admin's address and model win, and the agent's key goes with them only to the origin it was saved for", async () => {
    const sameOrigin = storeWith({ providerBaseUrl: `${server.url}/team`, providerModel: 'team-model' });
    await sameOrigin.save({ kind: 'compatible', model: 'own', baseUrl: server.url }, 'sk-agent');
    expect(await sameOrigin.load()).toMatchObject({ baseUrl: `${server.url}/team`, model: 'team-model', apiKey: 'sk-agent' });

    const elsewhere = storeWith({ providerBaseUrl: 'https://llm.acme.example/v1' });
    await elsewhere.save({ kind: 'compatible', model: 'own', baseUrl: server.url }, 'sk-agent');
    const config = await elsewhere.load();
    expect(config).toMatchObject({ baseUrl: 'https://llm.acme.example/v1', model: 'own' });
    expect(config).not.toHaveProperty('apiKey');
    expect(await elsewhere.summary()).toMatchObject({ hasKey: false, keyHint: null });
  });
});
