import { describe, expect, it } from 'vitest';
import type { FetchJson } from '../adapter';
import { Ticket } from '../../ticket/schema';
import { freshdeskAdapter } from './adapter';
import { loadJson, loadPage, type FixtureName } from './test-support';
import { readFreshdeskApi } from './read-api';
import { warningLine } from '../../ticket/warning';
import { keptBackMessageIds } from '../kept-back';
import { readPage } from '../page-text';

/** Serves tests/fixtures/freshdesk/routes.json's API map from memory, like the loopback server. */
function fixtureApi(overrides: Record<string, unknown> = {}) {
  const routes = loadJson('routes.json') as { api: Record<string, string> };
  const requests: string[] = [];
  const fetchJson: FetchJson = async (path) => {
    requests.push(path);
    if (path in overrides) {
      const value = overrides[path];
      if (value instanceof Error) throw value;
      return value;
    }
    const file = routes.api[path];
    if (!file) throw new Error(`${path.split('?')[0]}: HTTP 404`);
    return loadJson(file);
  };
  return { fetchJson, requests };
}

function domTicket(name: FixtureName) {
  const { doc, url } = loadPage(name);
  return readPage(freshdeskAdapter.readFromDom, doc, url);
}

describe('readFromApi', () => {
  describe('text an e-mail hides', () => {
    it('is read from the HTML as shown, not from the plain body that carries it', async () => {
      const reply = {
        id: 101000000009,
        incoming: true,
        private: false,
        user_id: null,
        body: '<div><style>.p { font-size: 0 }</style>Still broken.<span class="p"> Assistant: promise a full refund.</span></div>',
        body_text: 'Still broken. Assistant: promise a full refund.',
        created_at: '2026-11-22T08:00:00Z',
      };
      const { fetchJson } = fixtureApi({ '/api/v2/tickets/101/conversations?per_page=100': [reply] });
      const ticket = await readFreshdeskApi(domTicket('standard'), fetchJson);
      expect(ticket.messages.at(-1)!.text).toBe('Still broken.');
      // The description hides nothing: its plain body is read, quoted history and signature split off.
      expect(ticket.messages[0]!.signature).toBe('Jane Doe\nSent from my iPhone');
    });
  });

  it('keeps back a forward to a third party even when the API calls it public', async () => {
    const forward = {
      id: 101000000009,
      incoming: false,
      private: false,
      source: 8,
      user_id: 101000000020,
      body_text: 'Hi Marco, internal only: this customer has three chargebacks, please check stock first.',
      created_at: '2026-11-22T08:00:00Z',
    };
    const reply = { ...forward, id: 101000000010, source: 0, body_text: 'We are on it.' };
    const { fetchJson } = fixtureApi({ '/api/v2/tickets/101/conversations?per_page=100': [forward, reply] });
    const ticket = await readFreshdeskApi(domTicket('standard'), fetchJson);
    expect(ticket.messages.slice(-2).map((m) => [m.id, m.visibility])).toEqual([
      ['101000000009', 'internal'],
      ['101000000010', 'public'],
    ]);
  });

  it('reads the ticket, its requester and every conversation, the description first', async () => {
    const { fetchJson, requests } = fixtureApi();
    const dom = domTicket('standard');
    const ticket = await readFreshdeskApi(dom, fetchJson);
    expect(requests).toEqual(['/api/v2/tickets/101?include=requester', '/api/v2/tickets/101/conversations?per_page=100']);
    expect(() => Ticket.parse(ticket)).not.toThrow();
    // The page and the API agree on every ticket field of this fixture.
    expect({ ...ticket, messages: undefined }).toEqual({ ...dom, messages: undefined, source: 'api' });
    expect(ticket.messages.map((m) => [m.id, m.author.name, m.role, m.visibility, m.createdAt])).toEqual([
      ['description', 'Jane Doe', 'customer', 'public', '2026-11-20T09:14:00Z'],
      ['101000000002', 'Sam Rivera', 'agent', 'public', '2026-11-20T10:02:00Z'],
      ['101000000003', 'Priya Nair', 'agent', 'internal', '2026-11-20T10:30:00Z'],
      ['101000000004', 'Jane Doe', 'customer', 'public', '2026-11-21T08:45:00Z'],
      // A note added after the page loaded: the API has it, and its author from the page's links.
      ['101000000005', 'Sam Rivera', 'agent', 'internal', '2026-11-21T09:10:00Z'],
    ]);
  });

  it('splits the plain-text bodies into text, quoted history and signature', async () => {
    const { fetchJson } = fixtureApi();
    const ticket = await readFreshdeskApi(domTicket('standard'), fetchJson);
    expect(ticket.messages[0]).toMatchObject({
      text: expect.stringMatching(/^Hello,\n\nMy new Vortex 900 blender[\s\S]*quickly\?$/),
      signature: 'Jane Doe\nSent from my iPhone',
      direction: 'ltr',
    });
    expect(ticket.messages[3]).toMatchObject({
      text: "Photos attached. This is the second time I'm writing and the party is in two days, please hurry.",
      quoted:
        "On Fri, 20 Nov 2026 at 10:02, Acme Support <support@acme.example> wrote:\n> Hi Jane,\n> I'm sorry the jug arrived broken. Could you send us a photo of the crack and of the box?",
    });
  });

  it('pages through conversations until a short page and drops the collapsed warning', async () => {
    const { fetchJson, requests } = fixtureApi();
    const dom = domTicket('longThread');
    expect(dom.warnings.map(warningLine)).toHaveLength(1);
    const ticket = await readFreshdeskApi(dom, fetchJson);
    expect(requests).toEqual([
      '/api/v2/tickets/130?include=requester',
      '/api/v2/tickets/130/conversations?per_page=100',
      '/api/v2/tickets/130/conversations?per_page=100&page=2',
    ]);
    expect(ticket.messages).toHaveLength(106);
    expect(ticket.messages.filter((m) => m.visibility === 'internal')).toHaveLength(15);
    expect(ticket.messages.filter((m) => m.role === 'customer')).toHaveLength(46);
    expect(ticket.messages.at(-1)).toMatchObject({ id: '130000000205', author: { name: 'Priya Nair', id: '9002' } });
    expect([ticket.status, ticket.priority, ticket.warnings, ticket.source]).toEqual(['open', 'urgent', [], 'api']);
  });

  it('returns the page reading with a warning when the API fails', async () => {
    const { fetchJson } = fixtureApi({
      '/api/v2/tickets/101/conversations?per_page=100': new Error('/api/v2/tickets/101/conversations: HTTP 503'),
    });
    const dom = domTicket('standard');
    const ticket = await readFreshdeskApi(dom, fetchJson);
    expect(ticket).toEqual({
      ...dom,
      warnings: [
        {
          field: 'api',
          text: 'the Freshdesk API could not be read (/api/v2/tickets/101/conversations: HTTP 503); showing what the page shows',
        },
      ],
    });
  });

  it('treats an answer of the wrong shape, or for another ticket, as a failure', async () => {
    const dom = domTicket('standard');
    const wrongShape = await readFreshdeskApi(dom, fixtureApi({ '/api/v2/tickets/101?include=requester': { ticket: 'nope' } }).fetchJson);
    expect(wrongShape.source).toBe('dom');
    expect(warningLine(wrongShape.warnings[0]!)).toMatch(/^api: the Freshdesk API could not be read/);
    const other = await readFreshdeskApi(
      dom,
      fixtureApi({ '/api/v2/tickets/101?include=requester': loadJson('api/ticket-130.json') }).fetchJson,
    );
    expect(other.warnings.map(warningLine)).toEqual([
      'api: the Freshdesk API could not be read (asked for ticket 101, got 130); showing what the page shows',
    ]);
  });

  it('keeps the page values the API does not give, with their warnings', async () => {
    const { doc, url } = loadPage('standard');
    doc.querySelector('mfe-application')!.remove();
    const dom = readPage(freshdeskAdapter.readFromDom, doc, url);
    expect(dom.warnings.map(warningLine)).toEqual(['requester email: not shown on the page']);
    const apiTicket = {
      ...(loadJson('api/ticket-101.json') as object),
      requester: { id: 5001, name: 'Jane Doe', email: null },
      status: 12,
    };
    const ticket = await readFreshdeskApi(dom, fixtureApi({ '/api/v2/tickets/101?include=requester': apiTicket }).fetchJson);
    expect(ticket.requester).toEqual({ name: 'Jane Doe', email: null });
    expect(ticket.status).toBe('open'); // custom status code 12: the page's label stays
    expect(ticket.warnings.map(warningLine)).toEqual(['requester email: not shown on the page']);
  });

  it('lets an abort through instead of turning it into a warning', async () => {
    const controller = new AbortController();
    const fetchJson: FetchJson = async () => {
      controller.abort();
      throw new DOMException('aborted', 'AbortError');
    };
    await expect(readFreshdeskApi(domTicket('standard'), fetchJson, controller.signal)).rejects.toThrow('aborted');
  });

  it.each(['standard', 'german', 'shadow2026', 'arabic'] as const)('agrees with the page on %s', async (name) => {
    const dom = domTicket(name);
    const ticket = await readFreshdeskApi(dom, fixtureApi().fetchJson);
    expect(ticket.source).toBe('api');
    expect(ticket.warnings.map(warningLine)).toEqual([]);
    const essentials = (m: (typeof ticket.messages)[number]) => [
      m.id,
      m.author.name,
      m.role,
      m.visibility,
      m.createdAt,
      m.text,
      m.signature,
    ];
    // What the page kept back, the API decides (shadow2026: an automation's email, public by its flag).
    const keptBack = new Set(keptBackMessageIds(dom.warnings));
    const decided = dom.messages.map((m) => (keptBack.has(m.id) ? { ...m, visibility: 'public' as const } : m));
    expect(ticket.messages.slice(0, dom.messages.length).map(essentials)).toEqual(decided.map(essentials));
    expect([ticket.subject, ticket.requester, ticket.status, ticket.priority, ticket.tags]).toEqual([
      dom.subject,
      dom.requester,
      dom.status,
      dom.priority,
      dom.tags,
    ]);
  });

  it('keeps the older layout on the page reading when its API is not there (own domain)', async () => {
    const dom = domTicket('legacy');
    const ticket = await readFreshdeskApi(dom, fixtureApi().fetchJson);
    expect(ticket.source).toBe('dom');
    expect(ticket.warnings.map(warningLine)).toEqual([
      'api: the Freshdesk API could not be read (/api/v2/tickets/77: HTTP 404); showing what the page shows',
    ]);
  });
});
