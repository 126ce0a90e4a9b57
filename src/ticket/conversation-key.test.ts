// The page's and the REST API's readings of the same fixture tickets share a key (no second analysis
// or drafts request), and any correction of what may leave makes a new one.
import { describe, expect, it } from 'vitest';
import type { FetchJson } from '../helpdesks/adapter';
import { freshdeskAdapter } from '../helpdesks/freshdesk/adapter';
import { loadJson, loadPage } from '../helpdesks/freshdesk/test-support';
import { conversationKey } from './conversation-key';
import type { Message, Ticket } from './schema';
import { readFreshdeskApi } from '../helpdesks/freshdesk/read-api';
import { readPage } from '../helpdesks/page-text';

describe('conversationKey', () => {
  // Not the long thread: its page collapses earlier public messages, which the REST reading adds, and
  // the drafts are asked again with them (a real new state, not a re-reading).
  it.each(['standard', 'german', 'shadow2026', 'arabic', 'unmarkedRoles'] as const)(
    'is the same for the page and REST readings of Freshdesk %s',
    async (name) => {
      const routes = loadJson('routes.json') as { api: Record<string, string> };
      const fetchJson: FetchJson = async (path) => loadJson(routes.api[path]!);
      const { doc, url } = loadPage(name);
      const page = readPage(freshdeskAdapter.readFromDom, doc, url);
      const api = await readFreshdeskApi(page, fetchJson);
      expect(conversationKey(api)).toBe(conversationKey(page));
    },
  );

  const msg = (id: string, text: string, patch: Partial<Message> = {}): Message => ({
    id,
    author: { name: null },
    role: 'customer',
    visibility: 'public',
    createdAt: null,
    text,
    ...patch,
  });
  const ticket = (messages: Message[]): Ticket => ({
    id: '1',
    helpdesk: 'zendesk',
    url: 'https://a.zendesk.com/agent/tickets/1',
    subject: null,
    requester: { name: null, email: null },
    status: null,
    priority: null,
    tags: [],
    language: null,
    messages,
    warnings: [],
    source: 'dom',
  });
  const base = [
    msg('1', 'My refund?'),
    msg('2', 'We are on it.', { role: 'agent' }),
    msg('3', 'Fraud check pending', { role: 'agent', visibility: 'internal' }),
  ];

  it('changes when a message turns out public or internal, or its role was misread', () => {
    const key = conversationKey(ticket(base));
    expect(conversationKey(ticket([base[0]!, base[1]!, { ...base[2]!, visibility: 'public' }]))).not.toBe(key);
    expect(conversationKey(ticket([base[0]!, { ...base[1]!, visibility: 'internal' }, base[2]!]))).not.toBe(key);
    expect(conversationKey(ticket([base[0]!, { ...base[1]!, role: 'customer' }, base[2]!]))).not.toBe(key);
    // Two agent messages whose visibilities were swapped: the public one's words differ.
    const swapped = [
      msg('1', 'My refund?'),
      msg('2', 'We are on it.', { role: 'agent', visibility: 'internal' }),
      msg('3', 'Fraud check pending', { role: 'agent' }),
    ];
    expect(conversationKey(ticket(swapped))).not.toBe(key);
  });

  it('does not change for an internal note the page had not shown, or for whitespace', () => {
    const key = conversationKey(ticket(base));
    expect(conversationKey(ticket([...base, msg('4', 'Another note', { role: 'agent', visibility: 'internal' })]))).toBe(key);
    expect(conversationKey(ticket([msg('1', '  My   refund ? '), base[1]!, base[2]!]))).toBe(key);
  });
});
