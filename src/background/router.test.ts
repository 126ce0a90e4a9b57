import { describe, expect, it } from 'vitest';
import { route, type Handlers } from './router';
import type { SenderPolicy } from './senders';
import { testTicket } from '../../tests/support/tickets';
import { MAX_STATS_RECORDS } from '../messaging/stats-batch';

const policy: SenderPolicy = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext',
  isHelpdeskPage: (url) => url.hostname.endsWith('.zendesk.com'),
};
const tab = { id: 3 } as never;
const contentScript = { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/1', tab };
const optionsPage = { id: 'ext', url: 'chrome-extension://ext/options.html' };

const calls: string[] = [];
/** What reached the stats handlers after validation. */
const received: unknown[] = [];
const analysis = { cue: null, snippets: [], providerConfigured: false, holdout: false, heldBack: false };
// Only the handlers these tests reach.
const handlers = {
  'analyze-ticket': async (request) => {
    calls.push(`analyze ${request.ticket.id}`);
    return analysis;
  },
  'search-knowledge': async (request) => {
    if (request.query === 'boom') throw new Error('index not loaded');
    return [];
  },
  'open-page': async () => undefined,
  'stats-record': async (request) => void received.push(...request.records.map((r) => r.event)),
  'stats-reply-sent': async (request) => void received.push(request.suggestionId),
  'delete-all-data': async () => {
    calls.push('delete all');
    return { emptied: [] };
  },
} satisfies Partial<Handlers> as Partial<Handlers> as Handlers;

const ticket = testTicket({ subject: 'Hi', status: null, language: null, source: 'dom' });

describe('route', () => {
  it('takes "delete all my data" from an extension page only, never from a helpdesk page', async () => {
    expect(await route({ kind: 'delete-all-data' }, contentScript, policy, handlers)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(calls).not.toContain('delete all');
    expect(await route({ kind: 'delete-all-data' }, optionsPage, policy, handlers)).toEqual({ ok: true, data: { emptied: [] } });
    expect(calls).toContain('delete all');
  });

  it('dispatches a valid request from an allowed sender', async () => {
    const reply = await route({ kind: 'analyze-ticket', ticket, uiLang: 'en' }, contentScript, policy, handlers);
    expect(reply).toEqual({ ok: true, data: analysis });
    expect(calls).toContain('analyze 1');
  });

  it('rejects malformed requests without calling a handler', async () => {
    const before = calls.length;
    expect(await route({ kind: 'analyze-ticket', ticket: { id: 1 } }, contentScript, policy, handlers)).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed request/),
    });
    expect(await route({ kind: 'steal-key' }, contentScript, policy, handlers)).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed request/),
    });
    expect(await route('analyze', contentScript, policy, handlers)).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed request/),
    });
    expect(calls.length).toBe(before);
  });

  it('rejects requests a sender kind may not make', async () => {
    const reply = await route({ kind: 'analyze-ticket', ticket, uiLang: 'en' }, optionsPage, policy, handlers);
    expect(reply).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await route({ kind: 'open-page', page: 'options' }, { id: 'stranger', url: 'https://x.test' }, policy, handlers)).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
  });

  it('turns a failing handler into an error envelope', async () => {
    expect(await route({ kind: 'search-knowledge', query: 'boom', uiLang: 'en' }, optionsPage, policy, handlers)).toEqual({
      ok: false,
      error: 'index not loaded',
    });
  });
});

