// The reading of a held-back ticket against the real loopback OpenAI-compatible server: what is sent (the
// redacted public messages, no local cue, fenced), how the answer is read (a bad or missing emotion is
// "unknown", never "neutral"; no human-touch verdict is no reading), and when nothing is sent at all
// (holdout, not held, not opted in, no provider).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import type { ProviderConfig } from '../drafts/client';
import type { TicketCue } from '../cue/types';
import type { Ticket } from '../ticket/schema';
import type { Analyses, Analysis } from './analysis';
import { createHeldReadings } from './held-reading';
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

const chats = () => server.requests.filter((r) => r.path.endsWith('/chat/completions'));

const msg = testMessage;
const ticket = (last = 'This is the third time I write. If it is not fixed today my lawyer will hear of it.'): Ticket =>
  testTicket({
    id: '4',
    subject: 'Still broken',
    requester: { name: 'Dana Whitfield', email: 'dana@example.com' },
    messages: [
      msg('1', 'customer', 'My export fails. Call me on +44 20 7946 0958.'),
      msg('2', 'agent', 'VIP NOTE: goodwill credit approved.', 'internal'),
      msg('3', 'customer', last),
    ],
  });

// The local cue's verdict, in words that must not reach the request.
const cue = { emotion: 'frustration', handlePersonally: true, evidence: ['third time'] } as unknown as TicketCue;
const analyses = (state: Partial<Analysis>): Pick<Analyses, 'get'> => ({
  get: async () => ({ cue, holdout: false, heldBack: true, lexical: Promise.resolve([]), search: Promise.resolve({ hits: [] }), ...state }),
});

function readings(state: Partial<Analysis> = {}, options: { enabled?: boolean; provider?: ProviderConfig | null } = {}) {
  return createHeldReadings({
    analyses: analyses(state),
    provider: async () => (options.provider === undefined ? config : options.provider),
    enabled: async () => options.enabled ?? true,
  });
}

