// The drafts work behind the port, against a real OpenAI-compatible server on 127.0.0.1.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GERMAN_ANSWER, SETTINGS, SNIPPETS, ticket } from '../../tests/server/fixtures';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import { resetAcceptedModes } from '../drafts/generate';
import type { DraftSettings, ProviderConfig } from '../drafts/index';
import type { DraftsRequest, DraftsUpdate } from '../messaging/drafts-port';
import { createDraftsService } from './drafts-service';
import { createAnalyses, type KnowledgeService } from './analysis';
import { suggestionLedger } from '../stats/suggestions';

let server: OpenAiTestServer;
let provider: ProviderConfig | null;
let settings: DraftSettings;
const knowledge: KnowledgeService = {
  searchTicket: async () => ({ hits: SNIPPETS }),
  lexicalTicket: async () => SNIPPETS,
  searchText: async () => SNIPPETS,
  byIds: async (ids) => SNIPPETS.filter((s) => ids.includes(s.id)),
};

beforeAll(async () => {
  server = await startOpenAiTestServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  resetAcceptedModes();
});

function setup(config: Partial<ProviderConfig> | null = {}, holdoutIds: string[] = [], holdBack = false) {
  provider = config && {
    kind: 'compatible',
    baseUrl: server.url,
    model: TEST_MODELS[0]!,
    apiKey: 'sk-secret-4242',
    idleTimeoutMs: 3000,
    timeoutMs: 15_000,
    ...config,
  };
  settings = SETTINGS;
  const analyses = createAnalyses({ knowledge, isHoldout: async (_, id) => holdoutIds.includes(id), holdBack: async () => holdBack });
  return createDraftsService({ knowledge, analyses, provider: async () => provider, settings: async () => settings });
}

async function run(
  service: ReturnType<typeof setup>,
  request: DraftsRequest,
  signal = new AbortController().signal,
): Promise<DraftsUpdate[]> {
  const updates: DraftsUpdate[] = [];
  await service(request, (u) => updates.push(u), signal);
  return updates;
}

const start = (t = ticket()): DraftsRequest => ({ kind: 'start', ticket: t, uiLang: 'en', pinnedIds: [] });
const chats = () => server.requests.filter((r) => r.path.endsWith('/chat/completions'));

