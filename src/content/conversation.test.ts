// The conversation's races, with a fake background: which reading's answers reach the sidebar, when the
// drafts are asked again, and that nothing leaves on the page's provisional reading, so a visibility the
// REST reading corrects was never sent.
import { describe, expect, it } from 'vitest';
import type { HeldReading, TicketAnalysis } from '../messaging/responses';
import type { RequestDescription } from '../drafts/prompt';
import type { Reply } from '../messaging/protocol';
import { initialSidebarState, type DraftView } from '../sidebar/state';
import type { Message, Ticket } from '../ticket/schema';
import { createConversation, type ConversationChannels } from './conversation';
import { createStore, type Store } from './store';

const msg = (id: string, text: string, patch: Partial<Message> = {}): Message => ({
  id,
  author: { name: 'Dana' },
  role: 'customer',
  visibility: 'public',
  createdAt: null,
  text,
  ...patch,
});
const ticket = (messages: Message[], patch: Partial<Ticket> = {}): Ticket => ({
  id: '7',
  helpdesk: 'freshdesk',
  url: 'https://acme.freshdesk.com/a/tickets/7',
  subject: 'Refund',
  requester: { name: 'Dana', email: null },
  status: null,
  priority: null,
  tags: [],
  language: 'en',
  messages,
  warnings: [],
  // The REST reading, settled; `page()` makes the page's provisional reading of the same messages.
  source: 'api',
  ...patch,
});
const page = (messages: Message[], patch: Partial<Ticket> = {}) => ticket(messages, { source: 'dom', ...patch });
const draft = (text: string): DraftView => ({ id: text, text, streaming: false, citations: [], flags: [] });
const analysis = (patch: Partial<TicketAnalysis> = {}): TicketAnalysis => ({
  cue: null,
  snippets: [],
  providerConfigured: true,
  holdout: false,
  heldBack: false,
  ...patch,
});

/** A background whose answers the test releases one by one. */
function fakeBackground() {
  const analyses: { ticket: Ticket; notBefore: number; answer: (reply: Reply<TicketAnalysis>) => void }[] = [];
  const drafts: {
    ticket: Ticket;
    showHeld: boolean;
    notBefore: number;
    cancelled: boolean;
    store: Store;
    finish: (texts: string[]) => void;
  }[] = [];
  const readings: { ticket: Ticket; answer: (reply: Reply<HeldReading>) => void }[] = [];
  const channels: ConversationChannels = {
    analyze: (t, _lang, notBefore) => new Promise((resolve) => analyses.push({ ticket: t, notBefore, answer: resolve })),
    reading: (t) => new Promise((resolve) => readings.push({ ticket: t, answer: resolve })),
    drafts: (store, t, _lang, _pins, ask = {}) => {
      const call = {
        ticket: t,
        showHeld: !!ask.showHeld,
        notBefore: ask.notBefore ?? 0,
        cancelled: false,
        store,
        // The real port stops delivering once cancelled; so does the fake.
        finish: (texts: string[]) => void (!call.cancelled && store.update({ drafts: { status: 'ready', data: texts.map(draft) } })),
      };
      drafts.push(call);
      store.update({ drafts: { status: 'loading' } });
      return () => void (call.cancelled = true);
    },
    tool: () => () => {},
  };
  return { analyses, drafts, readings, channels };
}

