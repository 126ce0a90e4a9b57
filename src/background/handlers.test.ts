import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/index';
import type { SearchHit } from '../knowledge/types';
import type { Ticket } from '../ticket/schema';
import { createHandlers, type KnowledgeService, type TicketAnalysis } from './handlers';
import type { KnowledgeHandlers } from './knowledge';
import type { ProviderHandlers } from './provider';
import type { StatsService } from './stats';

const hit = (id: string, title: string, snippet: string): SearchHit => ({ id, title, snippet, score: 1, matches: [] });
const STORE = [
  hit('refund', 'Refund a duplicate charge', 'Refund the duplicate charge from the billing console.'),
  hit('address', 'Change a delivery address', 'Edit the shipping address and save.'),
];

const asked: string[][] = [];
const knowledge: KnowledgeService & { handlers: KnowledgeHandlers } = {
  searchTicket: async () => [STORE[0]!],
  searchText: async () => [],
  byIds: async (ids) => {
    asked.push(ids);
    return STORE.filter((s) => ids.includes(s.id));
  },
  handlers: {} as KnowledgeHandlers,
};

const ticket: Ticket = {
  id: '1', helpdesk: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/1', subject: 'Charged twice',
  requester: { name: 'Dana', email: null }, status: null, priority: null, tags: [], language: 'en', warnings: [], source: 'dom',
  messages: [{ id: 'm1', author: { name: 'Dana' }, role: 'customer', visibility: 'public', createdAt: null, text: 'I was charged twice for my invoice. Please refund one of the payments.' }],
};

function analyze(options: { holdout?: boolean; providerConfigured?: boolean; pinnedSnippetIds?: string[] } = {}) {
  const stats = { handlers: {}, isHoldout: async () => options.holdout ?? false, writer: {} } as unknown as StatsService;
  const draftSettings = { 'draft-settings-get': async () => DEFAULT_DRAFT_SETTINGS, 'draft-settings-save': async () => DEFAULT_DRAFT_SETTINGS, load: async () => DEFAULT_DRAFT_SETTINGS };
  const handlers = createHandlers(knowledge, {} as ProviderHandlers, async () => options.providerConfigured ?? false, draftSettings, stats);
  const { pinnedSnippetIds } = options;
  return handlers['analyze-ticket']({ kind: 'analyze-ticket', ticket, uiLang: 'en', ...(pinnedSnippetIds ? { pinnedSnippetIds } : {}) }, {} as never) as Promise<TicketAnalysis>;
}

describe('analyze-ticket and the holdout', () => {
  it('gives a holdout ticket its cue and snippets but no drafts, and says it is in the holdout', async () => {
    const held = await analyze({ holdout: true });
    expect(held.holdout).toBe(true);
    expect(held.drafts).toEqual([]);
    expect(held.snippets).toEqual([STORE[0]]);
    expect(held.cue).not.toBeNull();
    const withModel = await analyze({ holdout: true, providerConfigured: true });
    expect(withModel).toMatchObject({ holdout: true, drafts: [], providerConfigured: true });
  });

  it('gives other tickets their offline drafts as before', async () => {
    const assisted = await analyze();
    expect(assisted.holdout).toBe(false);
    expect(assisted.drafts.length).toBeGreaterThan(0);
  });
});

describe('analyze-ticket offline drafts', () => {
  it('ground the first draft in the best snippet, and in pinned snippets first when there are pins', async () => {
    asked.length = 0;
    const plain = await analyze();
    expect(plain.drafts[0]!.citations).toEqual(['refund']);
    expect(asked).toEqual([]);

    const pinned = await analyze({ pinnedSnippetIds: ['address'] });
    expect(pinned.drafts[0]!.citations).toEqual(['address']);
    expect(pinned.drafts[0]!.text).toContain('Edit the shipping address and save.');
    // The snippets shown stay the ticket's own results.
    expect(pinned.snippets.map((s) => s.id)).toEqual(['refund']);
  });

  it('take pinned text from the store only: unknown ids are ignored', async () => {
    const result = await analyze({ pinnedSnippetIds: ['no-such-article'] });
    expect(asked.at(-1)).toEqual(['no-such-article']);
    expect(result.drafts[0]!.citations).toEqual(['refund']);
  });
});
