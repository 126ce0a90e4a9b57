// The per-helpdesk readers against the fixture server's files (the endpoints' documented shapes),
// through the same routes.json the browser tests' server uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FetchJson } from '../helpdesks/adapter';
import { createHistoryCache } from './cache';
import { historyView } from './history';
import { historyReader } from './readers';
import { historyFromRecords } from './records';

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url).pathname;

function fixtureApi(helpdesk: 'zendesk' | 'freshdesk', requested: string[] = []): FetchJson {
  const { api } = JSON.parse(readFileSync(join(FIXTURES, helpdesk, 'routes.json'), 'utf8')) as { api: Record<string, string> };
  return async (path) => {
    requested.push(path);
    const file = api[path];
    if (!file) throw new Error(`${path}: HTTP 404`);
    return JSON.parse(readFileSync(join(FIXTURES, helpdesk, file), 'utf8'));
  };
}

describe('earlier tickets from the helpdesk APIs', () => {
  it('Zendesk: the requester of ticket 1 and their requested tickets, with status, date and a same-origin link', async () => {
    const history = historyFromRecords('zendesk', (await createHistoryCache(historyReader('zendesk'), fixtureApi('zendesk')).load('1'))!);
    expect(history.tickets.map((t) => t.id)).toEqual(['1', '44', '41', '38', '30']);
    expect(history.tickets[2]).toEqual({
      id: '41',
      subject: 'Invoice INV-2291 charged twice',
      status: 'solved',
      createdAt: '2026-11-03T15:40:00Z',
      path: '/agent/tickets/41',
    });
  });

  it('Freshdesk: numeric statuses become words, links go to /a/tickets/<id>', async () => {
    const history = historyFromRecords(
      'freshdesk',
      (await createHistoryCache(historyReader('freshdesk'), fixtureApi('freshdesk')).load('130'))!,
    );
    expect(history.tickets.map((t) => [t.id, t.status, t.path])).toEqual([
      ['130', 'open', '/a/tickets/130'],
      ['118', 'resolved', '/a/tickets/118'],
      ['97', 'closed', '/a/tickets/97'],
    ]);
  });

  it('caches per requester: a second ticket of one customer, or the same again, asks the API for their tickets once', async () => {
    const requested: string[] = [];
    const cache = createHistoryCache(historyReader('zendesk'), fixtureApi('zendesk', requested));
    await cache.load('1');
    await cache.load('1');
    expect(requested.filter((p) => p.includes('/tickets/requested'))).toHaveLength(1);
    expect(requested.filter((p) => p === '/api/v2/tickets/1.json')).toHaveLength(1);
  });

  it('asks again once the cache is older than its TTL, and never caches a failure', async () => {
    let clock = 0;
    let failing = true;
    const requested: string[] = [];
    const base = fixtureApi('zendesk', requested);
    const flaky: FetchJson = async (path, signal) => {
      if (failing && path.includes('/requested')) throw new Error('HTTP 503');
      return base(path, signal);
    };
    const cache = createHistoryCache(historyReader('zendesk'), flaky, () => clock);
    await expect(cache.load('1')).rejects.toThrow('503');
    failing = false;
    await cache.load('1');
    clock += 6 * 60_000;
    await cache.load('1');
    expect(requested.filter((p) => p.includes('/requested'))).toHaveLength(2);
  });

  it('records that are not tickets, or would link elsewhere, are dropped in the background', () => {
    const records = [
      { id: 5, subject: 'ok', status: 'open', created_at: null },
      { subject: 'no id' },
      'text',
      { id: '//evil.example', subject: 'x' },
    ];
    const history = historyFromRecords('zendesk', records);
    expect(history.tickets.map((t) => t.path)).toEqual(['/agent/tickets/5']);
    expect(historyFromRecords('freshdesk', [{ id: '7' }, { id: 8, status: 9 }]).tickets).toEqual([
      { id: '8', subject: null, status: 'waiting', createdAt: null, path: '/a/tickets/8' },
    ]);
  });

  it('the view: newest first, not the open ticket, opened in the last 30 days, still open', () => {
    const tickets = [
      { id: '1', subject: 'now', status: 'open', createdAt: '2026-11-10T09:00:00Z', path: '/agent/tickets/1' },
      { id: '30', subject: 'old', status: 'closed', createdAt: '2026-06-02T12:00:00Z', path: '/agent/tickets/30' },
      { id: '44', subject: 'recent', status: 'pending', createdAt: '2026-11-06T10:00:00Z', path: '/agent/tickets/44' },
      { id: '41', subject: 'solved', status: 'solved', createdAt: '2026-11-03T15:00:00Z', path: '/agent/tickets/41' },
    ];
    const view = historyView({ tickets }, '1', Date.parse('2026-11-20T00:00:00Z'));
    expect(view.earlier.map((t) => t.id)).toEqual(['44', '41', '30']);
    expect(view.lastThirtyDays).toBe(3);
    expect(view.stillOpen).toBe(1);
  });
});
