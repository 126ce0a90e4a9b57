// Every background request that can make something leave the browser (a provider request, a ClickHouse request, a
// GET through the helpdesk tab), and the two ports that stream drafts and the model summary: each reaches its
// handler only well-formed (zod) and only from the sender kind that may make it (egress22).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testTicket } from '../../tests/support/tickets';
import { DRAFTS_PORT } from '../messaging/drafts-port';
import { SUMMARY_PORT } from '../summary/port-messages';
import { serveDraftsPort } from './drafts-port';
import { ALLOWED, route, type Handlers } from './router';
import type { Sender, SenderPolicy } from './senders';
import { serveSummaryPort } from '../summary/serve-port';

const policy: SenderPolicy = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext',
  isHelpdeskPage: (url) => url.hostname.endsWith('.zendesk.com'),
  helpdeskOf: (url) => (url.hostname.endsWith('.zendesk.com') ? 'zendesk' : null),
};
const tab = { id: 3, url: 'https://acme.zendesk.com/agent/tickets/1' } as never;
const SENDERS: Record<string, Sender> = {
  'content script': { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/1', tab },
  'extension page': { id: 'ext', url: 'chrome-extension://ext/options.html' },
  'another extension on a helpdesk page': { id: 'other', url: 'https://acme.zendesk.com/agent/tickets/1', tab },
  'our script on another site': { id: 'ext', url: 'https://evil.example/zendesk.com', tab },
  'a helpdesk page outside a tab': { id: 'ext', url: 'https://acme.zendesk.com/agent/tickets/1' },
  'another extension’s page': { id: 'ext', url: 'chrome-extension://other/options.html' },
};
const ticket = testTicket({ subject: 'Hi' });
const config = { kind: 'compatible', baseUrl: 'http://127.0.0.1:9/v1', model: 'm' };

/** One well-formed request of each kind that can make something leave, and one malformed. */
const EGRESS: Record<string, { good: object; bad: object }> = {
  'analyze-ticket': { good: { ticket, uiLang: 'en' }, bad: { ticket: { ...ticket, messages: 'x' }, uiLang: 'en' } },
  'held-reading': { good: { ticket, uiLang: 'en' }, bad: { ticket: { id: 1 }, uiLang: 'en' } },
  'polish-reply': { good: { text: 'Hi', ticket }, bad: { text: 'x'.repeat(20_001), ticket } },
  'translate-reply': { good: { text: 'Hi', ticket }, bad: { text: 7, ticket } },
  'customer-context': { good: { ticket }, bad: { ticket, locale: 'xx-evil' } },
  'read-ticket-api': { good: { ticket }, bad: { ticket: null } },
  'knowledge-sync-run': { good: {}, bad: { kind: 'knowledge-sync-runs' } },
  'knowledge-embed': { good: {}, bad: { kind: 'knowledge-embed!' } },
  'provider-test': { good: { config }, bad: { config: { ...config, kind: 'evil' } } },
  'provider-models': { good: { config }, bad: { config: {} } },
  'team-stats-upload': { good: {}, bad: { kind: 'team-stats-uploads' } },
  'team-stats-summary': { good: { filter: {} }, bad: { filter: { agentIds: 'all' } } },
};

describe('requests that can make something leave', () => {
  const reached: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(EGRESS).map((kind) => [kind, async () => void reached.push(kind)]),
  ) as unknown as Handlers;
  beforeEach(() => void (reached.length = 0));

  it.each(Object.keys(EGRESS))('%s: only its allowed sender kind, only well-formed', async (kind) => {
    const { good, bad } = EGRESS[kind]!;
    const allowed = ALLOWED[kind as keyof typeof ALLOWED];
    expect(allowed.length).toBe(1);
    for (const [who, sender] of Object.entries(SENDERS)) {
      const reply = await route({ kind, ...good }, sender, policy, handlers);
      const may =
        (who === 'content script' && allowed.includes('content-script')) ||
        (who === 'extension page' && allowed.includes('extension-page'));
      expect(reply.ok, `${kind} from ${who}`).toBe(may);
    }
    expect(reached).toEqual([kind]);
    const sender = allowed[0] === 'content-script' ? SENDERS['content script']! : SENDERS['extension page']!;
    expect(await route({ kind, ...good, ...bad }, sender, policy, handlers)).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed request/),
    });
    expect(reached).toEqual([kind]);
  });
});

/** The background's onConnect listeners (WXT's fake browser has no ports). */
const onConnect: ((port: unknown) => void)[] = [];

/** A port as the browser hands it to the background's onConnect listener. */
function connect(name: string, sender: Sender) {
  const messages: ((raw: unknown) => void)[] = [];
  const port = {
    name,
    sender,
    disconnected: false,
    posted: [] as unknown[],
    onMessage: { addListener: (listener: (raw: unknown) => void) => void messages.push(listener) },
    onDisconnect: { addListener: () => {} },
    postMessage(update: unknown) {
      this.posted.push(update);
    },
    disconnect() {
      this.disconnected = true;
    },
  };
  for (const listener of onConnect) listener(port);
  return { port, send: (raw: unknown) => messages.forEach((listener) => listener(raw)) };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the drafts and summary ports', () => {
  const ran: string[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    onConnect.length = 0;
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => void onConnect.push(listener as never));
    ran.length = 0;
    serveDraftsPort(
      policy,
      Object.assign(async () => void ran.push('drafts'), { forget: () => {} }),
    );
    serveSummaryPort(policy, async () => void ran.push('summary'));
  });

  const requests: Record<string, { good: object; bad: object }> = {
    [DRAFTS_PORT]: { good: { kind: 'start', ticket, uiLang: 'en', pinnedIds: [] }, bad: { kind: 'start', ticket, uiLang: 'en' } },
    [SUMMARY_PORT]: { good: { ticket, uiLang: 'en' }, bad: { ticket, uiLang: 'en'.repeat(20) } },
  };

  it.each(Object.keys(requests))('%s: our content script only, and a malformed request closes it unanswered', async (name) => {
    const { good, bad } = requests[name]!;
    for (const [who, sender] of Object.entries(SENDERS)) {
      const { port, send } = connect(name, sender);
      send(good);
      await settle();
      expect(port.disconnected, who).toBe(who !== 'content script');
    }
    expect(ran).toHaveLength(1);
    const { port, send } = connect(name, SENDERS['content script']!);
    send(bad);
    await settle();
    expect(port.disconnected).toBe(true);
    expect(ran).toHaveLength(1);
  });

  it.each(Object.keys(requests))('%s: a request about another page than the tab’s closes it unanswered (egress24)', async (name) => {
    const { good } = requests[name]!;
    for (const url of ['https://other.zendesk.com/agent/tickets/1', 'not a url']) {
      const { port, send } = connect(name, SENDERS['content script']!);
      send({ ...good, ticket: { ...ticket, url } });
      await settle();
      expect(port.disconnected, url).toBe(true);
    }
    // rev-egress24: the tab's own origin, another helpdesk's ticket.
    const { port, send } = connect(name, SENDERS['content script']!);
    send({ ...good, ticket: { ...ticket, helpdesk: 'freshdesk' } });
    await settle();
    expect(port.disconnected).toBe(true);
    expect(ran).toEqual([]);
  });
});
