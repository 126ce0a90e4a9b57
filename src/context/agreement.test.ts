// `souffleur cue --ticket t.json --history h.json` and the sidebar's customer context read the same
// history the same way: the sidebar's path (fixture API answered by the tab → the background's
// customer-context handler and its cache) and the CLI's (the history saved to a file) give one repeated contact,
// and the CLI adds it to the cue's triggers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cue } from '../cli/commands/cue';
import { createCustomerHistory, customerContextHandlers } from '../background/customer-history';
import type { AskTab } from '../background/tab-fetch';
import type { Ticket } from '../ticket/schema';
import type { FetchJson } from '../helpdesks/adapter';
import { createHistoryCache } from './cache';
import { historyReader } from './readers';
import { historyFromRecords } from './records';
import type { CustomerContextView } from './view';

const FIXTURES = new URL('../../tests/fixtures/zendesk/', import.meta.url).pathname;
const { api } = JSON.parse(readFileSync(join(FIXTURES, 'routes.json'), 'utf8')) as { api: Record<string, string> };
const fixtureApi: FetchJson = async (path) => JSON.parse(readFileSync(join(FIXTURES, api[path]!), 'utf8'));
const NOW = Date.parse('2026-11-10T12:00:00Z');

const ticket: Ticket = {
  id: '1',
  helpdesk: 'zendesk',
  url: 'https://acme.zendesk.com/agent/tickets/1',
  subject: 'Charged twice for invoice INV-2291 – third time asking',
  requester: { name: 'Jana', email: null },
  status: 'open',
  priority: 'high',
  tags: [],
  language: 'en',
  source: 'api',
  warnings: [],
  messages: [
    {
      id: 'c1',
      author: { name: 'Jana' },
      role: 'customer',
      visibility: 'public',
      createdAt: null,
      text: 'You charged me twice for the same invoice. Please refund one.',
    },
  ],
};

afterEach(() => vi.restoreAllMocks());

describe('the CLI and the sidebar agree on the history', () => {
  it('one repeated contact from the same history', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const records = (await createHistoryCache(historyReader('zendesk'), fixtureApi).load('1'))!;
    // The sidebar's path: the background's handler, its GETs answered by the tab from the fixture API.
    const tab: AskTab = async (_tabId, { path }) => ({ ok: true, status: 200, text: JSON.stringify(await fixtureApi(path)) });
    const handlers = customerContextHandlers(createCustomerHistory(tab));
    const sender = { tab: { id: 3 }, url: 'https://acme.zendesk.com/agent/tickets/1' } as never;
    const sidebar = (await handlers['customer-context']({ kind: 'customer-context', ticket }, sender)) as CustomerContextView;
    vi.useRealTimers();
    expect(sidebar.repeated?.sameReference).toEqual([{ reference: 'INV-2291', ticketIds: ['41', '38'] }]);

    const dir = mkdtempSync(join(tmpdir(), 'souffleur-history-'));
    writeFileSync(join(dir, 't.json'), JSON.stringify(ticket));
    writeFileSync(join(dir, 'h.json'), JSON.stringify(historyFromRecords('zendesk', records)));
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
    await cue(['--ticket', join(dir, 't.json'), '--history', join(dir, 'h.json'), '--now', new Date(NOW).toISOString()]);
    const printed = JSON.parse(out.join('')) as { triggers: string[]; repeatedContact: unknown };
    expect(printed.repeatedContact).toEqual(sidebar.repeated);
    expect(printed.triggers).toContain('repeated-contact');
  });

  it('without --history the CLI prints the cue alone; a bad history file is refused in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'souffleur-history-'));
    writeFileSync(join(dir, 't.json'), JSON.stringify(ticket));
    writeFileSync(join(dir, 'bad.json'), '{"tickets": [{"id": 5}]}');
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
    await cue(['--ticket', join(dir, 't.json')]);
    expect(JSON.parse(out.join(''))).not.toHaveProperty('repeatedContact');
    await expect(cue(['--ticket', join(dir, 't.json'), '--history', join(dir, 'bad.json')])).rejects.toThrow('is not a history');
  });
});