describe('the reading of a held-back ticket', () => {
  it('sends the redacted public messages without the local cue, and shows what was sent', async () => {
    server.enqueue({ kind: 'draft', answer: { emotion: 'anger', needsHumanTouch: true, why: 'Threatens ⟦NAME_1⟧ with a lawyer.' } });
    const answer = await readings()(ticket(), 'en');
    expect(answer).toMatchObject({
      status: 'read',
      reading: { emotion: 'anger', needsHumanTouch: true, reason: 'Threatens Dana Whitfield with a lawyer.' },
    });
    expect(chats()).toHaveLength(1);
    const sent = JSON.stringify(chats()[0]!.body);
    expect(sent).not.toContain('VIP NOTE');
    expect(sent).not.toContain('7946');
    expect(sent).not.toContain('Dana');
    expect(sent).not.toMatch(/frustration"|emotion: frustration|handle personally: true/i);
    expect(sent).not.toContain('third time"'); // the cue's evidence is not listed either
    expect(chats()[0]!.body!.stream).toBeFalsy();
    if (answer.status !== 'read') throw new Error('not read');
    expect(answer.request.messages.map((m) => m.label)).toEqual(['Instructions (same for every reading)', 'Ticket (redacted)']);
    expect(answer.request.redacted).toMatchObject({ PHONE: 1 });
    expect(JSON.stringify(chats()[0]!.body!.messages)).toBe(
      JSON.stringify(answer.request.messages.map((m) => ({ role: m.role, content: m.content }))),
    );
  });

  it('one request per conversation state; a new customer message asks again', async () => {
    server.setDefault({ kind: 'draft', answer: { emotion: 'frustration', needsHumanTouch: true, why: 'Repeated contact.' } });
    const read = readings();
    await read(ticket(), 'en');
    await read(ticket(), 'en');
    expect(chats()).toHaveLength(1);
    await read(ticket('Hello?? Anyone?'), 'en');
    expect(chats()).toHaveLength(2);
    server.setDefault({ kind: 'draft' });
  });

  describe('a page reading of part of the thread, then the REST reading of all of it (one ticket visit)', () => {
    const TAB = 7;
    // The page shows only the latest messages; the REST API lists the earlier complaint too.
    const page = (): Ticket => ({ ...ticket(), source: 'dom', messages: ticket().messages.slice(1) });
    const deferred = () => {
      let resolve!: (ticket: Ticket) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<Ticket>((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    };

    it('asks once, with the whole thread, however the two asks interleave', async () => {
      server.setDefault({ kind: 'draft', answer: { emotion: 'anger', needsHumanTouch: true, why: 'A legal threat.' } });
      const read = readings();
      const rest = deferred();
      void read.restReading(TAB, page(), rest.promise);
      const onPage = read(page(), 'en', TAB); // the content script asks on the page reading first
      rest.resolve(ticket());
      const onRest = read(ticket(), 'en', TAB); // and again on the REST reading (another conversation state)
      expect(await onPage).toEqual(await onRest);
      expect(chats()).toHaveLength(1);
      expect(JSON.stringify(chats()[0]!.body!.messages)).toContain('export');
      server.setDefault({ kind: 'draft' });
    });

    it('a failed REST reading leaves the page reading, asked once; a REST reading of another state is not waited for', async () => {
      server.setDefault({ kind: 'draft', answer: { emotion: 'anger', needsHumanTouch: true, why: 'A legal threat.' } });
      const read = readings();
      // A reader that failed says so in an api warning: the page's reading is then all there is, and settled.
      const failed = deferred();
      void read.restReading(TAB, page(), failed.promise);
      const onPage = read(page(), 'en', TAB);
      failed.resolve({ ...page(), warnings: [{ field: 'api', text: 'the API answered 401' }] });
      expect(await onPage).toMatchObject({ status: 'read' });
      expect(chats()).toHaveLength(1);
      expect(JSON.stringify(chats()[0]!.body!.messages)).not.toContain('export');

      // Another tab's REST reading, or one started from an older page state, says nothing of this one: the newer
      // page reading is not waited for, and (egress22) not sent either, since nothing settled it.
      const newer: Ticket = { ...page(), messages: [...page().messages, msg('4', 'customer', 'Hello? Anyone there at all?')] };
      void read.restReading(TAB + 1, newer, new Promise<Ticket>(() => {}));
      void read.restReading(TAB, page(), new Promise<Ticket>(() => {}));
      expect(await read(newer, 'en', TAB)).toEqual({ status: 'not-asked', why: 'provisional' });
      expect(chats()).toHaveLength(1);
      server.setDefault({ kind: 'draft' });
    });

    it('a REST reading that throws (the tab went away) leaves a provisional page reading: nothing is sent (egress22)', async () => {
      const read = readings();
      const rest = deferred();
      void read.restReading(TAB, page(), rest.promise).catch(() => undefined);
      const onPage = read(page(), 'en', TAB);
      rest.reject(new Error('the tab closed'));
      expect(await onPage).toEqual({ status: 'not-asked', why: 'provisional' });
      expect(await read(page(), 'en')).toEqual({ status: 'not-asked', why: 'provisional' });
      expect(chats()).toHaveLength(0);
    });
  });

  it('a missing or unlisted emotion is "unknown", never "neutral"; loose spellings are read', async () => {
    const cases: [object | string, string][] = [
      [{ needsHumanTouch: true, why: 'Unclear.' }, 'unknown'],
      [{ emotion: 'livid', needsHumanTouch: 'true', why: '' }, 'unknown'],
      [{ emotion: ' Anger ', needsHumanTouch: false }, 'anger'],
      ['Sure! ```json\n{"emotion":"anxiety","needsHumanTouch":false,"why":"Worried about data."}\n```', 'anxiety'],
    ];
    for (const [answer, emotion] of cases) {
      server.enqueue({ kind: 'draft', answer });
      const result = await readings()(ticket(`case ${emotion} ${JSON.stringify(answer).length}`), 'en');
      expect(result, JSON.stringify(answer)).toMatchObject({ status: 'read', reading: { emotion } });
    }
  });

  it('an answer without a human-touch verdict, or not JSON, is a visible failure, asked again next time', async () => {
    server.enqueue(
      { kind: 'draft', answer: { emotion: 'anger', why: 'no verdict' } },
      { kind: 'draft', answer: 'I cannot help with that.' },
    );
    const read = readings();
    expect(await read(ticket(), 'en')).toMatchObject({ status: 'failed', problem: 'malformed' });
    expect(await read(ticket(), 'en')).toMatchObject({ status: 'failed', problem: 'malformed' });
    expect(chats()).toHaveLength(2);
    server.enqueue({ kind: 'server-error' });
    expect(await readings()(ticket('new state'), 'en')).toMatchObject({ status: 'failed', problem: 'unreachable' });
  });

  it('sends nothing for a holdout ticket, an unheld one, without the opt-in or without a provider', async () => {
    expect(await readings({ holdout: true })(ticket(), 'en')).toEqual({ status: 'not-asked', why: 'holdout' });
    expect(await readings({ heldBack: false })(ticket(), 'en')).toEqual({ status: 'not-asked', why: 'not-held' });
    expect(await readings({}, { enabled: false })(ticket(), 'en')).toEqual({ status: 'not-asked', why: 'off' });
    expect(await readings({}, { provider: null })(ticket(), 'en')).toEqual({ status: 'not-asked', why: 'no-provider' });
    expect(server.requests).toHaveLength(0);
  });
});
