// Optional embeddings against the real loopback OpenAI-compatible server (deterministic bag-of-words vectors).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { message, ticket } from '../../tests/server/fixtures';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import type { ProviderConfig } from '../drafts/client';
import { KnowledgeBase } from '../knowledge/db';
import { KnowledgeDb } from '../knowledge/knowledge-db';
import type { Article } from '../knowledge/types';
import type { EmbedStatus } from '../messaging/responses';
import { openEmbeddings } from './embeddings';
import { openKnowledge } from './knowledge';

const EMBED_MODEL = 'souffleur-embed';
const ARTICLES: Article[] = [
  { id: 'refund', title: 'Refund policy', body: 'We refund purchases within 30 days of delivery.', language: 'en' },
  { id: 'pw', title: 'Password reset', body: 'Use the forgot password link on the sign-in page.', language: 'en' },
  { id: 'ship', title: 'Shipping times', body: 'Orders leave our warehouse within two working days.', language: 'en' },
  { id: 'invoice', title: 'Invoices', body: 'Download invoices from your account page at any time.', language: 'en' },
  { id: 'gift', title: 'Gift cards', body: 'Gift cards never expire and can be combined with discounts.', language: 'en' },
];

let server: OpenAiTestServer;
let dbName = 0;
beforeAll(async () => {
  server = await startOpenAiTestServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  server.setEmbeddings({ kind: 'vectors' });
});

const provider = (extra: Partial<ProviderConfig> = {}): ProviderConfig => ({
  kind: 'compatible',
  baseUrl: server.url,
  model: TEST_MODELS[0]!,
  embeddingModel: EMBED_MODEL,
  ...extra,
});

