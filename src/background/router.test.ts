import { describe, expect, it } from 'vitest';
import { route, type Handlers } from './router';
import type { SenderPolicy } from './senders';

const policy: SenderPolicy = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext',
  isHelpdeskPage: (url) => url.hostname.endsWith('.zendesk.com'),
};
const tab = { id: 3 } as never;
const contentScript = { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/1', tab };
const optionsPage = { id: 'ext', url: 'chrome-extension://ext/options.html' };

const calls: string[] = [];
// Only the handlers these tests reach.
const handlers = {
  'analyze-ticket': async (request) => {
    calls.push(`analyze ${request.ticket.id}`);
    return { cue: null };
  },
  'search-knowledge': async (request) => {
    if (request.query === 'boom') throw new Error('index not loaded');
    return [];
  },
  'open-page': async () => undefined,
} as Partial<Handlers> as Handlers;

const ticket = {
  id: '1', helpdesk: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/1', subject: 'Hi',
  requester: { name: null, email: null }, status: null, priority: null, tags: [], language: null,
  messages: [], warnings: [], source: 'dom',
};

describe('route', () => {
  it('dispatches a valid request from an allowed sender', async () => {
    const reply = await route({ kind: 'analyze-ticket', ticket, uiLang: 'en' }, contentScript, policy, handlers);
    expect(reply).toEqual({ ok: true, data: { cue: null } });
    expect(calls).toContain('analyze 1');
  });

  it('rejects malformed requests without calling a handler', async () => {
    const before = calls.length;
    expect(await route({ kind: 'analyze-ticket', ticket: { id: 1 } }, contentScript, policy, handlers)).toEqual({ ok: false, error: 'malformed request' });
    expect(await route({ kind: 'steal-key' }, contentScript, policy, handlers)).toEqual({ ok: false, error: 'malformed request' });
    expect(await route('analyze', contentScript, policy, handlers)).toEqual({ ok: false, error: 'malformed request' });
    expect(calls.length).toBe(before);
  });

  it('rejects requests a sender kind may not make', async () => {
    const reply = await route({ kind: 'analyze-ticket', ticket, uiLang: 'en' }, optionsPage, policy, handlers);
    expect(reply).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await route({ kind: 'open-page', page: 'options' }, { id: 'stranger', url: 'https://x.test' }, policy, handlers)).toEqual({ ok: false, error: 'sender not allowed' });
  });

  it('turns a failing handler into an error envelope', async () => {
    expect(await route({ kind: 'search-knowledge', query: 'boom', uiLang: 'en' }, optionsPage, policy, handlers)).toEqual({ ok: false, error: 'index not loaded' });
  });
});
