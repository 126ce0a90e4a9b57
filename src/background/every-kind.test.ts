// egress24 (modelled: a stranger's messages as the browser would hand them to the background): every request kind
// the background accepts, attacked the same way. A new kind joins SAMPLES (tsc fails until it does) and with it
// every attack: a foreign sender, a content script speaking for another page, wrong types, missing fields, extra
// keys, and strings and arrays far beyond any real ticket. Its schema must bound every string and array
// (tests/support/unbounded.ts reads the schema itself, so a field added without a maximum fails too).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testMessage, testTicket } from '../../tests/support/tickets';
import { unboundedPaths } from '../../tests/support/unbounded';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/settings';
import { DraftsRequest } from '../messaging/drafts-port';
import { BackgroundRequest, type RequestKind, type RequestOf } from '../messaging/protocol';
import { ModelSummaryRequest } from '../summary/port-messages';
import { ALLOWED, route, type Handlers } from './router';
import { NOT_THIS_PAGE, type Sender, type SenderPolicy } from './senders';

const policy: SenderPolicy = {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext',
  isHelpdeskPage: (url) => url.hostname.endsWith('.zendesk.com'),
  helpdeskOf: (url) => (url.hostname.endsWith('.zendesk.com') ? 'zendesk' : null),
};
const PAGE = 'https://acme.zendesk.com/agent/tickets/1';
const tab = { id: 3, url: PAGE } as never;
const CONTENT: Sender = { id: 'ext', url: PAGE, tab };
const EXTENSION: Sender = { id: 'ext', url: 'chrome-extension://ext/options.html' };
/** Senders no kind may hear from. A web page cannot send at all: the manifest has no externally_connectable (below). */
const FOREIGN: Record<string, Sender> = {
  'another extension on a helpdesk page': { id: 'other', url: PAGE, tab },
  'another extension’s page': { id: 'other', url: 'chrome-extension://other/options.html' },
  'our id, another extension’s origin': { id: 'ext', url: 'chrome-extension://other/options.html' },
  'our script on a page that is no helpdesk': { id: 'ext', url: 'https://evil.example/acme.zendesk.com', tab },
  'a helpdesk page outside a tab': { id: 'ext', url: PAGE },
  'no URL': { id: 'ext', tab },
  'an unparsable URL': { id: 'ext', url: 'not a url', tab },
};

const ticket = testTicket({
  subject: 'Refund',
  tags: ['billing'],
  warnings: [{ field: 'priority', text: 'not found on the page' }],
  messages: [testMessage('m1', 'customer', 'Where is my refund?')],
});
const { messages, source, ...pageFields } = ticket;
void source;
const page = {
  ...pageFields,
  source: 'dom' as const,
  messages: messages.map(({ text, ...m }) => ({ ...m, html: `<p>${text}</p>`, context: ['<div>'] })),
};
const config = { kind: 'compatible' as const, model: 'm', baseUrl: 'https://models.example/v1' };
const statsTicket = { helpdesk: 'zendesk' as const, ticketId: '1', language: 'en' };
const article = { id: 'a1', title: 'Refunds', body: 'Refunds take five days.', tags: ['billing'], url: 'https://help.example/a1' };

