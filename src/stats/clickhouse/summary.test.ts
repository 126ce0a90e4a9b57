// The equality test: ClickHouse (a real 18.16 server on loopback, in Europe/Berlin) against `summarize` on
// the same events, whole summaries compared, with and without filters; plus the definitions pinned on their
// own (exact median of an even count, UTC day and Monday week at a time that is another day in Berlin).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../../scripts/stats/synthetic';
import { clickHouseBinary, SKIP_MESSAGE, startClickHouse, type ClickHouseServer } from '../../../tests/support/clickhouse';
import { sendStatsRequest } from '../../egress/gate';
import type { StatsEvent } from '../events';
import { summarize, type StatsFilter } from '../summary';
import { ClickHouseLoader } from './load';
import { summarizeInClickHouse, type RunSql } from './summary';

const available = clickHouseBinary() !== null;
if (!available) console.warn(SKIP_MESSAGE);

/** Float sums differ in their last bits by summation order; every other number must be equal. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const base = { v: 2, agent: { id: 'agent-x', name: 'Xia' }, helpdesk: 'zendesk', keyId: 'k', source: 'model', model: 'm' } as const;
/** Edge cases the synthetic log lacks: a ticket whose language and emotion come after its opening, a day
 * boundary that is midnight in UTC but 01:00 in Berlin, a Sunday-to-Monday week change, an even count. */
function edgeCases(): StatsEvent[] {
  const at = (iso: string) => Date.parse(iso);
  const e = (id: string, time: string, ticketHash: string, fields: Record<string, unknown>, language = '', emotion = '') =>
    ({ ...base, id, time: at(time), ticketHash, language, emotion, ...fields }) as StatsEvent;
  return [
    e('x1', '2026-05-03T23:30:00Z', 'late', { type: 'ticket-opened', holdout: false }),
    e(
      'x2',
      '2026-05-03T23:59:59.999Z',
      'late',
      { type: 'suggestion-shown', suggestionId: 's1', kind: 'draft', msSinceTicketOpened: 1000 },
      'sv',
      'anger',
    ),
    e(
      'x3',
      '2026-05-04T00:00:00Z',
      'late',
      { type: 'suggestion-shown', suggestionId: 's2', kind: 'draft', msSinceTicketOpened: 2000 },
      'de',
      'anxiety',
    ),
    e('x4', '2026-05-04T00:10:00Z', 'late', { type: 'first-reply', msSinceTicketOpened: 3001, assisted: true }, 'de', 'anxiety'),
    e('x5', '2026-05-04T00:11:00Z', 'late', { type: 'suggestion-rated', suggestionId: 's2', rating: 'down', reason: 'tone' }, 'sv'),
    e('x6', '2026-05-04T00:12:00Z', 'late', { type: 'cue-rated', helpful: false }, 'sv'),
    e('x7', '2026-05-04T00:13:00Z', 'other', { type: 'ticket-opened', holdout: true }, 'ar', 'neutral'),
    e('x8', '2026-05-04T00:14:00Z', 'other', { type: 'first-reply', msSinceTicketOpened: 4000, assisted: false }, 'ar', 'neutral'),
    // Issue 16.4: the local cue against the provider's reading, per language, beside the cue ratings.
    e(
      'x9',
      '2026-05-04T00:15:00Z',
      'late',
      { type: 'cue-compared', providerEmotion: 'anger', agree: false, humanTouchAgrees: true },
      'sv',
      'neutral',
    ),
    e(
      'x10',
      '2026-05-04T00:16:00Z',
      'other',
      { type: 'cue-compared', providerEmotion: 'unknown', agree: true, humanTouchAgrees: true },
      'ar',
      'neutral',
    ),
  ];
}

