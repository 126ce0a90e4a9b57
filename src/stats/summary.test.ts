// Every headline figure on the hand-built log (tests/fixtures/stats/log.ts), worked out by hand.
import { describe, expect, it } from 'vitest';
import { DAY, T0, ev } from '../../tests/fixtures/stats/build';
import { handBuiltLog, KB_SNIPPET_IDS } from '../../tests/fixtures/stats/log';
import { summarize } from './summary';

describe('summarize: headline figures', () => {
  const s = summarize(handBuiltLog(), { knowledgeBaseSnippetIds: KB_SNIPPET_IDS });
  const h = s.headline;

  it('counts tickets and drafts', () => {
    expect(s.period.events).toBe(39);
    expect(h.ticketsAssisted).toBe(4); // t1, t2, t3, t6 (t4, t5 are holdout: nothing shown)
    expect(h.draftsShown).toBe(6); // t1 1, t2 2, t3 2, t6 1
    expect(h.draftsInserted).toBe(3); // t1, t3, t6
    expect(h.draftsCopied).toBe(1); // t2
    expect(h.draftsDismissed).toBe(1);
    expect(h.draftsRegenerated).toBe(1);
    expect(h.insertionRate).toBe(3 / 6);
    expect(h.copyRate).toBe(1 / 6);
  });

  it('measures how the inserted drafts were sent', () => {
    expect(h.repliesSent).toBe(4);
    expect(h.sentShares).toEqual({ asIs: 0.25, lightEdit: 0.25, heavyEdit: 0.25, rewritten: 0.25 });
    expect(h.meanSimilarity).toBeCloseTo((1 + 0.8 + 0.5 + 0.1) / 4, 12);
  });

  it('rates, snippets and cues', () => {
    expect([h.thumbsUp, h.thumbsDown, h.thumbsUpRate]).toEqual([2, 1, 2 / 3]);
    expect([h.snippetsShown, h.snippetsUsed]).toEqual([3, 2]);
    expect([h.cuesShown, h.cuesRated, h.cueHelpfulShare]).toEqual([2, 2, 0.5]);
    expect(h.handlePersonallyShown).toBe(1);
  });

  it('median time to first suggestion: per ticket earliest (2000, 4000, 1000, 3000) → 2500', () => {
    expect(h.medianMsToFirstSuggestion).toBe(2500);
  });

  it('time saved: (3 inserted + 1 copied) × 3 min + 2 snippets × 1 min = 14 min, configurable', () => {
    expect(h.timeSaved).toEqual({ minutes: 14, draftUses: 4, snippetUses: 2, minutesPerUse: { draft: 3, snippet: 1 } });
    const custom = summarize(handBuiltLog(), { minutesPerUse: { draft: 5, snippet: 2 } });
    expect(custom.headline.timeSaved.minutes).toBe(4 * 5 + 2 * 2);
  });

  it('holdout: assisted t1, t2, t3 (60, 120, 90 s) vs holdout t4, t5 (200, 100 s)', () => {
    expect(s.holdout).toEqual({
      assisted: { tickets: 3, ticketsWithFirstReply: 3, medianMsToFirstReply: 90_000 },
      holdout: { tickets: 2, ticketsWithFirstReply: 2, medianMsToFirstReply: 150_000 },
      ratio: 0.6,
    });
  });
});

