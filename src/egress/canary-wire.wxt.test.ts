// What leaves the browser, on the wire (egress22): canaries planted in one Zendesk and one Freshdesk ticket (an
// internal note, a message whose visibility is not shown, hidden text, personal data of each kind redaction knows, an
// internal-note macro, the customer's earlier tickets, the API key; canary24: a note labelled in German, a merged
// ticket's note, a note the page shows unmarked, a forward, a Cc list; tests/support/canary-*.ts, modelled), then
// every feature driven through the background's own code
// (page reading, REST reading through the tab, analysis, drafts streamed, a draft tool, the model summary, the
// held-back reading, polish, translate, embeddings, the connection test, the stats upload). Every request any of them
// makes goes through fetch; the test taps it and reads each one's URL, headers and body as sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import { freshdeskCanary } from '../../tests/support/canary-freshdesk';
import { KEY, NEVER, PERSONAL, PII_TEXT, type CanaryDesk } from '../../tests/support/canary-text';
import { zendeskCanary } from '../../tests/support/canary-zendesk';
import { createAnalyses } from '../background/analysis';
import { createCustomerHistory } from '../background/customer-history';
import { createDraftsService } from '../background/drafts-service';
import { createHeldReadings } from '../background/held-reading';
import { openKnowledge } from '../background/knowledge';
import { createPolish } from '../background/polish';
import { createStatsService } from '../background/stats';
import { createStatsUploader, forwardingWriter } from '../background/stats-upload';
import { readTicketApi } from '../background/ticket-api';
import type { AskTab } from '../background/tab-fetch';
import type { ProviderConfig } from '../drafts/client';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/settings';
import { DATA_MARK } from '../drafts/spotlight';
import { listModels } from '../drafts/provider';
import { sendChat } from './gate';
import { STILL_READING } from './outbound';
import { zendeskMacros } from '../helpdesks/zendesk/macros-api';
import { KnowledgeBase } from '../knowledge/db';
import { KnowledgeDb } from '../knowledge/knowledge-db';
import type { DraftsRequest, DraftsUpdate } from '../messaging/drafts-port';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { StatsDb } from '../stats/db';
import { OutboxDb } from '../stats/outbox';
import { createEventWriter } from '../stats/writer';
import { createModelSummaries } from '../summary/model';
import type { ModelSummaryUpdate } from '../summary/port-messages';
import type { Ticket } from '../ticket/schema';

// The wxt project keeps Vitest's 5 s; a drafts run with its embedding takes 4-6 s at load 18 on two cores.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const ANGRY = 'This is the third time I write. If it is not fixed today my lawyer will hear of it.';

/** A plain-http host no admin allowed (TEST-NET-1). */
const UNALLOWED = '192.0.2.10:11434';
/** canary24: one table over both helpdesks; each test below runs on each helpdesk's canary ticket (modelled). */
const DESKS = [zendeskCanary, freshdeskCanary];
let desk: CanaryDesk = zendeskCanary;
/** Each helpdesk's describe block reads its own ticket. */
const onEachDesk = (title: string, body: () => void) =>
  describe.each(DESKS)(`$name: ${title}`, (d) => {
    beforeEach(() => {
      desk = d;
      current = thread(current.last);
    });
    body();
  });

// ---- the wire: every fetch any feature makes, as sent ----
interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}
const wire: Sent[] = [];
/** The knowledge base's embedding run, made before the tests. */
const kbEmbedding: Sent[] = [];
const tabGets: string[] = [];
const realFetch = globalThis.fetch;

const ask: AskTab = async (tabId, request) => {
  tabGets.push(`${tabId} ${request.origin}${request.path}`);
  // The helpdesk's API refusing the agent's session (a plan without API access, modelled): the page's reading stands.
  if (state.apiDown) return { ok: true, status: 403, text: '' };
  const answer = current.api[request.path];
  return answer === undefined ? { ok: true, status: 404, text: '' } : { ok: true, status: 200, text: JSON.stringify(answer) };
};
const thread = (last: string) => ({ api: desk.api(last), last });
let current = thread('Still waiting, please answer.');

