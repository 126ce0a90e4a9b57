import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/index';
import type { SearchHit } from '../knowledge/types';
import type { Ticket } from '../ticket/schema';
import { createAnalyses, type KnowledgeService } from './analysis';
import type { TicketAnalysis } from '../messaging/responses';
import { createHandlers } from './handlers';
import type { KnowledgeHandlers } from './knowledge';
import type { ProviderHandlers } from './provider';
import type { StatsService } from './stats';

const hit = (id: string, title: string, snippet: string): SearchHit => ({ id, title, snippet, score: 1, matches: [] });
const STORE = [hit('refund', 'Refund a duplicate charge', 'Refund the duplicate charge from the billing console.')];

/** Records whether each search was allowed to send the ticket's query out. */
const searches: boolean[] = [];
const knowledge: KnowledgeService & { handlers: KnowledgeHandlers } = {
  searchTicket: async (_ticket, _top, mayLeave = true) => {
    searches.push(mayLeave);
    return { hits: [STORE[0]!] };
  },
  lexicalTicket: async () => [STORE[0]!],
  searchText: async () => [],
  byIds: async (ids) => STORE.filter((s) => ids.includes(s.id)),
  handlers: {} as KnowledgeHandlers,
};

/** The REST reading (settled); `page` makes it the page's provisional reading. */
const ticket = (
  text = 'I was charged twice for my invoice. Please refund one of the payments.',
  source: Ticket['source'] = 'api',
): Ticket => ({
  id: '1',
  helpdesk: 'zendesk',
  url: 'https://acme.zendesk.com/agent/tickets/1',
  subject: 'Charged twice',
  requester: { name: 'Dana', email: null },
  status: null,
  priority: null,
  tags: [],
  language: 'en',
  warnings: [],
  source,
  messages: [{ id: 'm1', author: { name: 'Dana' }, role: 'customer', visibility: 'public', createdAt: null, text }],
});

function setup(options: { holdout?: boolean; providerConfigured?: boolean; holdBack?: boolean } = {}) {
  const stats = { handlers: {}, isHoldout: async () => options.holdout ?? false, writer: {} } as unknown as StatsService;
  const draftSettings = {
    'draft-settings-get': async () => DEFAULT_DRAFT_SETTINGS,
    'draft-settings-save': async () => DEFAULT_DRAFT_SETTINGS,
    load: async () => DEFAULT_DRAFT_SETTINGS,
  };
  const analyses = createAnalyses({ knowledge, isHoldout: stats.isHoldout, holdBack: async () => options.holdBack ?? false });
  const handlers = createHandlers(
    knowledge,
    {} as ProviderHandlers,
    async () => options.providerConfigured ?? false,
    draftSettings,
    stats,
    analyses,
  );
  return (t = ticket(), notBefore = 0) =>
    handlers['analyze-ticket'](
      { kind: 'analyze-ticket', ticket: t, uiLang: 'en', ...(notBefore ? { notBefore } : {}) },
      {} as never,
    ) as Promise<TicketAnalysis>;
}

describe('analyze-ticket', () => {
  it('gives a holdout ticket its cue and snippets, says it is in the holdout, and sends no query out', async () => {
    searches.length = 0;
    const held = await setup({ holdout: true, providerConfigured: true })();
    expect(held).toMatchObject({ holdout: true, providerConfigured: true, snippets: [STORE[0]] });
    expect(held.cue).not.toBeNull();
    expect(searches).toEqual([false]);
  });

  it('holds back the query of a handle-personally ticket when the setting says so, not otherwise', async () => {
    const angry = ticket('This is the third time I write. I will cancel and my lawyer will hear about this. Unacceptable!');
    searches.length = 0;
    const held = await setup({ holdBack: true, providerConfigured: true })(angry);
    expect(held.cue?.handlePersonally).toBe(true);
    expect(held.heldBack).toBe(true);
    const open = await setup({ holdBack: false, providerConfigured: true })(angry);
    expect(open.heldBack).toBe(false);
    expect(searches).toEqual([false, true]);
  });

  it("searches the page's provisional reading locally, and does not serve that analysis to the settled reading", async () => {
    searches.length = 0;
    const analyze = setup({ providerConfigured: true });
    const page = await analyze(ticket(undefined, 'dom'));
    expect(page.snippets).toEqual([STORE[0]]);
    await analyze(ticket(undefined, 'api'));
    // The REST API could not be read: the page's reading is all there is, and it is settled.
    await setup({ providerConfigured: true })({
      ...ticket(undefined, 'dom'),
      warnings: [{ field: 'api', text: 'the Zendesk API could not be read (HTTP 403)' }],
    });
    expect(searches).toEqual([false, true, true]);
  });

  it('analyzes one conversation state once; a retry analyzes again, once', async () => {
    searches.length = 0;
    const analyze = setup();
    await analyze();
    await analyze();
    expect(searches).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const retry = Date.now();
    await analyze(ticket(), retry);
    await analyze(ticket(), retry); // the drafts of the same retry join it
    expect(searches).toHaveLength(2);
  });

  it('quotes only public customer words: a kept-back message is not in the cue', async () => {
    const t = ticket('Hello, where is my order?');
    t.messages.push({
      id: 'm2',
      author: { name: 'Dana' },
      role: 'customer',
      visibility: 'internal',
      createdAt: null,
      text: 'I am furious, this is unacceptable and I will sue you.',
    });
    const { cue } = await setup()(t);
    expect(JSON.stringify(cue)).not.toMatch(/furious|unacceptable|sue/);
    expect(cue?.triggers ?? []).not.toContain('legal-threat');
  });

  it('answers without drafts: every draft comes over the drafts port', async () => {
    const result = await setup()();
    expect(result).not.toHaveProperty('drafts');
  });
});
