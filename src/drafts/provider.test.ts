// Against a real HTTP server on 127.0.0.1: every failure mode ends in drafts or a typed error, never a hang.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GERMAN_ANSWER, SETTINGS, SNIPPETS, CUE, ticket } from '../../tests/server/fixtures';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import { DraftError } from './errors';
import { generateDrafts, resetAcceptedModes } from './generate';
import { buildRequest } from './prompt';
import { listModels, testConnection, type ProviderConfig } from './provider';
import { CANARY_LINE } from './system-prompt';

let server: OpenAiTestServer;
let config: ProviderConfig;
beforeAll(async () => {
  server = await startOpenAiTestServer();
  config = { kind: 'compatible', baseUrl: server.url, model: TEST_MODELS[0]!, apiKey: 'test-key', idleTimeoutMs: 2000, timeoutMs: 10_000 };
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  resetAcceptedModes();
});

const request = () => buildRequest({ ticket: ticket(), snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' });
const chatRequests = () => server.requests.filter((r) => r.path.endsWith('/chat/completions'));

async function failure(promise: Promise<unknown>): Promise<DraftError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DraftError);
  return error as DraftError;
}

describe('generateDrafts', () => {
  it('streams the first draft as it arrives, restored, and returns validated drafts', async () => {
    server.enqueue({ kind: 'draft', answer: GERMAN_ANSWER, chunkChars: 7 });
    const deltas: string[] = [];
    const result = await generateDrafts(config, request(), { onDelta: (text) => deltas.push(text) });
    expect(result.mode).toBe('json_schema');
    expect(result.answer.drafts).toHaveLength(2);
    expect(deltas.length).toBeGreaterThan(10);
    expect(deltas.at(-1)).toBe(GERMAN_ANSWER.drafts[0]!.text.replace('⟦NAME_1⟧', 'Anna Schmidt'));
    expect(deltas.every((d) => !d.includes('⟦'))).toBe(true);
    for (let i = 1; i < deltas.length; i++) expect(deltas[i]!.startsWith(deltas[i - 1]!)).toBe(true);
    const body = chatRequests()[0]!.body!;
    expect(body.stream).toBe(true);
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.response_format?.json_schema?.name).toBe('souffleur_drafts');
  });

  it('works without streaming', async () => {
    server.enqueue({ kind: 'draft', answer: GERMAN_ANSWER });
    const result = await generateDrafts(config, request(), { stream: false });
    expect(result.answer.drafts[0]!.citations).toEqual(['kb-delivery']);
    expect(chatRequests()[0]!.body!.stream).toBeFalsy();
  });

  it('falls back to json_object on a server without schema support, and remembers it', async () => {
    server.enqueue({ kind: 'no-schema' }, { kind: 'no-schema' });
    const result = await generateDrafts(config, request());
    expect(result.mode).toBe('json_object');
    expect(chatRequests().map((r) => r.body!.response_format?.type)).toEqual(['json_schema', 'json_object']);
    await generateDrafts(config, request());
    expect(chatRequests().map((r) => r.body!.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('repairs an answer that is not the JSON we asked for', async () => {
    server.enqueue(
      { kind: 'draft', answer: 'Sure! Here are the drafts: drafts: concise — Hallo, ...' },
      { kind: 'draft', answer: GERMAN_ANSWER },
    );
    const result = await generateDrafts(config, request());
    expect(result.repaired).toBe(true);
    expect(chatRequests()).toHaveLength(2);
    expect(chatRequests()[1]!.body!.messages![1]!.content).toContain('Sure! Here are the drafts');
    // The repair prompt carries the canary line too, so a repaired answer that leaks it is flagged like a draft.
    expect(String(chatRequests()[1]!.body!.messages![0]!.content).split('\n')[0]).toBe(CANARY_LINE);
  });

  it('gives up with a malformed error when the repair pass fails too', async () => {
    server.enqueue({ kind: 'draft', answer: 'no json here' }, { kind: 'draft', answer: 'still none' });
    expect((await failure(generateDrafts(config, request()))).kind).toBe('malformed');
  });

  it('retries a 429 after the retry-after the server asked for', async () => {
    server.enqueue({ kind: 'rate-limit', retryAfterSeconds: 1 });
    const started = Date.now();
    const result = await generateDrafts(config, request());
    expect(result.answer.drafts.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(chatRequests()).toHaveLength(2);
  });

  it('surfaces a 429 whose retry-after is beyond the bound at once, as rate-limited', async () => {
    server.enqueue({ kind: 'rate-limit', retryAfterSeconds: 120 });
    const error = await failure(generateDrafts(config, request()));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.message).toMatch(/retry in 120 s/);
    expect(chatRequests()).toHaveLength(1);
  });

  it('retries 500s with backoff, then reports a server error', async () => {
    server.enqueue({ kind: 'server-error' }, { kind: 'draft' });
    expect((await generateDrafts(config, request())).answer.drafts.length).toBeGreaterThan(0);
    server.requests.length = 0;
    server.enqueue({ kind: 'server-error' }, { kind: 'server-error' }, { kind: 'server-error' });
    const error = await failure(generateDrafts(config, request()));
    expect(error.kind).toBe('server-error');
    expect(chatRequests()).toHaveLength(3);
  });

  it('times out a stalled stream', async () => {
    server.enqueue({ kind: 'stall', afterChunks: 3 });
    const started = Date.now();
    const deltas: string[] = [];
    const error = await failure(generateDrafts({ ...config, idleTimeoutMs: 300 }, request(), { onDelta: (t) => deltas.push(t) }));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out a slow first byte, and waits for one within the limit', async () => {
    server.enqueue({ kind: 'slow-first-byte', delayMs: 1500 });
    expect((await failure(generateDrafts({ ...config, idleTimeoutMs: 300 }, request()))).kind).toBe('timeout');
    server.enqueue({ kind: 'slow-first-byte', delayMs: 200 });
    expect((await generateDrafts({ ...config, idleTimeoutMs: 1500 }, request())).answer.drafts.length).toBeGreaterThan(0);
  });

  it('reports a body that is not JSON as malformed, streaming or not', async () => {
    server.enqueue({ kind: 'malformed-body' });
    expect((await failure(generateDrafts(config, request(), { stream: false }))).kind).toBe('malformed');
    server.enqueue({ kind: 'malformed-body' });
    expect((await failure(generateDrafts(config, request()))).kind).toBe('malformed');
  });

  it('reports a refused key as auth', async () => {
    server.enqueue({
      kind: 'status',
      status: 401,
      body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } },
    });
    expect((await failure(generateDrafts(config, request()))).kind).toBe('auth');
  });

  it('is cancelled by its AbortSignal mid-stream', async () => {
    server.enqueue({ kind: 'draft', chunkChars: 4, chunkDelayMs: 40 });
    const controller = new AbortController();
    const started = Date.now();
    const error = await failure(generateDrafts(config, request(), { signal: controller.signal, onDelta: () => controller.abort() }));
    expect(error.kind).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports an unreachable server as a network error', async () => {
    const closed = await startOpenAiTestServer();
    await closed.close();
    expect((await failure(generateDrafts({ ...config, baseUrl: closed.url }, request()))).kind).toBe('network');
  });
});

describe('provider kinds', () => {
  it('talks to Azure OpenAI deployments and to OpenAI with max_completion_tokens', async () => {
    const root = server.url.replace(/\/v1$/, '');
    await generateDrafts({ kind: 'azure', azureEndpoint: root, model: 'my-deployment', apiKey: 'k', maxTokens: 321 }, request());
    const azure = chatRequests().at(-1)!;
    expect(azure.path).toBe('/openai/deployments/my-deployment/chat/completions');
    expect(azure.headers['api-key']).toBe('k');
    expect(azure.body!.max_completion_tokens).toBe(321);
    await generateDrafts({ kind: 'compatible', baseUrl: server.url, model: 'llama3', maxTokens: 123 }, request());
    expect(chatRequests().at(-1)!.body!.max_tokens).toBe(123);
  });
});

describe('listModels and testConnection', () => {
  it('lists the server models and gives a clear verdict', async () => {
    expect(await listModels(config)).toEqual([...TEST_MODELS].sort());
    expect(await testConnection(config)).toMatchObject({ ok: true });
    expect(await testConnection({ ...config, model: 'gpt-nonexistent' })).toMatchObject({ ok: false, kind: 'model-missing' });
    expect(await testConnection({ ...config, baseUrl: 'http://127.0.0.1:9/v1' })).toMatchObject({ ok: false, kind: 'network' });
  });
});