async function knowledgeBase(articles = ARTICLES): Promise<KnowledgeBase> {
  const kb = new KnowledgeBase(new KnowledgeDb(`emb-test-${++dbName}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  await kb.importArticles(articles);
  return kb;
}

const embedInputs = () =>
  server.requests.filter((r) => r.path.endsWith('/embeddings')).map((r) => (r.body as unknown as { input: string[] }).input);

/** Starts a run and polls its status (as the options page does) until it ends; returns every status seen. */
async function embedAll(embeddings: ReturnType<typeof openEmbeddings>): Promise<EmbedStatus[]> {
  const seen = [await embeddings.start()];
  while (seen.at(-1)!.running) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    seen.push(await embeddings.status());
  }
  return seen;
}

describe('embedding the knowledge base', () => {
  it('embeds every passage in batches, reporting progress, and stores one vector each', async () => {
    const kb = await knowledgeBase();
    server.setEmbeddings({ kind: 'vectors', delayMs: 30 });
    const seen = await embedAll(openEmbeddings({ kb, provider: async () => provider(), batch: 2 }));
    expect(embedInputs().map((input) => input.length)).toEqual([2, 2, 1]);
    expect(embedInputs()[0]![0]).toBe('Gift cards\nGift cards never expire and can be combined with discounts.');
    expect(seen.at(-1)).toEqual({
      running: false,
      done: 5,
      total: 5,
      model: EMBED_MODEL,
      stored: 5,
      sent: { requests: 3, chars: expect.any(Number) },
    });
    expect(seen.some((s) => s.running && s.done > 0 && s.done < 5)).toBe(true);
  });

  it('re-embeds only the passages whose text changed, and drops vectors of deleted articles', async () => {
    const kb = await knowledgeBase();
    const embeddings = openEmbeddings({ kb, provider: async () => provider() });
    await embedAll(embeddings);
    server.requests.length = 0;
    await kb.importArticles([{ ...ARTICLES[0]!, body: 'Refunds are paid back to the original card.' }, ARTICLES[1]!]);
    const seen = await embedAll(embeddings);
    expect(embedInputs()).toEqual([['Refund policy\nRefunds are paid back to the original card.']]);
    expect(seen.at(-1)).toMatchObject({ done: 1, total: 1, stored: 5 });
    await kb.deleteArticle('gift');
    expect((await embeddings.status()).stored).toBe(4);
    await kb.clear();
    expect((await embeddings.status()).stored).toBe(0);
  });

  it('says clearly when the provider has no embeddings endpoint, and when no embedding model is set', async () => {
    const kb = await knowledgeBase();
    server.setEmbeddings({ kind: 'absent' });
    const seen = await embedAll(openEmbeddings({ kb, provider: async () => provider() }));
    expect(seen.at(-1)).toMatchObject({
      running: false,
      stored: 0,
      error: 'This provider does not offer embeddings (or not for this model).',
    });
    const off = await openEmbeddings({ kb, provider: async () => provider({ embeddingModel: undefined }) }).start();
    expect(off.error).toMatch(/embedding model/);
  });
});

describe('ticket search with embeddings', () => {
  const refundTicket = ticket(['I would like a reimbursement, contact me at anna.schmidt@example.de'], {
    subject: 'Reimbursement',
    language: 'en',
  });

  it('fuses a semantic match that shares no word with the ticket, one result per article', async () => {
    const kb = await knowledgeBase();
    const { hits: lexicalOnly } = await openKnowledge(kb, async () => provider({ embeddingModel: undefined })).searchTicket(
      refundTicket,
      5,
    );
    expect(lexicalOnly.map((hit) => hit.id)).not.toContain('refund');
    await embedAll(openEmbeddings({ kb, provider: async () => provider() }));
    const { hits, sent } = await openKnowledge(kb, async () => provider()).searchTicket(refundTicket, 5);
    expect(sent).toMatchObject({ kind: 'embedding', model: expect.any(String) });
    expect(hits[0]).toMatchObject({ id: 'refund', title: 'Refund policy', snippet: 'We refund purchases within 30 days of delivery.' });
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
  });

  it('redacts the query before it leaves the device', async () => {
    const kb = await knowledgeBase();
    await embedAll(openEmbeddings({ kb, provider: async () => provider() }));
    server.requests.length = 0;
    await openKnowledge(kb, async () => provider()).searchTicket(refundTicket, 5);
    const [query] = embedInputs();
    expect(query).toHaveLength(1);
    expect(query![0]).toContain('reimbursement');
    expect(query![0]).not.toContain('anna.schmidt@example.de');
    expect(query![0]).not.toContain('Anna');
  });

  it('embeds only what may leave: no internal note, no held-back or holdout ticket, invisibles gone', async () => {
    const kb = await knowledgeBase();
    await embedAll(openEmbeddings({ kb, provider: async () => provider() }));
    const noted = ticket(['I would like a reimbursement\u200B please'], { subject: 'Reimbursement', language: 'en' });
    noted.messages.push(
      message('Internal: customer is on the fraud watch list, see case FR-5521', { id: 'n1', role: 'agent', visibility: 'internal' }),
    );
    noted.messages.push(message('Unknown visibility: chargeback abuse suspected', { id: 'n2', role: 'system', visibility: 'internal' }));
    server.requests.length = 0;
    const knowledge = openKnowledge(kb, async () => provider());
    await knowledge.searchTicket(noted, 5);
    const sent = JSON.stringify(embedInputs());
    for (const fragment of ['fraud', 'FR-5521', 'watch list', 'chargeback']) expect(sent).not.toContain(fragment);
    expect(sent).toContain('reimbursement please');
    expect(sent).not.toContain('\\u200b');
    server.requests.length = 0;
    const held = await knowledge.searchTicket(noted, 5, false);
    expect(held.sent).toBeUndefined();
    expect(embedInputs()).toEqual([]);
  });

  it('redacts before it cuts: an address at the cut is never sent in part', async () => {
    const kb = await knowledgeBase();
    await embedAll(openEmbeddings({ kb, provider: async () => provider() }));
    const long = ticket([`${'word '.repeat(398)}mail me: anna.schmidt@example.de`], { subject: 'Reimbursement', language: 'en' });
    server.requests.length = 0;
    await openKnowledge(kb, async () => provider()).searchTicket(long, 5);
    const [query] = embedInputs();
    expect(query![0]!.length).toBeLessThanOrEqual(2000);
    expect(query![0]).not.toMatch(/anna|schmidt|example\.d/i);
  });

  it('falls back to the lexical ranking when the provider is slow or failing', async () => {
    const kb = await knowledgeBase();
    await embedAll(openEmbeddings({ kb, provider: async () => provider() }));
    const passwordTicket = ticket(['I forgot my password'], { subject: 'Password', language: 'en' });
    const { hits: lexical } = await openKnowledge(kb).searchTicket(passwordTicket, 5);
    expect(lexical[0]?.id).toBe('pw');
    server.setEmbeddings({ kind: 'vectors', delayMs: 2000 });
    const slow = openEmbeddings({ kb, provider: async () => provider(), queryTimeoutMs: 100 });
    const started = Date.now();
    expect((await slow.searchTicket(passwordTicket, 5, (n) => kb.search(passwordTicket, { top: n }))).hits).toEqual(lexical);
    expect(Date.now() - started).toBeLessThan(1000);
    server.setEmbeddings({ kind: 'absent' });
    expect((await openKnowledge(kb, async () => provider()).searchTicket(passwordTicket, 5)).hits).toEqual(lexical);
  });
});
