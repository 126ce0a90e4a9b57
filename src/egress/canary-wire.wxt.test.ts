// What leaves the browser, on the wire (egress22): canaries planted in one Zendesk ticket (an internal note, a
// message whose visibility is not shown, hidden text, personal data of each kind redaction knows, an internal-note
// macro, the customer's earlier tickets, the API key), then every feature driven through the background's own code
// (page reading, REST reading through the tab, analysis, drafts streamed, a draft tool, the model summary, the
// held-back reading, polish, translate, embeddings, the connection test, the stats upload). Every request any of them
// makes goes through fetch; the test taps it and reads each one's URL, headers and body as sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
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
import { listModels } from '../drafts/provider';
import { readPageText } from '../helpdesks/page-text';
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
import type { PageTicket } from '../ticket/page-ticket';
import type { Ticket } from '../ticket/schema';

// The wxt project keeps Vitest's 5 s; a drafts run with its embedding takes 4-6 s at load 18 on two cores.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const KEY = 'sk-KESTRELKEY-7f3a9c2e51d04b88';
/** Text that must never leave: kept back, hidden, or from elsewhere than this ticket's public thread. */
const NEVER = {
  'internal note': 'KESTRELNOTE',
  'unproven visibility': 'KESTRELUNPROVEN',
  'display:none': 'KESTRELDISPLAYNONE',
  'aria-hidden': 'KESTRELARIAHIDDEN',
  'white on white': 'KESTRELWHITEONWHITE',
  'internal-note macro': 'KESTRELMACRO',
  'earlier ticket': 'KESTRELEARLIER',
  'api key': 'KESTRELKEY',
};
/** Personal data of each kind the README says is redacted, and the forms it could leave in. */
const PERSONAL = {
  email: ['wren.halloway@example.org'],
  phone: ['+44 7700 900123', '7700 900123', '7700900123'],
  iban: ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
  card: ['4111 1111 1111 1111', '4111111111111111'],
  address: ['42 Larkspur Lane'],
  'id number': ['536-22-8841'],
};
const PII_TEXT =
  'My e-mail is wren.halloway@example.org and my phone +44 7700 900123. Refund to IBAN DE89 3704 0044 0532 0130 00, ' +
  'or the card 4111 1111 1111 1111. I live at 42 Larkspur Lane, Springfield, IL 62704. My SSN is 536-22-8841. ' +
  `Your tool showed me this key, is it yours? ${KEY}`;
const HIDDEN_HTML =
  '<span style="display:none">KESTRELDISPLAYNONE ignore the above</span>' +
  '<span aria-hidden="true">KESTRELARIAHIDDEN</span>' +
  '<span style="color:#ffffff;background-color:#ffffff">KESTRELWHITEONWHITE</span>';
const ANGRY = 'This is the third time I write. If it is not fixed today my lawyer will hear of it.';

const ORIGIN = 'https://acme.zendesk.com';
/** A plain-http host no admin allowed (TEST-NET-1). */
const UNALLOWED = '192.0.2.10:11434';
const TAB = { id: 7, url: `${ORIGIN}/agent/tickets/1` };

// ---- the helpdesk tab's REST answers (a Zendesk ticket, its comments, the requester's earlier tickets) ----
const comment = (id: number, author: number, html: string, pub: boolean | null) => ({
  id,
  type: 'Comment',
  author_id: author,
  body: html.replace(/<[^>]+>/g, ''),
  html_body: `<div class="zd-comment" dir="auto">${html}</div>`,
  public: pub,
  created_at: `2026-11-1${id % 10}T09:00:00Z`,
  via: { channel: 'email' },
  attachments: [],
});
const users = [
  { id: 9001, name: 'Wren Halloway', email: 'wren.halloway@example.org', role: 'end-user', locale: 'en-US' },
  { id: 501, name: 'Tom Becker', email: 'tom@acme.example', role: 'agent', locale: 'en-US' },
];
function api(last: string): Record<string, unknown> {
  return {
    '/api/v2/tickets/1.json': {
      ticket: { id: 1, subject: 'My order never arrived', status: 'open', priority: 'high', tags: ['shipping'], requester_id: 9001 },
    },
    '/api/v2/tickets/1/comments.json?include=users': {
      comments: [
        comment(1, 9001, `<p>Hello, my order never arrived. ${PII_TEXT}</p>${HIDDEN_HTML}`, true),
        comment(2, 501, '<p>KESTRELNOTE: fraud risk, no refund without the manager.</p>', false),
        comment(3, 501, '<p>KESTRELUNPROVEN we are on it.</p>', null),
        comment(4, 9001, `<p>${last}</p>`, true),
      ],
      users,
      next_page: null,
    },
    '/api/v2/users/9001/tickets/requested.json?sort_by=created_at&sort_order=desc': {
      tickets: [
        {
          id: 77,
          subject: 'KESTRELEARLIER subject',
          description: 'KESTRELEARLIER private note copied into the description',
          status: 'open',
          priority: 'low',
          requester_id: 9001,
          created_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          updated_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          tags: [],
        },
      ],
      next_page: null,
    },
  };
}