let openai: OpenAiTestServer;
let clickhouse: Server;
let clickhouseUrl = '';
let provider: ProviderConfig;
const state = { holdBack: true, readingWhenHeld: true, holdout: false, apiDown: false };
const indexedDB = new IDBFactory();
const kb = new KnowledgeBase(new KnowledgeDb('canary-kb', { indexedDB, IDBKeyRange }));
const knowledge = openKnowledge(kb, async () => provider);
const analyses = createAnalyses({ knowledge, isHoldout: async () => state.holdout, holdBack: async () => state.holdBack });
const drafts = createDraftsService({
  knowledge,
  analyses,
  provider: async () => provider,
  settings: async () => DEFAULT_DRAFT_SETTINGS,
  semanticWaitMs: 3000,
});
const summaries = createModelSummaries({ provider: async () => provider, analyses });
const held = createHeldReadings({ analyses, provider: async () => provider, enabled: async () => state.readingWhenHeld });
const polish = createPolish({
  knowledge,
  draftSettings: async () => DEFAULT_DRAFT_SETTINGS,
  provider: async () => provider,
  isHoldout: async () => state.holdout,
  spellers: async () => ({ correct: () => true, suggest: () => [] }),
});
const history = createCustomerHistory(ask);

beforeAll(async () => {
  openai = await startOpenAiTestServer();
  clickhouse = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200).end(''));
  });
  await new Promise<void>((resolve) => clickhouse.listen(0, '127.0.0.1', resolve));
  clickhouseUrl = `http://127.0.0.1:${(clickhouse.address() as AddressInfo).port}/?database=souffleur`;
  provider = {
    kind: 'compatible',
    baseUrl: openai.url,
    model: TEST_MODELS[0]!,
    apiKey: KEY,
    embeddingModel: 'souffleur-embed',
    timeoutMs: 10_000,
  };
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    wire.push({
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: request.body ? await request.clone().text() : '',
    });
    // Recorded above as sent; never dialled (a documentation address, no one listens there).
    if (new URL(request.url).host === UNALLOWED) return new Response('', { status: 503 });
    return realFetch(request);
  };
  // The team's knowledge: a help-centre article and the macros Zendesk lists, one of which writes an internal note.
  const macros = zendeskMacros.read('/api/v2/macros.json?access=shared&active=true&per_page=100', {
    macros: [
      {
        id: 1,
        title: 'Order never arrived',
        active: true,
        actions: [{ field: 'comment_value', value: 'We are sorry your order never arrived; we will send a new one today.' }],
      },
      {
        id: 2,
        title: 'Order never arrived: escalate',
        active: true,
        actions: [
          { field: 'comment_value', value: 'KESTRELMACRO order never arrived, escalated to tier 2; check the fraud list first.' },
          { field: 'comment_mode_is_public', value: false },
        ],
      },
    ],
    next_page: null,
  });
  await kb.importArticles([
    ...macros.articles,
    { id: 'lost', title: 'Lost orders', body: 'An order that never arrived is sent again at no cost within two days.', language: 'en' },
  ]);
  // The admin computes the knowledge base's embeddings (options page) before any ticket is opened.
  const status = await knowledge.handlers['knowledge-embed']({ kind: 'knowledge-embed' }, {} as never);
  expect(status.error).toBeUndefined();
  for (
    let i = 0;
    i < 200 && (await knowledge.handlers['knowledge-embed-status']({ kind: 'knowledge-embed-status' }, {} as never)).running;
    i++
  )
    await new Promise((resolve) => setTimeout(resolve, 20));
  kbEmbedding.push(...wire);
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await openai.close();
  await new Promise((resolve) => clickhouse.close(resolve));
});
beforeEach(() => {
  wire.length = 0;
  tabGets.length = 0;
  Object.assign(state, { holdBack: true, readingWhenHeld: true, holdout: false, apiDown: false });
  current = thread('Still waiting, please answer.');
  analyses.clear();
  drafts.forget();
  summaries.forget();
  held.forget();
});

/** The ticket as the background has it after the page's and the REST reading (the REST one settles it). */
async function readings(): Promise<{ page: Ticket; rest: Ticket }> {
  const page = desk.page(current.last);
  const rest = await readTicketApi(page, desk.tab, ask);
  return { page, rest };
}

