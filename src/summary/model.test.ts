// The model summary against the real loopback OpenAI-compatible server: what it sends (public messages
// only, redacted, fenced), streaming, the checks on the answer, the cache per conversation state, and
// the holdout and hold-back decisions (nothing is sent).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import type { Analyses } from '../background/analysis';
import type { ProviderConfig } from '../drafts/client';
import type { Message, Ticket } from '../ticket/schema';
import { createModelSummaries } from './model';
import type { ModelSummaryUpdate } from './port-messages';
import { testMessage, testTicket } from '../../tests/support/tickets';

let server: OpenAiTestServer;
let config: ProviderConfig;
beforeAll(async () => {
  server = await startOpenAiTestServer();
  config = { kind: 'compatible', baseUrl: server.url, model: TEST_MODELS[0]!, apiKey: 'test-key', timeoutMs: 10_000 };
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
});

const msg = (id: string, role: Message['role'], text: string, visibility: Message['visibility'] = 'public') =>
  testMessage(id, role, text, visibility, role === 'customer' ? 'Maria Lindqvist' : 'Sam');
const ticket = (extra = ''): Ticket =>
  testTicket({
    id: '130',
    helpdesk: 'freshdesk',
    subject: 'Files stopped syncing',
    requester: { name: 'Maria Lindqvist', email: 'maria@example.se' },
    messages: [
      msg('1', 'customer', 'My files stopped syncing. Write to me at maria@example.se please.'),
      msg('2', 'agent', 'Could you send the logs?'),
      msg('3', 'agent', 'SECRET NOTE: customer is on the legacy plan.', 'internal'),
      msg('4', 'customer', `Logs attached. When will it work?${extra}`),
    ],
  });

const analysis = (holdout = false, heldBack = false) =>
  ({
    get: async () => ({ holdout, heldBack, cue: null, lexical: Promise.resolve([]), search: Promise.resolve({ hits: [] }) }),
  }) as unknown as Pick<Analyses, 'get'>;

async function run(summaries: ReturnType<typeof createModelSummaries>, t: Ticket, showHeld = false) {
  const updates: ModelSummaryUpdate[] = [];
  await summaries({ ticket: t, uiLang: 'en', showHeld }, (u) => updates.push(u), new AbortController().signal);
  return updates;
}

describe('model summary', () => {
  it('sends the public messages only, redacted and fenced; streams; restores; caches per conversation state', async () => {
    server.enqueue({ kind: 'draft', answer: 'Asked: why sync stopped. Team: asked for logs. Open: when it works.', chunkChars: 12 });
    const summaries = createModelSummaries({ provider: async () => config, analyses: analysis() });
    const updates = await run(summaries, ticket());
    expect(updates.filter((u) => u.kind === 'delta').length).toBeGreaterThan(1);
    expect(updates.at(-1)).toMatchObject({
      kind: 'done',
      text: 'Asked: why sync stopped. Team: asked for logs. Open: when it works.',
      flags: [],
    });
    const { request } = updates.at(-1) as Extract<ModelSummaryUpdate, { kind: 'done' }>;
    expect(request.messages.map((m) => m.label)).toEqual(['Instructions (same for every summary)', 'Public messages (redacted)']);
    expect(request.redacted).toMatchObject({ EMAIL: 1 });
    expect(JSON.stringify(server.requests.at(-1)!.body!.messages)).toBe(
      JSON.stringify(request.messages.map((m) => ({ role: m.role, content: m.content }))),
    );
    const sent = JSON.stringify(server.requests.at(-1)!.body);
    expect(sent).not.toContain('SECRET NOTE');
    expect(sent).not.toContain('maria@example.se');
    expect(sent).toContain('⟦EMAIL_1⟧');
    expect(sent).toMatch(/<<<DATA [0-9a-f]{16}>>>/);

    const again = await run(summaries, ticket());
    expect(again).toEqual([updates.at(-1)]);
    expect(server.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(1);
    // A new customer message is a new state: asked again.
    server.enqueue({ kind: 'draft', answer: 'Updated summary.' });
    expect((await run(summaries, ticket(' Any news?'))).at(-1)).toMatchObject({ kind: 'done', text: 'Updated summary.' });
  });

  it('checks the answer like a draft: a link nobody vouches for and a promise are flagged', async () => {
    server.enqueue({
      kind: 'draft',
      answer: 'The team promised a full refund. Reset here: https://secure-account-verify.example-login.net/reset',
    });
    const updates = await run(createModelSummaries({ provider: async () => config, analyses: analysis() }), ticket());
    const done = updates.at(-1) as Extract<ModelSummaryUpdate, { kind: 'done' }>;
    expect(done.flags.map((f) => f.kind).sort()).toEqual(['unbacked-promise', 'unknown-link']);
  });

  it('sends nothing for a holdout ticket, a held-back one unless the agent released it, or without a provider', async () => {
    expect(await run(createModelSummaries({ provider: async () => config, analyses: analysis(true) }), ticket())).toEqual([
      { kind: 'failed', problem: 'holdout' },
    ]);
    const held = createModelSummaries({ provider: async () => config, analyses: analysis(false, true) });
    expect(await run(held, ticket())).toEqual([{ kind: 'failed', problem: 'held' }]);
    expect(await run(createModelSummaries({ provider: async () => null, analyses: analysis() }), ticket())).toEqual([
      { kind: 'failed', problem: 'no-provider' },
    ]);
    expect(server.requests).toHaveLength(0);
    server.enqueue({ kind: 'draft', answer: 'Released.' });
    expect((await run(held, ticket(), true)).at(-1)).toMatchObject({ kind: 'done', text: 'Released.' });
  });

  it('a failing provider is one failed update, not cached', async () => {
    server.enqueue({ kind: 'server-error', status: 500 });
    const summaries = createModelSummaries({ provider: async () => config, analyses: analysis() });
    expect((await run(summaries, ticket())).at(-1)).toMatchObject({ kind: 'failed', problem: 'failed' });
    server.enqueue({ kind: 'draft', answer: 'Fine now.' });
    expect((await run(summaries, ticket())).at(-1)).toMatchObject({ kind: 'done', text: 'Fine now.' });
  });
});
