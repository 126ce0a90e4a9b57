import { describe, expect, it } from 'vitest';
import { fixtureFetchJson, loadPage, pageUrl, selectTicketTab } from '../../tests/fixtures/zendesk/load';
import type { PageFetchAnswer, PageFetchRequest } from '../messaging/page-fetch';
import { zendeskAdapter } from '../helpdesks/zendesk/adapter';
import { readTicketApi } from './ticket-api';
import type { AskTab } from './tab-fetch';
import { warningLine } from '../ticket/warning';
import { readPage } from '../helpdesks/page-text';

const TAB = { id: 7, url: 'https://acme.zendesk.com/agent/tickets/3' };

/** A tab that answers page-fetch requests from the Zendesk fixture API, as the content script would. */
function fixtureTab(log: { tabId: number; request: PageFetchRequest }[] = []): AskTab {
  const api = fixtureFetchJson();
  return async (tabId, request) => {
    log.push({ tabId, request });
    try {
      return { ok: true, status: 200, text: JSON.stringify(await api(request.path)) };
    } catch {
      return { ok: true, status: 404, text: '<html>not found</html>' };
    }
  };
}

const domTicket = (id: string) => {
  const doc = loadPage('long-thread.html');
  selectTicketTab(doc, id);
  return readPage(zendeskAdapter.readFromDom, doc, pageUrl(`/agent/tickets/${id}`));
};

describe('the background reads a ticket over its helpdesk’s API through the asking tab', () => {
  it('asks that tab for each GET and merges the whole thread', async () => {
    const log: { tabId: number; request: PageFetchRequest }[] = [];
    const ticket = await readTicketApi(domTicket('3'), TAB, fixtureTab(log));
    expect(ticket.source).toBe('api');
    expect(ticket.messages).toHaveLength(60);
    expect(log.map((entry) => entry.tabId)).toEqual([7, 7, 7]);
    expect(log.map((entry) => entry.request)).toEqual([
      { kind: 'page-fetch', path: '/api/v2/tickets/3.json', origin: 'https://acme.zendesk.com' },
      { kind: 'page-fetch', path: '/api/v2/tickets/3/comments.json?include=users', origin: 'https://acme.zendesk.com' },
      { kind: 'page-fetch', path: '/api/v2/tickets/3/comments.json?include=users&page=2', origin: 'https://acme.zendesk.com' },
    ]);
  });

  it.each<[string, PageFetchAnswer | undefined, RegExp]>([
    ['an HTTP error', { ok: true, status: 403, text: '{"error":"Forbidden"}' }, /HTTP 403/],
    ['a page that is not JSON', { ok: true, status: 200, text: '<html>login</html>' }, /not JSON/],
    ['a failed fetch', { ok: false, error: 'Failed to fetch' }, /Failed to fetch/],
    ['no answer (the tab navigated away)', undefined, /did not answer/],
  ])('keeps the page’s reading with a warning on %s', async (_case, answer, reason) => {
    const dom = domTicket('3');
    const ticket = await readTicketApi(dom, TAB, async () => answer);
    expect(ticket.source).toBe('dom');
    expect(ticket.messages).toEqual(dom.messages);
    expect(warningLine(ticket.warnings.at(-1)!)).toMatch(/^api: the Zendesk API could not be read/);
    expect(warningLine(ticket.warnings.at(-1)!)).toMatch(reason);
  });
});