async function runDrafts(request: Partial<DraftsRequest> & { ticket: Ticket }): Promise<DraftsUpdate[]> {
  const updates: DraftsUpdate[] = [];
  await drafts(
    { kind: 'start', uiLang: 'en', pinnedIds: [], ...request } as DraftsRequest,
    (u) => updates.push(u),
    new AbortController().signal,
  );
  return updates;
}

async function runSummary(ticket: Ticket, showHeld = false): Promise<ModelSummaryUpdate[]> {
  const updates: ModelSummaryUpdate[] = [];
  await summaries({ ticket, uiLang: 'en', ...(showHeld ? { showHeld } : {}) }, (u) => updates.push(u), new AbortController().signal);
  return updates;
}

/** The leaks each test looks for: all of them (egress22 set the internal-note macro aside while it was open). */
const leaks = (sent: Sent[] = wire) => allLeaks(sent);

/** Every leak on the wire: a canary anywhere but the provider's Authorization header, raw personal data anywhere. */
function allLeaks(sent: Sent[] = wire): string[] {
  const found: string[] = [];
  for (const request of sent) {
    const where = `${request.method} ${new URL(request.url).pathname}`;
    const headers = Object.entries(request.headers)
      .filter(([name, value]) => !(name === 'authorization' && value === `Bearer ${KEY}` && request.url.startsWith(openai.url)))
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n');
    const bytes = `${request.url}\n${headers}\n${request.body}`;
    // JSON escapes are how a body carries text: read them back before looking.
    const unescaped = bytes.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    // canary24: and a data fence carries spaces as its mark (src/drafts/spotlight.ts): "42ˆLarkspurˆLane" is the address too.
    const text = `${bytes}\n${unescaped}\n${unescaped.replaceAll(DATA_MARK, ' ')}`;
    for (const [what, canary] of Object.entries(NEVER)) if (text.includes(canary)) found.push(`${where}: ${what}`);
    for (const [what, forms] of Object.entries(PERSONAL))
      if (forms.some((form) => text.includes(form))) found.push(`${where}: raw ${what}`);
    if (request.url.startsWith(openai.url) && request.headers.authorization !== `Bearer ${KEY}`) found.push(`${where}: no key header`);
  }
  return found;
}
const toProvider = () => wire.filter((r) => r.url.startsWith(openai.url));
const chats = () => toProvider().filter((r) => r.url.endsWith('/chat/completions'));
const embeddings = () => toProvider().filter((r) => r.url.endsWith('/embeddings'));

onEachDesk('the canary ticket, read as the background reads it', () => {
  it('keeps every planted note, the unproven message and the hidden text out of what may leave, and reads the thread over the tab only', async () => {
    const { rest } = await readings();
    expect(rest.source).toBe('api');
    const text = (visibility: string) =>
      rest.messages
        .filter((m) => m.visibility === visibility)
        .map((m) => m.text)
        .join('\n');
    for (const phrase of desk.publicText) expect(text('public')).toContain(phrase);
    // Planted and read (else the wire checks below could pass on a ticket without them), and kept back.
    for (const canary of desk.planted) {
      expect(text('internal')).toContain(canary);
      expect(text('public')).not.toContain(canary);
    }
    expect(text('public')).not.toContain('KESTRELDISPLAYNONE');
    expect(text('public')).not.toContain('KESTRELWHITEONWHITE');
    expect(tabGets.every((get) => get.startsWith(`${desk.tab.id} ${new URL(desk.tab.url).origin}/api/v2/`))).toBe(true);
    expect(wire).toEqual([]);
  });
});

