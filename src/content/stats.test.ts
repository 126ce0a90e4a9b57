import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TicketCue } from '../cue/types';
import type { BackgroundRequest } from '../messaging/protocol';
import { initialSidebarState, type DraftView, type SidebarState } from '../sidebar/state';
import type { Message, Ticket } from '../ticket/schema';
import { createStatsTracker, STATS_BATCH_MS } from './stats';

const msg = (id: string, role: Message['role'], text: string): Message => ({
  id,
  author: { name: null },
  role,
  visibility: 'public',
  createdAt: null,
  text,
});
const ticket = (messages: Message[], id = '7'): Ticket => ({
  id,
  helpdesk: 'zendesk',
  url: `https://acme.zendesk.com/agent/tickets/${id}`,
  subject: 'Refund',
  requester: { name: null, email: null },
  status: null,
  priority: null,
  tags: [],
  language: 'de',
  messages,
  warnings: [],
  source: 'dom',
});
const draft = (n: number, text: string, streaming = false): DraftView => ({
  id: streaming ? '7:streaming' : `7:offline:${n}`,
  text,
  streaming,
  citations: [],
  flags: [],
});
const cue = { emotion: 'frustration', handlePersonally: true } as TicketCue;

const customer = msg('dom-1', 'customer', 'Where is my kettle?');
const DRAFT = 'Hallo, Ihr Wasserkocher ist unterwegs. Viele Grüße';

