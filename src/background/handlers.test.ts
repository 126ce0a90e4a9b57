import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/index';
import type { Ticket } from '../ticket/schema';
import { createHandlers, type KnowledgeService, type TicketAnalysis } from './handlers';
import type { KnowledgeHandlers } from './knowledge';
import type { ProviderHandlers } from './provider';
import type { StatsService } from './stats';

const ticket: Ticket = {
  id: '12', helpdesk: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/12', subject: 'Charged twice',
  requester: { name: 'Kim', email: null }, status: 'open', priority: null, tags: [], language: 'en',
  messages: [{ id: '1', author: { name: 'Kim' }, role: 'customer', visibility: 'public', createdAt: null, text: 'I was charged twice for my order. Please refund one of the payments.' }],
  warnings: [], source: 'dom',
};
const hit = { id: 'kb-refund', score: 1, title: 'Refunding a duplicate charge', snippet: 'We refund duplicate charges within 5 days.', matches: [] };
const knowledge = {
  searchTicket: async () => [hit],
  searchText: async () => [hit],
  byIds: async () => [],
  handlers: {} as KnowledgeHandlers,
} satisfies KnowledgeService & { handlers: KnowledgeHandlers };

function analyze(holdout: boolean, providerConfigured = false) {
  const stats = { handlers: {}, isHoldout: async () => holdout, writer: {} } as unknown as StatsService;
  const draftSettings = { 'draft-settings-get': async () => DEFAULT_DRAFT_SETTINGS, 'draft-settings-save': async () => DEFAULT_DRAFT_SETTINGS, load: async () => DEFAULT_DRAFT_SETTINGS };
  const handlers = createHandlers(knowledge, {} as ProviderHandlers, async () => providerConfigured, draftSettings, stats);
  return handlers['analyze-ticket']({ kind: 'analyze-ticket', ticket, uiLang: 'en' }, {} as never) as Promise<TicketAnalysis>;
}

describe('analyze-ticket and the holdout', () => {
  it('gives a holdout ticket its cue and snippets but no drafts, and says it is in the holdout', async () => {
    const held = await analyze(true);
    expect(held.holdout).toBe(true);
    expect(held.drafts).toEqual([]);
    expect(held.snippets).toEqual([hit]);
    expect(held.cue).not.toBeNull();
    const withModel = await analyze(true, true);
    expect(withModel).toMatchObject({ holdout: true, drafts: [], providerConfigured: true });
  });

  it('gives other tickets their offline drafts as before', async () => {
    const assisted = await analyze(false);
    expect(assisted.holdout).toBe(false);
    expect(assisted.drafts.length).toBeGreaterThan(0);
  });
});