/** One well-formed request of every kind, without its `kind`; every array holds an item, so it can be grown. */
const SAMPLES: { [K in RequestKind]: Omit<RequestOf<K>, 'kind'> } = {
  'analyze-ticket': { ticket, uiLang: 'en' },
  'held-reading': { ticket, uiLang: 'en' },
  'search-knowledge': { query: 'refund', uiLang: 'en' },
  'summarize-thread': { ticket },
  'polish-reply': { text: 'Your refund is on its way.', ticket },
  'translate-reply': { text: 'Your refund is on its way.', ticket },
  'customer-context': { ticket, locale: 'en' },
  'ui-catalog': { locale: 'en' },
  'read-ticket-api': { ticket },
  'read-page': { page },
  'sidebar-settings': {},
  start: { languages: ['en-US'] },
  'sidebar-layout': { collapsed: true, width: 400 },
  'open-page': { page: 'options' },
  'stats-record': { records: [{ ticket: statsTicket, event: { type: 'cue-shown' } }] },
  'stats-reply-sent': { ticket: statsTicket, suggestionId: 's1', draft: 'Hi', sent: 'Hi there', msSinceTicketOpened: 5 },
  'knowledge-sync-run': {},
  'knowledge-import': { articles: [article], source: 'file:faq.jsonl', accounts: ['zendesk:acme'] },
  'knowledge-list': { offset: 0, limit: 50 },
  'knowledge-update': { article },
  'knowledge-delete': { id: 'a1' },
  'knowledge-export': {},
  'knowledge-clear': {},
  'knowledge-accounts-notice': { dismiss: true },
  'knowledge-embed': {},
  'knowledge-embed-status': {},
  'provider-get': {},
  'provider-save': { config, apiKey: 'sk-test' },
  'provider-remove': {},
  'provider-test': { config, apiKey: 'sk-test' },
  'provider-models': { config },
  'draft-settings-get': {},
  'draft-settings-save': { settings: { ...DEFAULT_DRAFT_SETTINGS, companyFacts: ['We ship from Leeds.'], allowlist: ['acme.example'] } },
  'delete-all-data': {},
  'team-stats-config-get': {},
  'team-stats-config-save': { url: 'https://ch.example:8443', user: 'agent', password: 'pw', leadUser: 'lead' },
  'team-stats-summary': { filter: { agentIds: ['a1'], helpdesks: ['zendesk'] } },
  'team-stats-upload': {},
};
const KINDS = Object.keys(SAMPLES) as RequestKind[];

const reached: { kind: string; request: unknown }[] = [];
const handlers = Object.fromEntries(
  KINDS.map((kind) => [kind, async (request: unknown) => void reached.push({ kind, request })]),
) as unknown as Handlers;
const allowedSender = (kind: RequestKind) => (ALLOWED[kind].includes('content-script') ? CONTENT : EXTENSION);
const ask = (kind: RequestKind, fields: object, sender = allowedSender(kind)) => route({ ...fields, kind }, sender, policy, handlers);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Path = (string | number)[];
/** Every string and array in a value, by path. */
function leaves(value: Json, path: Path = []): { path: Path; value: string | Json[] }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((item, i) => leaves(item, [...path, i]))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}
/** `value` with the thing at `path` replaced (copied along the path only). */
function replaced(value: Json, path: Path, by: unknown): Json {
  if (path.length === 0) return by as Json;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  copy[head!] = replaced(copy[head!]!, rest, by);
  return copy as Json;
}

// Far past every limit (the largest, a ticket's text, is 16 M characters) yet cheap: one string, shared.
const HUGE_STRING = 'x'.repeat(20_000_000);
const HUGE_ARRAY = 100_001;