function setup() {
  let state: SidebarState = initialSidebarState;
  const sent: BackgroundRequest[] = [];
  let hide = () => {};
  const tracker = createStatsTracker(
    () => state,
    (request) => sent.push(request),
    (flush) => (hide = flush),
  );
  const show = (patch: Partial<SidebarState>, visible = true, hold = false) => {
    state = { ...state, ...patch };
    tracker.shown(state, visible, hold);
  };
  const read = (t: Ticket) => {
    state = { ...state, ticket: { status: 'ready', data: t } };
    tracker.reading(t);
  };
  /** Every event reported so far: the queue is sent first, as when the page is hidden. */
  const events = () => {
    hide();
    return sent.flatMap((r) => (r.kind === 'stats-record' ? r.records.map((x) => x.event) : []));
  };
  const types = () => events().map((e) => e.type);
  return { tracker, show, read, sent, events, types, hide: () => hide() };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.parse('2026-11-02T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('createStatsTracker', () => {
  it('reports ticket-opened once per ticket, however often it is read or revisited', () => {
    const s = setup();
    s.read(ticket([customer]));
    s.read(ticket([customer, msg('dom-2', 'customer', 'Hello?')]));
    s.read(ticket([msg('x', 'customer', 'Other')], '8'));
    s.read(ticket([customer]));
    expect(s.types()).toEqual(['ticket-opened', 'ticket-opened']);
    expect(s.sent[0]).toEqual({
      kind: 'stats-record',
      records: [
        { ticket: { helpdesk: 'zendesk', ticketId: '7', language: 'de', emotion: '' }, event: { type: 'ticket-opened' } },
        { ticket: { helpdesk: 'zendesk', ticketId: '8', language: 'de', emotion: '' }, event: { type: 'ticket-opened' } },
      ],
    });
  });

  it('reports each draft shown once, timed from when the first one began streaming in', () => {
    const s = setup();
    s.read(ticket([customer]));
    vi.advanceTimersByTime(800);
    s.show({ drafts: { status: 'ready', data: [draft(0, 'Hal', true)] } });
    vi.advanceTimersByTime(400);
    s.show({ drafts: { status: 'ready', data: [draft(0, 'Hallo, Ihr', true)] } });
    vi.advanceTimersByTime(1000);
    s.show({ drafts: { status: 'ready', data: [draft(0, DRAFT), draft(1, 'Zweiter Entwurf')] }, cue: { status: 'ready', data: cue } });
    s.show({ notice: { kind: 'info', text: 'Inserted' } });
    const shown = s.events().filter((e) => e.type === 'suggestion-shown');
    expect(shown).toEqual([
      { type: 'suggestion-shown', suggestionId: '7:offline:0', kind: 'draft', msSinceTicketOpened: 800 },
      { type: 'suggestion-shown', suggestionId: '7:offline:1', kind: 'draft', msSinceTicketOpened: 800 },
    ]);
    expect(s.types().filter((t) => t === 'cue-shown' || t === 'handle-personally-shown')).toEqual(['cue-shown', 'handle-personally-shown']);
    // Regenerated drafts with new text are shown again, with the cue's emotion in the ticket info.
    s.show({ drafts: { status: 'ready', data: [draft(0, 'Ganz neu')] } });
    s.hide();
    const last = s.sent.at(-1)!;
    expect(last.kind === 'stats-record' && last.records.at(-1)).toMatchObject({
      ticket: { emotion: 'frustration' },
      event: { type: 'suggestion-shown', suggestionId: '7:offline:0', msSinceTicketOpened: 2200 },
    });
  });

  it('reports nothing as shown while the sidebar is collapsed, nor held-back drafts until the agent uses one', () => {
    const s = setup();
    s.read(ticket([customer]));
    s.show(
      {
        drafts: { status: 'ready', data: [draft(0, DRAFT)] },
        snippets: { status: 'ready', data: [{ id: 'kb-1', score: 1, title: 't', snippet: 's', matches: [] }] },
      },
      false,
    );
    expect(s.types()).toEqual(['ticket-opened']);
    s.show({ cue: { status: 'ready', data: cue } }, true, true);
    expect(s.types()).toEqual(['ticket-opened', 'snippet-shown', 'cue-shown', 'handle-personally-shown']);
    s.tracker.record({ type: 'suggestion-copied', suggestionId: '7:offline:0' });
    expect(s.types().slice(-2)).toEqual(['suggestion-shown', 'suggestion-copied']);
  });

  it('reports the local cue against the provider reading once per view, without text (issue 16.4)', () => {
    const s = setup();
    s.read(ticket([customer]));
    s.show({ cue: { status: 'ready', data: cue } });
    expect(s.types()).not.toContain('cue-compared');
    const reading = { emotion: 'neutral' as const, intent: 'where is my order', needsHumanTouch: false, reason: 'A plain question.' };
    s.show({ cue: { status: 'ready', data: cue }, providerReading: reading });
    s.show({ cue: { status: 'ready', data: cue }, providerReading: reading });
    const compared = s.events().filter((e) => e.type === 'cue-compared');
    expect(compared).toHaveLength(1);
    expect(compared[0]).toEqual({
      type: 'cue-compared',
      providerEmotion: 'neutral',
      agree: false,
      humanTouchAgrees: cue.handlePersonally === false,
    });
    expect(JSON.stringify(compared[0])).not.toContain('plain question');
  });

  it('after an insertion, sends both texts once when the reply appears, and one first-reply marked assisted', () => {
    const s = setup();
    s.read(ticket([customer]));
    s.show({ drafts: { status: 'ready', data: [draft(0, DRAFT)] } });
    s.tracker.inserted('7:offline:0', DRAFT);
    vi.advanceTimersByTime(30_000);
    const reply = msg('dom-2', 'agent', `${DRAFT} Ihr Team`);
    s.read(ticket([customer, reply]));
    // The REST reading of the same thread, and another page reading: no second report.
    s.read({ ...ticket([msg('3001', 'customer', 'Where is my kettle? '), msg('3002', 'agent', reply.text)]), source: 'api' });
    s.read(ticket([customer, reply]));
    const replies = s.sent.filter((r) => r.kind === 'stats-reply-sent');
    expect(replies).toEqual([
      {
        kind: 'stats-reply-sent',
        ticket: expect.objectContaining({ ticketId: '7' }),
        suggestionId: '7:offline:0',
        draft: DRAFT,
        sent: `${reply.text}\n`,
        msSinceTicketOpened: 30_000,
      },
    ]);
    expect(s.events().filter((e) => e.type === 'first-reply')).toEqual([
      { type: 'first-reply', msSinceTicketOpened: 30_000, assisted: true },
    ]);
    expect(s.types()).toContain('suggestion-inserted');

    // A second reply without a new insertion: neither a reply-sent nor another first-reply.
    s.read(ticket([customer, reply, msg('dom-3', 'agent', 'Anything else?')]));
    expect(s.sent.filter((r) => r.kind === 'stats-reply-sent')).toHaveLength(1);
    expect(s.types().filter((t) => t === 'first-reply')).toHaveLength(1);
  });

  it('reports a first reply on a ticket without drafts (e.g. the holdout) as not assisted', () => {
    const s = setup();
    s.read(ticket([customer]));
    s.show({ holdout: true, drafts: { status: 'empty' }, cue: { status: 'ready', data: cue } });
    vi.advanceTimersByTime(5000);
    s.read(ticket([customer, msg('dom-2', 'agent', 'My own words.')]));
    expect(s.events().at(-1)).toEqual({ type: 'first-reply', msSinceTicketOpened: 5000, assisted: false });
    expect(s.sent.some((r) => r.kind === 'stats-reply-sent')).toBe(false);
  });

  it('records nothing for actions when no ticket is open', () => {
    const s = setup();
    s.tracker.record({ type: 'cue-rated', helpful: true });
    expect(s.sent).toEqual([]);
  });

  it("sends a load's events in one message once the window has passed, in order (issue 15: 4 messages a Freshdesk load)", () => {
    const s = setup();
    s.read(ticket([customer]));
    s.show({ cue: { status: 'ready', data: cue } });
    vi.advanceTimersByTime(300);
    s.show({ drafts: { status: 'ready', data: [draft(0, DRAFT)] } });
    expect(s.sent).toEqual([]);
    vi.advanceTimersByTime(STATS_BATCH_MS);
    expect(s.sent).toHaveLength(1);
    const [request] = s.sent;
    expect(request!.kind === 'stats-record' && request.records.map((r) => r.event.type)).toEqual([
      'ticket-opened',
      'cue-shown',
      'handle-personally-shown',
      'suggestion-shown',
    ]);
    // The cue's emotion is the one known when each event happened.
    expect(request!.kind === 'stats-record' && request.records.map((r) => r.ticket.emotion)).toEqual([
      '',
      'frustration',
      'frustration',
      'frustration',
    ]);
    vi.advanceTimersByTime(60_000);
    expect(s.sent).toHaveLength(1);
  });

  it('loses nothing when the page is hidden or unloaded before the window has passed', () => {
    const s = setup();
    s.read(ticket([customer]));
    s.tracker.record({ type: 'cue-rated', helpful: true });
    s.hide(); // pagehide
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]!.kind === 'stats-record' && s.sent[0].records.map((r) => r.event.type)).toEqual(['ticket-opened', 'cue-rated']);
    vi.advanceTimersByTime(60_000);
    s.hide();
    expect(s.sent).toHaveLength(1); // nothing twice, no empty message
  });
});