onEachDesk('every feature on the wire', () => {
  it('drafts, streamed: one chat and one embedding request, nothing planted in either', async () => {
    const { rest } = await readings();
    const updates = await runDrafts({ ticket: rest, showHeld: false });
    expect(updates.at(-1)).toMatchObject({ kind: 'done', source: 'model' });
    expect(chats().length).toBe(1);
    expect(embeddings().length).toBe(1);
    expect(leaks()).toEqual([]);
    // The public thread does leave (so the leak check above can fail).
    for (const phrase of desk.publicText) expect(chats()[0]!.body.replaceAll(DATA_MARK, ' ')).toContain(phrase);
  });

  // canary24: the page's reading, once the helpdesk's API said it could not be read, is all there is and may leave.
  // Only a note the page shows no marker of at all (desk.onlyRestSees) is beyond it.
  it('the page’s reading once the API failed: drafts and the summary carry the public thread, no note', async () => {
    state.apiDown = true;
    const { rest: settled } = await readings();
    expect(settled.source).toBe('dom');
    expect(settled.warnings.some((w) => w.field === 'api')).toBe(true);
    expect((await runDrafts({ ticket: settled })).at(-1)).toMatchObject({ kind: 'done', source: 'model' });
    expect((await runSummary(settled)).at(-1)).toMatchObject({ kind: 'done' });
    expect(chats().length).toBe(2);
    for (const phrase of desk.publicText) expect(chats()[0]!.body.replaceAll(DATA_MARK, ' ')).toContain(phrase);
    const blind = desk.onlyRestSees.map((canary) => Object.entries(NEVER).find(([, c]) => c === canary)![0]);
    expect(leaks().filter((leak) => !blind.some((what) => leak.endsWith(`: ${what}`)))).toEqual([]);
  });

  it('a draft tool on the draft as the agent sees it (restored, with the personal data back in it)', async () => {
    const { rest } = await readings();
    await runDrafts({ ticket: rest });
    wire.length = 0;
    const updates = await runDrafts({
      ticket: rest,
      kind: 'tool',
      tool: 'friendlier',
      draft: {
        index: 0,
        text: `Dear Wren Halloway, we will refund IBAN DE89 3704 0044 0532 0130 00 and call +44 7700 900123.`,
        citations: [],
      },
    } as never);
    expect(updates.at(-1)).toMatchObject({ kind: 'revised' });
    expect(chats().length).toBe(1);
    expect(leaks()).toEqual([]);
  });

  it('the model summary', async () => {
    const { rest } = await readings();
    const updates = await runSummary(rest);
    expect(updates.at(-1)).toMatchObject({ kind: 'done' });
    expect(chats().length).toBe(1);
    expect(leaks()).toEqual([]);
  });

  it('polish and translate of the agent’s reply, which repeats the customer’s data', async () => {
    const { rest } = await readings();
    const reply = `Hi Wren, we will refund DE89 3704 0044 0532 0130 00 and write to wren.halloway@example.org; card 4111 1111 1111 1111.`;
    await polish['polish-reply']({ text: reply, ticket: rest });
    await polish['translate-reply']({ text: reply, ticket: { ...rest, language: 'de' } });
    expect(chats().length).toBe(2);
    expect(leaks()).toEqual([]);
  });

  it('embeddings of the knowledge base: the team’s passages', async () => {
    expect(kbEmbedding.filter((r) => r.url.endsWith('/embeddings')).length).toBeGreaterThan(0);
    expect(leaks(kbEmbedding)).toEqual([]);
  });

  // Was open on egress22 (drafts, their tools and the knowledge base's embeddings carried it): the macro source now
  // leaves a macro with `comment_mode_is_public: false` out, so it is no snippet, no embedding and no draft material.
  it('never a macro that writes an internal note', async () => {
    const { rest } = await readings();
    await runDrafts({ ticket: rest });
    expect(chats().length).toBe(1);
    expect(allLeaks([...kbEmbedding, ...wire])).toEqual([]);
  });

  it('the connection test: the model list, with the key in its header only', async () => {
    expect(await listModels(provider)).toEqual([...TEST_MODELS].sort());
    expect(toProvider().map((r) => r.method)).toEqual(['GET']);
    expect(leaks()).toEqual([]);
  });

  it('customer context reads the earlier tickets over the tab and sends nothing; no later request carries them', async () => {
    const { rest } = await readings();
    const view = await history.view(rest, desk.tab, 'en');
    expect(view).not.toBeNull();
    expect(wire).toEqual([]);
    await runDrafts({ ticket: rest });
    await runSummary(rest);
    expect(leaks()).toEqual([]);
  });
});