describe('stats requests', () => {
  const statsTicket = { helpdesk: 'zendesk', ticketId: '1', language: 'en', emotion: '' };
  const record = (event: unknown, sender: object = contentScript) =>
    route({ kind: 'stats-record', records: [{ ticket: statsTicket, event }] }, sender as never, policy, handlers);
  /** Records `event` and answers with what the handler received of it. */
  const recorded = async (event: unknown) => {
    const reply = await record(event);
    return reply.ok ? { ok: true, data: received.at(-1) } : reply;
  };

  it('accepts the event shapes of the stats log from a helpdesk content script, extra fields dropped', async () => {
    expect(await recorded({ type: 'suggestion-rated', suggestionId: '1:model:0', rating: 'down', reason: 'wrong tone' })).toEqual({
      ok: true,
      data: { type: 'suggestion-rated', suggestionId: '1:model:0', rating: 'down', reason: 'wrong tone' },
    });
    expect(await record({ type: 'suggestion-shown', suggestionId: 'd', kind: 'draft', msSinceTicketOpened: 900 })).toMatchObject({
      ok: true,
    });
    // The content script cannot choose the holdout flag, nor smuggle text into an event.
    expect(await recorded({ type: 'ticket-opened', holdout: true })).toEqual({ ok: true, data: { type: 'ticket-opened' } });
    expect(await recorded({ type: 'cue-shown', text: 'the customer wrote…' })).toEqual({ ok: true, data: { type: 'cue-shown' } });
  });

  it('rejects malformed events, over-long labels, and reply-sent without its texts', async () => {
    const malformed = { ok: false, error: expect.stringMatching(/^malformed request/) };
    expect(await record({ type: 'suggestion-rated', suggestionId: 'd', rating: 'meh' })).toEqual(malformed);
    expect(await record({ type: 'suggestion-rated', suggestionId: 'd', rating: 'down', reason: 'x'.repeat(101) })).toEqual(malformed);
    expect(await record({ type: 'suggestion-shown', suggestionId: 'd', kind: 'draft', msSinceTicketOpened: -1 })).toEqual(malformed);
    expect(await record({ type: 'reply-sent', similarity: 1, class: 'as-is', msSinceTicketOpened: 1 })).toEqual(malformed);
    expect(await record({ type: 'stolen-key' })).toEqual(malformed);
    const longTicket = await route(
      { kind: 'stats-record', records: [{ ticket: { ...statsTicket, helpdesk: 'z'.repeat(101) }, event: { type: 'cue-shown' } }] },
      contentScript,
      policy,
      handlers,
    );
    expect(longTicket).toEqual(malformed);
    // A batch: at least one event, at most MAX_STATS_RECORDS, and one bad event refuses the whole message.
    const batch = (n: number, event: unknown = { type: 'cue-shown' }) =>
      route(
        { kind: 'stats-record', records: Array.from({ length: n }, () => ({ ticket: statsTicket, event })) },
        contentScript,
        policy,
        handlers,
      );
    expect(await batch(0)).toEqual(malformed);
    expect(await batch(MAX_STATS_RECORDS + 1)).toEqual(malformed);
    expect(await batch(MAX_STATS_RECORDS)).toEqual({ ok: true, data: undefined });
    const mixed = {
      kind: 'stats-record',
      records: [
        { ticket: statsTicket, event: { type: 'cue-shown' } },
        { ticket: statsTicket, event: { type: 'stolen-key' } },
      ],
    };
    expect(await route(mixed, contentScript, policy, handlers)).toEqual(malformed);
    const reply = { kind: 'stats-reply-sent', ticket: statsTicket, suggestionId: 's', draft: 'a', sent: 'b', msSinceTicketOpened: 5 };
    expect(await route(reply, contentScript, policy, handlers)).toEqual({ ok: true, data: undefined });
    expect(received.at(-1)).toBe('s');
    expect(await route({ ...reply, sent: 'x'.repeat(50_001) }, contentScript, policy, handlers)).toEqual(malformed);
  });

  it('takes stats only from content scripts; pages may open the dashboard', async () => {
    expect(await record({ type: 'cue-shown' }, optionsPage)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await record({ type: 'cue-shown' }, { id: 'other-extension', url: contentScript.url, tab })).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
    expect(await route({ kind: 'open-page', page: 'dashboard' }, contentScript, policy, handlers)).toEqual({ ok: true, data: undefined });
    expect(await route({ kind: 'open-page', page: 'background.js' }, contentScript, policy, handlers)).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed request/),
    });
  });
});