describe('summarize: trends, breakdowns, snippets, gaps', () => {
  const s = summarize(handBuiltLog(), { knowledgeBaseSnippetIds: KB_SNIPPET_IDS });

  it('trends by UTC day and by week starting Monday', () => {
    expect(s.trends.day.map((r) => [r.date, r.draftsShown, r.repliesSent])).toEqual([
      ['2026-03-02', 1, 1],
      ['2026-03-03', 2, 1],
      ['2026-03-10', 2, 1],
      ['2026-03-11', 1, 1],
    ]);
    expect(s.trends.week.map((r) => [r.date, r.draftsShown, r.draftsInserted])).toEqual([
      ['2026-03-02', 3, 1],
      ['2026-03-09', 3, 2],
    ]);
  });

  it('breaks down by agent (with the latest display name), helpdesk, language, emotion and model', () => {
    expect(s.breakdowns.agent.map((r) => [r.key, r.name, r.draftsShown, r.insertionRate])).toEqual([
      ['a1', 'Ana B.', 4, 0.5],
      ['a2', 'Bo', 2, 0.5],
    ]);
    expect(s.breakdowns.helpdesk.map((r) => [r.key, r.draftsShown])).toEqual([
      ['zendesk', 4],
      ['freshdesk', 2],
    ]);
    expect(s.breakdowns.language.map((r) => [r.key, r.draftsShown, r.repliesSent])).toEqual([
      ['en', 4, 3],
      ['de', 2, 1],
    ]);
    // Ties on drafts shown are ordered by snippets used, then by key.
    expect(s.breakdowns.emotion.map((r) => [r.key, r.draftsShown, r.snippetsUsed])).toEqual([
      ['frustration', 2, 1],
      ['neutral', 2, 1],
      ['anger', 2, 0],
    ]);
    expect(s.breakdowns.model.map((r) => [r.key, r.thumbsUpRate])).toEqual([
      ['m1', 0.5],
      ['m2', 1],
    ]);
  });

  it('ranks snippets and lists the knowledge base snippets never used', () => {
    expect(s.snippets).toEqual({
      top: [{ id: 'k1', shown: 2, used: 2 }],
      distinctUsed: 1,
      neverUsed: ['k2', 'k3'],
      neverUsedOf: 'knowledge-base',
    });
    expect(summarize(handBuiltLog()).snippets.neverUsed).toEqual(['k2']);
  });

  it('finds knowledge gaps: assisted tickets without a snippet used, by language and emotion', () => {
    expect(s.knowledgeGaps.byLanguage).toEqual([
      { key: 'de', tickets: 1, withoutSnippet: 1, share: 1 },
      { key: 'en', tickets: 3, withoutSnippet: 1, share: 1 / 3 },
    ]);
    expect(s.knowledgeGaps.byEmotion).toEqual([
      { key: 'anger', tickets: 1, withoutSnippet: 1, share: 1 },
      { key: 'frustration', tickets: 2, withoutSnippet: 1, share: 0.5 },
      { key: 'neutral', tickets: 1, withoutSnippet: 0, share: 0 },
    ]);
  });

  it("takes a ticket's language and emotion from later events when it opened before they were known", () => {
    const late = summarize([
      ev('ticket-opened', { holdout: false, ticketHash: 'tx', language: '', emotion: '' }),
      ev('snippet-shown', { snippetId: 'k1', ticketHash: 'tx', language: 'sv', emotion: '' }),
      ev('cue-shown', { ticketHash: 'tx', language: 'sv', emotion: 'worry' }),
    ]);
    expect(late.knowledgeGaps.byLanguage).toEqual([{ key: 'sv', tickets: 1, withoutSnippet: 1, share: 1 }]);
    expect(late.knowledgeGaps.byEmotion).toEqual([{ key: 'worry', tickets: 1, withoutSnippet: 1, share: 1 }]);
  });
});

describe('summarize: filters', () => {
  const shown = (filter: Parameters<typeof summarize>[1]) => summarize(handBuiltLog(), filter).headline.draftsShown;

  it('filters by agent, helpdesk and inclusive date range', () => {
    expect(shown({ filter: { agentIds: ['a2'] } })).toBe(2);
    expect(shown({ filter: { helpdesks: ['zendesk'] } })).toBe(4);
    expect(shown({ filter: { from: T0 + 8 * DAY } })).toBe(3);
    expect(shown({ filter: { to: T0 + 1 * DAY + 1 * 60_000 } })).toBe(3);
    const bo = summarize(handBuiltLog(), { filter: { agentIds: ['a2'] } });
    expect(bo.headline.ticketsAssisted).toBe(1);
    expect(bo.holdout.holdout.tickets).toBe(2);
  });

  it('reports no data as null rates, not zeros', () => {
    const empty = summarize([]);
    expect(empty.headline.insertionRate).toBeNull();
    expect(empty.headline.medianMsToFirstSuggestion).toBeNull();
    expect(empty.holdout.ratio).toBeNull();
    expect(empty.period).toEqual({ from: null, to: null, events: 0, outOfBounds: 0 });
  });

  it('skips an event with an impossible time (9e15, stored before times were bounded) instead of throwing', () => {
    const log = handBuiltLog();
    const poisoned = { ...log[0]!, id: 'poisoned', time: 9e15 };
    const result = summarize([...log, poisoned]);
    expect(result.period).toMatchObject({ events: log.length, outOfBounds: 1 });
    expect(result.headline).toEqual(summarize(log).headline);
  });
});