onEachDesk('when nothing may leave', () => {
  it('a held-back ticket: no drafts, no summary, no embedding until the agent asks; the reading only when opted in', async () => {
    current = thread(ANGRY);
    const { rest } = await readings();
    const analysis = await analyses.get(rest, 'en');
    expect(analysis.heldBack).toBe(true);
    state.readingWhenHeld = false;
    expect(await held(rest, 'en', desk.tab.id)).toMatchObject({ status: 'not-asked', why: 'off' });
    expect((await runDrafts({ ticket: rest })).at(-1)).toMatchObject({ kind: 'done', held: true, drafts: [] });
    expect((await runSummary(rest)).at(-1)).toMatchObject({ kind: 'failed', problem: 'held' });
    expect(wire).toEqual([]);
    state.readingWhenHeld = true;
    openai.enqueue({ kind: 'draft', answer: { emotion: 'anger', needsHumanTouch: true, why: 'Threatens legal action.' } } as never);
    expect(await held(rest, 'en', desk.tab.id)).toMatchObject({ status: 'read' });
    expect(chats().length).toBe(1);
    expect(embeddings()).toEqual([]);
    expect(leaks()).toEqual([]);
  });

  it('a holdout ticket: nothing for any feature', async () => {
    state.holdout = true;
    const { rest } = await readings();
    await runDrafts({ ticket: rest, showHeld: true });
    await runSummary(rest, true);
    await polish['polish-reply']({ text: 'Hi Wren, we will send it again.', ticket: rest });
    await expect(polish['translate-reply']({ text: 'Hi Wren.', ticket: rest })).rejects.toThrow();
    current = thread(ANGRY);
    analyses.clear();
    expect(await held((await readings()).rest, 'en', desk.tab.id)).toMatchObject({ status: 'not-asked', why: 'holdout' });
    expect(wire).toEqual([]);
  });

  it('the page’s reading before the REST reading settles it: no feature sends any of it', async () => {
    const { page } = await readings();
    wire.length = 0;
    expect(page.source).toBe('dom');
    await runDrafts({ ticket: page });
    await analyses.get(page, 'en');
    expect((await runSummary(page)).at(-1)).toMatchObject({ kind: 'failed', message: STILL_READING });
    current = thread(ANGRY);
    analyses.clear();
    const sent = [...wire];
    const angryPage = (await readings()).page;
    wire.length = 0;
    wire.push(...sent);
    // No REST reading of this tab is under way: the held reading has only the page's reading.
    expect(await held(angryPage, 'en')).toEqual({ status: 'not-asked', why: 'provisional' });
    expect(wire.map((r) => new URL(r.url).pathname)).toEqual([]);
  });

  it('rev-egress22: a draft tool, the summary and the held reading on a page reading with warnings of another kind, or another ticket’s REST reading in the tab', async () => {
    const { page, rest } = await readings();
    wire.length = 0;
    const partial = { ...page, warnings: [{ field: 'messages', text: 'part of the thread is not shown' }] } as Ticket;
    const tool = await runDrafts({
      ticket: partial,
      kind: 'tool',
      tool: 'friendlier',
      draft: { index: 0, text: 'Dear Wren, we will send it again.', citations: [] },
    } as never);
    expect(tool).toEqual([{ kind: 'failed', message: STILL_READING }]);
    expect((await runSummary(partial)).at(-1)).toMatchObject({ kind: 'failed', message: STILL_READING });
    // The tab's REST reading is of another ticket: it settles nothing of this one.
    const other = { ...page, id: `${page.id}9` } as Ticket;
    state.readingWhenHeld = true;
    expect(await held(other, 'en', desk.tab.id)).toEqual({ status: 'not-asked', why: 'provisional' });
    expect(rest.source).toBe('api');
    expect(wire).toEqual([]);
  });
});

describe('the API key', () => {
  it('never travels over plain http to a host nobody allowed, whoever built the config', async () => {
    // Not the provider store's config (it refuses such an address): one built by hand, as a new caller or the CLI could.
    const plain = { ...provider, baseUrl: 'http://192.0.2.10:8080/v1', timeoutMs: 2000 };
    await expect(sendChat(plain, { model: plain.model, messages: [{ role: 'user', content: 'hello' }] }, {})).rejects.toThrow(/plain http/);
    await expect(listModels(plain)).rejects.toThrow();
    expect(wire).toEqual([]);
  });
});