function setup() {
  const store = createStore(initialSidebarState);
  const bg = fakeBackground();
  const conversation = createConversation(
    store,
    () => 'en',
    () => {},
    bg.channels,
  );
  return { store, bg, conversation };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('conversation', () => {
  it("the page's reading gets its cue at once; the drafts wait for the REST reading, and are asked once", () => {
    const { bg, conversation } = setup();
    conversation.show(page([msg('dom-1', 'Where is my  refund?')]));
    expect(bg.analyses).toHaveLength(1);
    expect(bg.drafts).toHaveLength(0);
    // The REST reading of the same state (other ids, other whitespace): the drafts and the full analysis.
    conversation.show(ticket([msg('api-1', 'Where is my refund?')]));
    expect(bg.drafts).toHaveLength(1);
    expect(bg.analyses).toHaveLength(2);
    // The page read again (a DOM change) while that state is settled: nothing is asked again.
    conversation.show(page([msg('dom-1', 'Where is my refund?')]));
    conversation.show(ticket([msg('api-1', 'Where is my refund?')]));
    expect([bg.drafts.length, bg.analyses.length]).toEqual([1, 2]);
  });

  it('a page reading after the state settled is not what a retry asks with', () => {
    const { bg, conversation } = setup();
    conversation.show(ticket([msg('api-1', 'Where is my refund?')]));
    conversation.show(page([msg('dom-1', 'Where is my refund?')]));
    conversation.refresh('drafts');
    expect(bg.drafts.map((d) => d.ticket.source)).toEqual(['api', 'api']);
  });

  it('a message the page read as public and the API as a note never reaches a drafts request', async () => {
    const { store, bg, conversation } = setup();
    conversation.show(page([msg('1', 'My refund?'), msg('2', 'Fraud check pending', { role: 'agent' })]));
    conversation.show(ticket([msg('1', 'My refund?'), msg('2', 'Fraud check pending', { role: 'agent', visibility: 'internal' })]));
    expect(bg.drafts.map((d) => d.ticket.messages[1]!.visibility)).toEqual(['internal']);
    // The page reading's analysis answers late, after the settled one: it is not shown.
    bg.analyses[1]!.answer({ ok: true, data: analysis() });
    bg.analyses[0]!.answer({
      ok: true,
      data: analysis({ snippets: [{ id: 'stale', title: 'stale', snippet: '', score: 1, matches: [] }] }),
    });
    await flush();
    expect(store.get().snippets).toEqual({ status: 'empty' });
  });

  it('a REST reading that cannot be had settles the page reading: its warning says so, and the drafts are asked', () => {
    const { bg, conversation } = setup();
    const unread = [{ field: 'api', text: 'the Freshdesk API could not be read (HTTP 403); showing what the page shows' }];
    conversation.show(page([msg('1', 'My refund?')]));
    conversation.show(page([msg('1', 'My refund?')], { warnings: unread }));
    expect(bg.drafts).toHaveLength(1);
  });

  it('"show anyway" on the provisional reading is kept when the REST reading settles it', async () => {
    const { store, bg, conversation } = setup();
    const words = [msg('1', 'Third time! My lawyer will hear of this.')];
    conversation.show(page(words));
    bg.analyses[0]!.answer({ ok: true, data: analysis({ heldBack: true }) });
    await flush();
    expect(store.get().draftsInfo?.held).toBe(true);
    conversation.showHeld();
    expect(bg.drafts).toHaveLength(0);
    expect(bg.readings).toHaveLength(0); // no provider reading of the provisional reading either
    conversation.show(ticket(words));
    expect(bg.drafts.map((d) => d.showHeld)).toEqual([true]);
  });

  it('a holdout ticket: the drafts are dropped when the analysis says so', async () => {
    const { store, bg, conversation } = setup();
    conversation.show(ticket([msg('1', 'Hello')]));
    bg.analyses[0]!.answer({ ok: true, data: analysis({ holdout: true }) });
    await flush();
    expect(bg.drafts[0]!.cancelled).toBe(true);
    expect(store.get()).toMatchObject({ holdout: true, drafts: { status: 'empty' } });
  });

  it('a held-back ticket: "show anyway" asks again with the release, and a new message holds it again', async () => {
    const { store, bg, conversation } = setup();
    conversation.show(ticket([msg('1', 'Third time! My lawyer will hear of this.')]));
    bg.analyses[0]!.answer({ ok: true, data: analysis({ heldBack: true }) });
    await flush();
    expect(store.get().draftsInfo?.held).toBe(true);
    conversation.showHeld();
    expect(bg.drafts.at(-1)!.showHeld).toBe(true);
    conversation.show(ticket([msg('1', 'Third time! My lawyer will hear of this.'), msg('2', 'Hello??')]));
    expect(bg.drafts.at(-1)!.showHeld).toBe(false);
  });

  it('a retry asks the analysis and the drafts with the same time, so both use one fresh analysis', () => {
    const { bg, conversation } = setup();
    conversation.show(ticket([msg('1', 'Hello')]));
    expect(bg.analyses[0]!.notBefore).toBe(0);
    conversation.refresh('all');
    const retry = bg.analyses.at(-1)!.notBefore;
    expect(retry).toBeGreaterThan(0);
    expect(bg.drafts.at(-1)!.notBefore).toBe(retry);
  });

  it('leaving cancels, and a failed analysis shows an error state, not a blank', async () => {
    const { store, bg, conversation } = setup();
    conversation.show(ticket([msg('1', 'Hello')]));
    bg.analyses[0]!.answer({ ok: false, error: 'The extension stopped answering' });
    await flush();
    expect(store.get().cue).toEqual({ status: 'error', message: 'The extension stopped answering' });
    conversation.leave();
    expect(bg.drafts[0]!.cancelled).toBe(true);
  });

  describe("a held-back ticket's separate reading (issue 16)", () => {
    const request: RequestDescription = { model: 'm', kind: 'chat', messages: [], totalChars: 0, approxTokens: 0, redacted: {} };
    const angry = { emotion: 'anger', intent: '', needsHumanTouch: true, reason: 'Threatens a lawyer.' } as const;
    const held = () => ticket([msg('1', 'Third time! My lawyer will hear of this.')]);

    it('is asked once the analysis says held, and shown beside the cue with what was sent', async () => {
      const { store, bg, conversation } = setup();
      conversation.show(held());
      expect(bg.readings).toHaveLength(0); // not before the analysis decided
      bg.analyses[0]!.answer({ ok: true, data: analysis({ heldBack: true }) });
      await flush();
      expect(bg.readings).toHaveLength(1);
      bg.readings[0]!.answer({ ok: true, data: { status: 'read', reading: angry, request } });
      await flush();
      expect(store.get()).toMatchObject({ providerReading: angry, providerReadingFailed: false, sent: [request] });
    });

    it('is never asked for a holdout ticket, an unheld one, or without a provider', async () => {
      for (const patch of [{ heldBack: true, holdout: true }, { heldBack: false }, { heldBack: true, providerConfigured: false }]) {
        const { bg, conversation } = setup();
        conversation.show(held());
        bg.analyses[0]!.answer({ ok: true, data: analysis(patch) });
        await flush();
        expect(bg.readings, JSON.stringify(patch)).toHaveLength(0);
      }
    });

    it('a failure says so; "not asked" (the team did not opt in) shows nothing', async () => {
      const { store, bg, conversation } = setup();
      conversation.show(held());
      bg.analyses[0]!.answer({ ok: true, data: analysis({ heldBack: true }) });
      await flush();
      bg.readings[0]!.answer({ ok: true, data: { status: 'failed', problem: 'malformed', request } });
      await flush();
      expect(store.get()).toMatchObject({ providerReadingFailed: true, sent: [request] });
      expect(store.get().providerReading).toBeUndefined();

      const other = setup();
      other.conversation.show(held());
      other.bg.analyses[0]!.answer({ ok: true, data: analysis({ heldBack: true }) });
      await flush();
      other.bg.readings[0]!.answer({ ok: true, data: { status: 'not-asked', why: 'off' } });
      await flush();
      expect(other.store.get()).toMatchObject({ providerReadingFailed: false, sent: [] });
      expect(other.store.get().providerReading).toBeUndefined();
    });

    it('a late answer is dropped after the agent moved on or released the drafts', async () => {
      const { store, bg, conversation } = setup();
      conversation.show(held());
      bg.analyses[0]!.answer({ ok: true, data: analysis({ heldBack: true }) });
      await flush();
      conversation.show(ticket([msg('9', 'Another ticket')], { id: '8' }));
      bg.readings[0]!.answer({ ok: true, data: { status: 'read', reading: angry, request } });
      await flush();
      expect(store.get().providerReading).toBeUndefined();

      const released = setup();
      released.conversation.show(held());
      released.bg.analyses[0]!.answer({ ok: true, data: analysis({ heldBack: true }) });
      await flush();
      released.conversation.showHeld();
      released.bg.readings[0]!.answer({ ok: true, data: { status: 'read', reading: angry, request } });
      await flush();
      expect(released.store.get().providerReading).toBeUndefined();
    });
  });
});