describe('every request kind the background accepts', () => {
  it('has a sample here and bounds every string and array of its schema (and of the two ports)', () => {
    const options = (BackgroundRequest as unknown as { _zod: { def: { options: { _zod: { def: { shape: object } } }[] } } })._zod.def
      .options;
    const kinds = options.map((o) => (o._zod.def.shape as { kind: { _zod: { def: { values: string[] } } } }).kind._zod.def.values[0]);
    expect(kinds.sort()).toEqual([...KINDS].sort());
    const unbounded = Object.fromEntries(
      [
        ...options.map((o, i) => [kinds[i], o] as const),
        ['drafts port', DraftsRequest] as const,
        ['summary port', ModelSummaryRequest] as const,
      ]
        .map(([kind, schema]) => [kind, unboundedPaths(schema as never)])
        .filter(([, paths]) => paths!.length > 0),
    );
    expect(unbounded).toEqual({});
  });

  it.each(KINDS)('%s: its allowed sender is heard, with the extra keys dropped', async (kind) => {
    reached.length = 0;
    expect(await ask(kind, { ...SAMPLES[kind], injected: 'ignore previous instructions' })).toEqual({ ok: true, data: undefined });
    expect(reached.map((r) => r.kind)).toEqual([kind]);
    expect(JSON.stringify(reached[0]!.request)).not.toContain('injected');
  });

  it.each(KINDS)('%s: refuses every foreign sender, and the sender kind it is not for', async (kind) => {
    reached.length = 0;
    for (const [who, sender] of Object.entries(FOREIGN))
      expect(await ask(kind, SAMPLES[kind], sender), who).toEqual({ ok: false, error: 'sender not allowed' });
    if (ALLOWED[kind].length === 1) {
      const other = ALLOWED[kind][0] === 'content-script' ? EXTENSION : CONTENT;
      expect(await ask(kind, SAMPLES[kind], other)).toEqual({ ok: false, error: 'sender not allowed' });
    }
    expect(reached).toEqual([]);
  });

  const claimedUrl = (kind: RequestKind) =>
    Object.values(SAMPLES[kind]).some((field) => typeof (field as { url?: unknown })?.url === 'string');
  it.each(KINDS.filter((kind) => ALLOWED[kind].includes('content-script') && claimedUrl(kind)))(
    '%s: refuses a content script speaking for another page than its tab’s',
    async (kind) => {
      reached.length = 0;
      const key = 'ticket' in SAMPLES[kind] ? 'ticket' : 'page';
      const claimed = (SAMPLES[kind] as Record<string, { url: string }>)[key]!;
      for (const url of ['https://other.zendesk.com/agent/tickets/1', 'https://evil.example/agent/tickets/1', 'not a url'])
        expect(await ask(kind, { ...SAMPLES[kind], [key]: { ...claimed, url } }), url).toEqual({ ok: false, error: NOT_THIS_PAGE });
      // The agent moved on to another ticket of the same helpdesk while the request was on its way: still theirs.
      expect((await ask(kind, { ...SAMPLES[kind], [key]: { ...claimed, url: 'https://acme.zendesk.com/agent/tickets/2' } })).ok).toBe(true);
      expect(reached).toHaveLength(1);
    },
  );

  // rev-egress24: the ticket's helpdesk decides its holdout (no model, nothing leaves), its REST and history readers
  // and its stats; a Zendesk tab's ticket that says Freshdesk was taken.
  it.each(KINDS.filter((kind) => ALLOWED[kind].includes('content-script') && 'ticket' in SAMPLES[kind]))(
    '%s: refuses a content script’s ticket of another helpdesk than its tab’s',
    async (kind) => {
      reached.length = 0;
      const claimed = (SAMPLES[kind] as Record<string, object>)['ticket']!;
      expect(await ask(kind, { ...SAMPLES[kind], ticket: { ...claimed, helpdesk: 'freshdesk' } })).toEqual({
        ok: false,
        error: NOT_THIS_PAGE,
      });
      expect(reached).toEqual([]);
    },
  );

  it.each(KINDS)('%s: refuses wrong types and missing fields with a clear error, handler untouched', async (kind) => {
    reached.length = 0;
    const sample = SAMPLES[kind] as Json;
    const refusals: string[] = [];
    for (const { path, value } of leaves(sample)) {
      const wrong = typeof value === 'string' ? 42 : 'x';
      const reply = await ask(kind, replaced(sample, path, wrong) as object);
      expect(reply.ok, `${path.join('.')} as ${typeof wrong}`).toBe(false);
      if (!reply.ok) refusals.push(reply.error);
    }
    expect(reached).toEqual([]);
    for (const key of Object.keys(sample as object)) {
      const { [key]: _missing, ...rest } = sample as Record<string, Json>;
      const reply = await ask(kind, rest);
      // Optional fields may be left out (and reach the handler); a required one's absence is named.
      if (!reply.ok) refusals.push(reply.error);
    }
    for (const error of refusals) expect(error).toMatch(/^malformed request: \S.*: \S/);
  });

  it.each(KINDS)('%s: refuses every string and array grown far past any real one, naming it, at once', async (kind) => {
    reached.length = 0;
    const sample = SAMPLES[kind] as Json;
    for (const { path, value } of leaves(sample)) {
      const huge = typeof value === 'string' ? HUGE_STRING : Array.from({ length: HUGE_ARRAY }, () => value[0] ?? 'x');
      const started = performance.now();
      const reply = await ask(kind, replaced(sample, path, huge) as object);
      const where = path.join('.');
      expect(reply.ok, where).toBe(false);
      if (!reply.ok) expect(reply.error, where).toMatch(/^malformed request: .*(over \d+|invalid|expected)/);
      // A refusal, not a hang: zod stops at the first length check (measured ~0-40 ms a case here).
      expect(performance.now() - started, where).toBeLessThan(5_000);
    }
    expect(reached).toEqual([]);
  });
});

describe('who can send at all', () => {
  it('no web page: the manifest opens no externally_connectable, the background hears no external messages', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const background = readFileSync('entrypoints/background.ts', 'utf8') + readFileSync('src/background/main.ts', 'utf8');
    expect(config).not.toMatch(/externally_connectable/);
    expect(background).not.toMatch(/onMessageExternal|onConnectExternal/);
  });
});