describe.skipIf(!available)('ClickHouse summary equals summarize', () => {
  let server: ClickHouseServer;
  let run: RunSql;
  const events = [...syntheticEvents(6000, 7), ...edgeCases()].sort((a, b) => a.time - b.time);

  beforeAll(async () => {
    server = await startClickHouse();
    const endpoint = { url: `${server.url}/?database=souffleur`, user: 'agent', password: 'agent-secret' };
    run = (sql, body) => sendStatsRequest(endpoint, sql, body);
    const loader = new ClickHouseLoader(run, 1000);
    await loader.start();
    for (const [i, event] of events.entries()) await loader.addLine(JSON.stringify(event), 'a.ndjson', i + 1);
    expect(await loader.finish()).toMatchObject({ loaded: events.length, rejected: 0, duplicates: 0 });
  }, 60_000);
  afterAll(async () => server?.dispose());

  const filters: [string, StatsFilter][] = [
    ['no filter', {}],
    ['a period', { from: Date.UTC(2026, 0, 20), to: Date.UTC(2026, 1, 10) - 1 }],
    ['two agents', { agentIds: ['agent-3', 'agent-x'] }],
    ['one helpdesk and a period', { helpdesks: ['freshdesk'], from: Date.UTC(2026, 1, 1) }],
    ['nothing matches', { agentIds: ["nobody' OR 1"] }],
  ];
  it.each(filters)('the same figures with %s', async (_, filter) => {
    const expected = summarize(events, { filter });
    const actual = await summarizeInClickHouse(run, { filter });
    expect(rounded(actual)).toEqual(rounded(expected));
    expect(Object.keys(actual.headline)).toEqual(Object.keys(expected.headline));
  });

  it('pins the definitions: exact median of an even count, UTC days and Monday weeks', async () => {
    const result = await summarizeInClickHouse(run, { filter: { agentIds: ['agent-x'] } });
    // Ticket "late" first saw a suggestion after 1000 ms; "other" saw none: the median of [1000] is 1000.
    expect(result.headline.medianMsToFirstSuggestion).toBe(1000);
    // The assisted group's one reply (3001) and the holdout group's (4000); ratio 3001 / 4000.
    expect(result.holdout.ratio).toBeCloseTo(3001 / 4000, 12);
    // 23:59:59.999Z on Sunday 3 May is 01:59 on Monday in Berlin; in UTC it is still Sunday, week of 27 April.
    expect(result.trends.day.map((d) => d.date)).toEqual(['2026-05-03', '2026-05-04']);
    expect(result.trends.week.map((w) => [w.date, w.draftsShown])).toEqual([
      ['2026-04-27', 1],
      ['2026-05-04', 1],
    ]);
    // The ticket's language is its earliest non-empty one.
    expect(result.knowledgeGaps.byLanguage.map((g) => g.key)).toEqual(['sv']);
    const both = await summarizeInClickHouse(run, { filter: { agentIds: ['agent-x', 'agent-1'] } });
    const firstReplies = events
      .filter((e) => e.type === 'first-reply' && (e.agent.id === 'agent-x' || e.agent.id === 'agent-1'))
      .filter((e) => events.some((o) => o.type === 'ticket-opened' && o.ticketHash === e.ticketHash && !o.holdout));
    expect(firstReplies.length % 2).toBe(0); // an even count: the mean of the two middle values
    const sorted = firstReplies.map((e) => (e as { msSinceTicketOpened: number }).msSinceTicketOpened).sort((a, b) => a - b);
    const mid = sorted.length / 2;
    expect(both.holdout.assisted.medianMsToFirstReply).toBe((sorted[mid - 1]! + sorted[mid]!) / 2);
  });

  it('is idempotent: loading the same events again adds nothing and counts them as duplicates', async () => {
    const loader = new ClickHouseLoader(run);
    await loader.start();
    for (const [i, event] of events.slice(0, 500).entries()) await loader.addLine(JSON.stringify(event), 'again.ndjson', i + 1);
    await loader.addLine('{"not": "an event"}', 'again.ndjson', 501);
    const report = await loader.finish();
    expect(report).toMatchObject({ loaded: 0, duplicates: 500, rejected: 1 });
    expect(rounded(await summarizeInClickHouse(run))).toEqual(rounded(summarize(events)));
  });
});