describe('a config without a key', () => {
  // rev-egress23 (modelled: a config built by hand, as a new caller could; the provider store refuses the address):
  // the gate checked the endpoint rule only when a key was set. A 192.0.2.x (TEST-NET) host is answered by the tap
  // and never dialled. On main the features below made 9 requests there: 6 chats (drafts with
  // their retry, summary, polish, translate), 2 embeddings and the model list.
  it('sends no ticket to a plain-http host nobody allowed, from any feature', async () => {
    const saved = provider;
    provider = { ...saved, apiKey: undefined, baseUrl: `http://${UNALLOWED}/v1`, timeoutMs: 2000 };
    try {
      const { rest } = await readings();
      await runDrafts({ ticket: rest });
      await runSummary(rest);
      await polish['polish-reply']({ text: 'Hi Wren, we will send it again.', ticket: rest }).catch(() => undefined);
      await polish['translate-reply']({ text: 'Hi Wren.', ticket: { ...rest, language: 'de' } }).catch(() => undefined);
      await listModels(provider).catch(() => undefined);
    } finally {
      provider = saved;
    }
    expect(wire.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
});

describe('the team stats upload', () => {
  it('carries ids, counts and classes, never the texts it was told', async () => {
    const statsDb = new StatsDb('canary-stats', { indexedDB, IDBKeyRange });
    const outbox = new OutboxDb('canary-outbox', { indexedDB, IDBKeyRange });
    const uploader = createStatsUploader({
      db: outbox,
      destination: async () => ({ url: clickhouseUrl, user: 'agent' }),
      alarms: { create: () => {}, get: async () => undefined, onAlarm: { addListener: () => {} } },
    });
    const writer = createEventWriter(statsDb);
    const stats = createStatsService({
      db: statsDb,
      settings: async () => DEFAULT_SETTINGS,
      writer: forwardingWriter(writer, (events) => uploader.queue(events)),
      isSnippet: (id, pageUrl) => knowledge.hasSnippet(id, pageUrl),
    });
    const { tab } = zendeskCanary;
    const sender = { id: 'x', url: tab.url, tab } as never;
    const ticket = { helpdesk: 'zendesk' as const, ticketId: '1', language: 'en', emotion: 'frustration' };
    // An id of the shape the background issues (rev-egress22: an event naming any other is not recorded).
    const sid = `s-${globalThis.crypto.randomUUID()}`;
    await stats.handlers['stats-record'](
      { kind: 'stats-record', records: [{ ticket, event: { type: 'suggestion-inserted', suggestionId: sid } }] },
      sender,
    );
    // rev-egress23: a snippet id is the knowledge store's ('lost'), never words put in its place (1 leak on main).
    await stats.handlers['stats-record'](
      {
        kind: 'stats-record',
        records: [
          { ticket, event: { type: 'snippet-shown', snippetId: 'lost' } },
          { ticket, event: { type: 'snippet-inserted', snippetId: 'KESTRELNOTE wren.halloway@example.org' } },
        ],
      },
      sender,
    );
    // Free text where the sidebar sends a word from a fixed list: the background must not pass it on.
    await stats.handlers['stats-record'](
      {
        kind: 'stats-record',
        records: [
          {
            ticket: { ...ticket, language: 'KESTRELNOTE en', emotion: 'wren.halloway@example.org' },
            event: { type: 'suggestion-rated', suggestionId: sid, rating: 'down', reason: 'KESTRELNOTE refund to 4111 1111 1111 1111' },
          },
        ],
      },
      sender,
    );
    await stats.handlers['stats-reply-sent'](
      {
        kind: 'stats-reply-sent',
        ticket,
        suggestionId: sid,
        draft: `KESTRELNOTE draft ${PII_TEXT}`,
        sent: `KESTRELNOTE sent ${PII_TEXT} KESTRELMACRO`,
        msSinceTicketOpened: 1000,
      },
      sender,
    );
    await writer.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const result = await uploader.uploadNow();
    expect(result.sent).toBe(4);
    const uploads = wire.filter((r) => r.url.startsWith(clickhouseUrl.split('/?')[0]!));
    expect(uploads.length).toBeGreaterThan(0);
    expect(leaks(uploads)).toEqual([]);
    expect(wire.filter((r) => !uploads.includes(r))).toEqual([]);
  });
});