describe('start', () => {
  it("sends nothing of the page's reading before the REST reading settled it, and says so", async () => {
    const updates = await run(setup(), start(ticket(undefined, { source: 'dom' })));
    expect(updates).toEqual([{ kind: 'failed', message: 'The ticket is still being read; try again in a moment.' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('asks no model and gives no drafts on a holdout ticket', async () => {
    const updates = await run(setup({}, ['held-out']), start(ticket(undefined, { id: 'held-out' })));
    expect(updates).toEqual([{ kind: 'done', drafts: [], source: 'offline' }]);
    expect(chats()).toHaveLength(0);
  });

  it('waits for the semantic snippets at most SEMANTIC_WAIT_MS, then asks with the lexical ones', async () => {
    const slow: KnowledgeService = { ...knowledge, searchTicket: () => new Promise(() => {}), lexicalTicket: async () => [SNIPPETS[0]!] };
    provider = { kind: 'compatible', baseUrl: server.url, model: TEST_MODELS[0]!, apiKey: 'k', idleTimeoutMs: 3000, timeoutMs: 15_000 };
    settings = SETTINGS;
    const analyses = createAnalyses({ knowledge: slow, isHoldout: async () => false, holdBack: async () => false });
    const service = createDraftsService({
      knowledge: slow,
      analyses,
      provider: async () => provider,
      settings: async () => settings,
      semanticWaitMs: 100,
    });
    server.enqueue({ kind: 'draft', answer: GERMAN_ANSWER });
    const started = Date.now();
    const updates = await run(service, start(ticket(undefined, { id: 'slow-embeddings' })));
    expect(updates.at(-1)).toMatchObject({ kind: 'done', source: 'model' });
    // Never answered, the semantic search would hold the drafts until the test's timeout: any bound well
    // under it shows the wait gave up (3 s failed at load 15 on 2 cores).
    expect(Date.now() - started).toBeLessThan(10_000);
    const sent = JSON.stringify(chats().at(-1)!.body);
    expect(sent).toContain(`[id: ${SNIPPETS[0]!.id}]`);
  }, 30_000);

  it('gives offline drafts over the same port when no provider is configured', async () => {
    const updates = await run(setup(null), start(ticket(undefined, { id: 'offline' })));
    expect(updates.at(-1)).toMatchObject({ kind: 'done', source: 'offline' });
    const done = updates.at(-1)!;
    expect(done.kind === 'done' && done.drafts.length).toBeGreaterThan(0);
    expect(chats()).toHaveLength(0);
  });

  it('holds back a handle-personally ticket until the agent asks, then sends it', async () => {
    const angry = ticket(['Das ist das dritte Mal, dass ich schreibe. Ich kündige und mein Anwalt hört davon. Unverschämt!'], {
      id: 'held',
    });
    const service = setup({}, [], true);
    expect(await run(service, start(angry))).toEqual([{ kind: 'done', drafts: [], source: 'offline', held: true }]);
    expect(chats()).toHaveLength(0);
    server.enqueue({ kind: 'draft', answer: GERMAN_ANSWER });
    const released = await run(service, { kind: 'start', ticket: angry, uiLang: 'en', pinnedIds: [], showHeld: true });
    expect(released.at(-1)).toMatchObject({ kind: 'done', source: 'model' });
    expect(chats()).toHaveLength(1);
  });

  it('sends no internal note and no message of unknown visibility', async () => {
    const noted = ticket(undefined, { id: 'notes' });
    noted.messages.push({
      ...noted.messages[0]!,
      id: 'n1',
      role: 'agent',
      visibility: 'internal',
      text: 'Internal: fraud review FR-5521, do not refund.',
    });
    server.enqueue({ kind: 'draft', answer: GERMAN_ANSWER });
    await run(setup(), start(noted));
    const sent = JSON.stringify(chats().at(-1)!.body);
    for (const fragment of ['FR-5521', 'fraud review', 'do not refund']) expect(sent).not.toContain(fragment);
  });

  it('sends the redacted request with the drafts, never the key or the personal values', async () => {
    server.enqueue({ kind: 'draft', answer: GERMAN_ANSWER });
    const updates = await run(setup(), start(ticket(undefined, { id: 'what-was-sent' })));
    const done = updates.at(-1)!;
    expect(done.kind).toBe('done');
    if (done.kind !== 'done') return;
    expect(done.source).toBe('model');
    expect(done.drafts[0]!.text).toContain('Hallo Anna Schmidt');
    const request = done.request!;
    expect(request.model).toBe(TEST_MODELS[0]);
    // Exactly the messages that went over the wire.
    expect(request.messages.map((m) => m.content)).toEqual(
      chats()
        .at(-1)!
        .body!.messages!.map((m) => m.content),
    );
    const shown = JSON.stringify(request);
    expect(shown).not.toContain('sk-secret-4242');
    expect(shown).not.toContain('anna.schmidt@example.de');
    expect(shown).not.toContain('0171 2345678');
    expect(shown).toContain('⟦PHONE_1⟧');
    expect(request.redacted.PHONE).toBe(1);
  });

  it('uses the team settings it is given (tone, facts, signature) in the request', async () => {
    const service = setup();
    settings = { ...SETTINGS, tone: 'knapp und herzlich', companyFacts: ['Versand nur aus Hamburg.'] };
    await run(service, start(ticket(undefined, { id: 'team-settings' })));
    const team = chats().at(-1)!.body!.messages![1]!.content as string;
    expect(team).toContain('tone: knapp und herzlich');
    expect(team).toContain('- Versand nur aus Hamburg.');
  });

  it('reports a 429 wait before retrying, then sends the drafts', async () => {
    server.enqueue({ kind: 'rate-limit', retryAfterSeconds: 1 }, { kind: 'draft', answer: GERMAN_ANSWER });
    const updates = await run(setup(), start(ticket(undefined, { id: 'busy' })));
    expect(updates.find((u) => u.kind === 'retrying')).toEqual({ kind: 'retrying', seconds: 1, attempt: 1, reason: 'rate-limited' });
    expect(updates.at(-1)!.kind).toBe('done');
    expect(chats()).toHaveLength(2);
  });

  it('a malformed model answer gives offline drafts with the typed reason', async () => {
    server.enqueue({ kind: 'draft', answer: 'not json at all' }, { kind: 'draft', answer: 'still not json' });
    const done = (await run(setup(), start(ticket(undefined, { id: 'malformed' })))).at(-1)!;
    expect(done).toMatchObject({ kind: 'done', source: 'offline', error: { kind: 'malformed' } });
  });

  it('a cancelled request (the port closed) sends nothing more', async () => {
    server.enqueue({ kind: 'stall', afterChunks: 2 });
    const controller = new AbortController();
    const updates: DraftsUpdate[] = [];
    const running = setup()(start(ticket(undefined, { id: 'cancel' })), (u) => updates.push(u), controller.signal);
    while (!chats().length) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await running;
    expect(updates.filter((u) => u.kind !== 'delta')).toEqual([]);
    await expect.poll(() => server.abandoned).toBeGreaterThan(0);
  });
});

describe('tools', () => {
  const shorter = {
    drafts: [{ style: 'concise', text: 'Hallo ⟦NAME_1⟧, Ihre Bestellung kommt in 2 Werktagen. Viele Grüße', citations: ['kb-delivery'] }],
    reading: GERMAN_ANSWER.reading,
  };

  it('"shorter" streams one replacement draft, restored and checked, with the tool request as sent', async () => {
    server.enqueue({ kind: 'draft', answer: shorter, chunkChars: 5 });
    const draft = { index: 1, text: 'Hallo Anna Schmidt,\n\nvielen Dank … Rufen Sie uns an: 0171 2345678.', citations: ['kb-delivery'] };
    const updates = await run(setup(), { ...start(), kind: 'tool', tool: 'shorter', draft });
    expect(updates.some((u) => u.kind === 'delta')).toBe(true);
    const revised = updates.at(-1)!;
    expect(revised.kind).toBe('revised');
    if (revised.kind !== 'revised') return;
    expect(revised.draft.text).toBe('Hallo Anna Schmidt, Ihre Bestellung kommt in 2 Werktagen. Viele Grüße');
    // A random id that names no ticket; the stats learn "tool" and the model from the ledger, not the id.
    expect(revised.draft.id).toMatch(/^s-[0-9a-f-]{36}$/);
    expect(suggestionLedger.originOf(revised.draft.id)).toEqual({ source: 'tool', model: expect.any(String) });
    expect(revised.draft.flags).toEqual([]);
    const sent = chats().at(-1)!.body!.messages!;
    expect(String(sent.at(-1)!.content)).toContain('# Tool: shorter');
    expect(JSON.stringify(sent)).not.toContain('0171 2345678');
    expect(revised.request!.messages).toHaveLength(4);
  });

  it('a tool result gets the same checks (an unknown link is flagged)', async () => {
    server.enqueue({
      kind: 'draft',
      answer: { ...shorter, drafts: [{ ...shorter.drafts[0], text: 'Hallo, siehe https://evil.example/x' }] },
    });
    const revised = (
      await run(setup(), { ...start(), kind: 'tool', tool: 'friendlier', draft: { index: 0, text: 'Hallo', citations: [] } })
    ).at(-1)!;
    expect(revised.kind === 'revised' && revised.draft.flags.map((f) => f.kind)).toContain('unknown-link');
  });

  it('a failing tool reports the typed error and leaves the draft to the sidebar', async () => {
    server.enqueue({ kind: 'server-error', status: 401 });
    const failed = (
      await run(setup(), { ...start(), kind: 'tool', tool: 'translate', draft: { index: 0, text: 'Hallo', citations: [] } })
    ).at(-1)!;
    expect(failed).toMatchObject({ kind: 'failed', error: { kind: 'auth' } });
  });

  it('offline, regenerate re-composes that draft and a model tool says a provider is needed', async () => {
    const service = setup(null);
    const regenerated = (
      await run(service, { ...start(), kind: 'tool', tool: 'regenerate', draft: { index: 0, text: 'old', citations: [] } })
    ).at(-1)!;
    expect(regenerated).toMatchObject({ kind: 'revised', source: 'offline' });
    expect(regenerated.kind === 'revised' && regenerated.draft.text).toContain('Lieferzeiten');
    const refused = (await run(service, { ...start(), kind: 'tool', tool: 'shorter', draft: { index: 0, text: 'old', citations: [] } })).at(
      -1,
    )!;
    expect(refused).toMatchObject({ kind: 'failed', error: { kind: 'no-provider' } });
    expect(chats()).toHaveLength(0);
  });
});