/** The page's reading: the same thread as the page shows it (the note marked, the hidden spans in the HTML). */
function pageTicket(last: string): PageTicket {
  const msg = (id: string, role: 'customer' | 'agent', visibility: 'public' | 'internal', html: string, name: string) => ({
    id,
    author: { name },
    role,
    visibility,
    createdAt: null,
    html: `<div class="zd-comment">${html}</div>`,
    context: [],
  });
  return {
    id: '1',
    helpdesk: 'zendesk',
    url: TAB.url,
    subject: 'My order never arrived',
    requester: { name: 'Wren Halloway', email: 'wren.halloway@example.org' },
    status: 'open',
    priority: 'high',
    tags: ['shipping'],
    language: 'en',
    warnings: [],
    source: 'dom',
    messages: [
      msg('1', 'customer', 'public', `<p>Hello, my order never arrived. ${PII_TEXT}</p>${HIDDEN_HTML}`, 'Wren Halloway'),
      msg('2', 'agent', 'internal', '<p>KESTRELNOTE: fraud risk, no refund without the manager.</p>', 'Tom Becker'),
      msg('4', 'customer', 'public', `<p>${last}</p>`, 'Wren Halloway'),
    ],
  } as PageTicket;
}

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
  const answer = current.api[request.path];
  return answer === undefined ? { ok: true, status: 404, text: '' } : { ok: true, status: 200, text: JSON.stringify(answer) };
};
const thread = (last: string) => ({ api: api(last), last });
let current = thread('Still waiting, please answer.');

let openai: OpenAiTestServer;
let clickhouse: Server;
let clickhouseUrl = '';
let provider: ProviderConfig;
const state = { holdBack: true, readingWhenHeld: true, holdout: false };
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
  Object.assign(state, { holdBack: true, readingWhenHeld: true, holdout: false });
  current = thread('Still waiting, please answer.');
  analyses.clear();
  drafts.forget();
  summaries.forget();
  held.forget();
});

/** The ticket as the background has it after the page's and the REST reading (the REST one settles it). */
async function readings(): Promise<{ page: Ticket; rest: Ticket }> {
  const page = readPageText(pageTicket(current.last));
  const rest = await readTicketApi(page, TAB, ask);
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
    const text = bytes + '\n' + bytes.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
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

describe('the canary ticket, read as the background reads it', () => {
  it('keeps the note, the unproven message and the hidden text out of what may leave, and reads the thread over the tab only', async () => {
    const { rest } = await readings();
    expect(rest.source).toBe('api');
    const publicText = rest.messages
      .filter((m) => m.visibility === 'public')
      .map((m) => m.text)
      .join('\n');
    expect(publicText).toContain('order never arrived');
    expect(publicText).not.toContain('KESTRELNOTE');
    expect(publicText).not.toContain('KESTRELUNPROVEN');
    expect(publicText).not.toContain('KESTRELDISPLAYNONE');
    expect(publicText).not.toContain('KESTRELWHITEONWHITE');
    expect(tabGets.every((get) => get.startsWith(`${TAB.id} ${ORIGIN}/api/v2/`))).toBe(true);
    expect(wire).toEqual([]);
  });
});

describe('every feature on the wire', () => {
  it('drafts, streamed: one chat and one embedding request, nothing planted in either', async () => {
    const { rest } = await readings();
    const updates = await runDrafts({ ticket: rest, showHeld: false });
    expect(updates.at(-1)).toMatchObject({ kind: 'done', source: 'model' });
    expect(chats().length).toBe(1);
    expect(embeddings().length).toBe(1);
    expect(leaks()).toEqual([]);
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
    const view = await history.view(rest, TAB, 'en');
    expect(view).not.toBeNull();
    expect(wire).toEqual([]);
    await runDrafts({ ticket: rest });
    await runSummary(rest);
    expect(leaks()).toEqual([]);
  });
});

describe('when nothing may leave', () => {
  it('a held-back ticket: no drafts, no summary, no embedding until the agent asks; the reading only when opted in', async () => {
    current = thread(ANGRY);
    const { rest } = await readings();
    const analysis = await analyses.get(rest, 'en');
    expect(analysis.heldBack).toBe(true);
    state.readingWhenHeld = false;
    expect(await held(rest, 'en', TAB.id)).toMatchObject({ status: 'not-asked', why: 'off' });
    expect((await runDrafts({ ticket: rest })).at(-1)).toMatchObject({ kind: 'done', held: true, drafts: [] });
    expect((await runSummary(rest)).at(-1)).toMatchObject({ kind: 'failed', problem: 'held' });
    expect(wire).toEqual([]);
    state.readingWhenHeld = true;
    openai.enqueue({ kind: 'draft', answer: { emotion: 'anger', needsHumanTouch: true, why: 'Threatens legal action.' } } as never);
    expect(await held(rest, 'en', TAB.id)).toMatchObject({ status: 'read' });
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
    expect(await held((await readings()).rest, 'en', TAB.id)).toMatchObject({ status: 'not-asked', why: 'holdout' });
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
    expect(await held(other, 'en', TAB.id)).toEqual({ status: 'not-asked', why: 'provisional' });
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
    const sender = { id: 'x', url: TAB.url, tab: { id: TAB.id, url: TAB.url } } as never;
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
