// The background's customer history through a tab's GETs: rate limits, the per-tab cache, forgetting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageFetchAnswer, PageFetchRequest } from '../messaging/page-fetch';
import { testTicket } from '../../tests/support/tickets';
import { createCustomerHistory } from './customer-history';
import { shareRecentAnswers, tabFetch, type AskTab } from './tab-fetch';

const FIXTURES = new URL('../../tests/fixtures/zendesk/', import.meta.url).pathname;
const { api } = JSON.parse(readFileSync(join(FIXTURES, 'routes.json'), 'utf8')) as { api: Record<string, string> };
const fixture = (path: string): PageFetchAnswer => {
  const file = api[path] ?? api[path.split('?')[0]!];
  return file ? { ok: true, status: 200, text: readFileSync(join(FIXTURES, file), 'utf8') } : { ok: true, status: 404, text: '' };
};

const ticket = testTicket({ subject: 'Invoice', requester: { name: 'Jana', email: null }, source: 'dom' });
const TAB = { id: 4, url: 'https://acme.zendesk.com/agent/tickets/1' };

function recordingTab(answer: (request: PageFetchRequest, count: number) => PageFetchAnswer | undefined = (r) => fixture(r.path)) {
  const asked: { tabId: number; path: string; origin?: string }[] = [];
  const ask: AskTab = async (tabId, request) => {
    asked.push({ tabId, path: request.path, origin: request.origin });
    return answer(request, asked.length);
  };
  return { ask, asked };
}

describe('customer history in the background', () => {
  it('reads the requester’s tickets through the asking tab, then answers that tab from its cache', async () => {
    const { ask, asked } = recordingTab();
    const history = createCustomerHistory(ask);
    const view = await history.view(ticket, TAB, 'en');
    expect(view?.earlier.length).toBeGreaterThan(0);
    expect(view!.earlier.every((earlier) => earlier.id !== '1')).toBe(true);
    expect(asked.every((request) => request.tabId === TAB.id && request.path.startsWith('/api/v2/'))).toBe(true);
    const first = asked.length;
    await history.view(ticket, TAB, 'en');
    expect(asked).toHaveLength(first); // cached for this tab
    await history.view(ticket, { ...TAB, id: 5 }, 'en');
    expect(asked.length).toBeGreaterThan(first); // another tab reads for itself
    history.forgetTab(TAB.id);
    const before = asked.length;
    await history.view(ticket, TAB, 'en');
    expect(asked.length).toBeGreaterThan(before);
  });

  it('waits out a 429 with its Retry-After and reads again', async () => {
    const { ask, asked } = recordingTab((request, count) =>
      count === 1 ? { ok: true, status: 429, text: '', retryAfter: '0' } : fixture(request.path),
    );
    const view = await createCustomerHistory(ask).view(ticket, TAB);
    expect(view?.earlier.length).toBeGreaterThan(0);
    expect(asked[0]!.path).toBe(asked[1]!.path);
  });

  it('says why it has no history: not allowed, or no API on this page', async () => {
    await expect(createCustomerHistory(recordingTab(() => ({ ok: true, status: 403, text: '' })).ask).view(ticket, TAB)).rejects.toThrow(
      'not-allowed',
    );
    await expect(
      createCustomerHistory(recordingTab(() => ({ ok: true, status: 200, text: '<html>sign in</html>' })).ask).view(ticket, TAB),
    ).rejects.toThrow('unreachable');
  });
});

describe('tabFetch', () => {
  it('gives a Response with the tab’s status, body and Retry-After, sending only the path and query', async () => {
    const { ask, asked } = recordingTab(() => ({ ok: true, status: 429, text: 'slow down', retryAfter: '7' }));
    const response = await tabFetch(9, ask)(new URL('https://ignored.example/api/v2/x.json?page=2'));
    // The tab makes it on its own origin, and only while it is still on the URL's.
    expect(asked).toEqual([{ tabId: 9, path: '/api/v2/x.json?page=2', origin: 'https://ignored.example' }]);
    expect([response.status, response.headers.get('retry-after'), await response.text()]).toEqual([429, '7', 'slow down']);
    expect((await tabFetch(9, recordingTab(() => ({ ok: true, status: 204, text: '' })).ask)('https://a.example/api/v2/y')).status).toBe(
      204,
    );
    await expect(tabFetch(9, recordingTab(() => undefined).ask)('https://a.example/api/v2/y')).rejects.toThrow('did not answer');
  });
});

describe('shareRecentAnswers', () => {
  it('answers the same GET of the same tab once within the window, and asks again after it, for another tab or after a failure', async () => {
    let clock = 0;
    let status = 200;
    const { ask, asked } = recordingTab(() => ({ ok: true, status, text: '{}' }));
    const shared = shareRecentAnswers(ask, 5_000, () => clock);
    const get = (tabId: number, path = '/api/v2/tickets/1.json', origin = 'https://acme.zendesk.com') =>
      shared(tabId, { kind: 'page-fetch', path, origin });
    await get(1);
    await get(1);
    expect(asked).toHaveLength(1);
    await get(2);
    await get(1, '/api/v2/tickets/2.json');
    expect(asked).toHaveLength(3);
    await get(1, '/api/v2/tickets/1.json', 'https://other.zendesk.com'); // the tab moved to another account
    expect(asked).toHaveLength(4);
    clock = 6_000;
    await get(1);
    expect(asked).toHaveLength(5);
    status = 429;
    clock = 20_000;
    await get(1);
    await get(1);
    expect(asked).toHaveLength(7); // a 429 is never reused
    await get(1, '/api/v2/tickets/1/comments.json?include=users');
    await get(1, '/api/v2/tickets/1/comments.json?include=users');
    expect(asked).toHaveLength(9); // a thread's comments are read again, never shared
  });
});
