// `summarize`'s result computed by ClickHouse: the aggregates come from SQL (./sql.ts), the rates from the
// same `figures` function and the rankings from the same comparators as src/stats/summary.ts, so the CLI's
// `--clickhouse` JSON and the dashboard on ClickHouse equal the in-browser summary of the same events.
import { figures, newCounters, Slot } from '../counters';
import {
  DEFAULT_MINUTES_PER_USE,
  gapRowOrder,
  groupRowOrder,
  snippetFigures,
  type Breakdown,
  type GapRow,
  type GroupRow,
  type Summary,
  type SummaryOptions,
  type TrendRow,
} from '../summary';
import { cueAgreementRow, cueAgreementOrder } from '../cue-agreement';
import { cueAgreementSql, gapsSql, groupsSql, snippetsSql, ticketFiguresSql } from './sql';

/** Runs one SQL statement and returns the response body (the gate's `sendStatsRequest`, bound to an endpoint). */
export type RunSql = (sql: string, body?: string) => Promise<string>;

type Cell = string | number | null;

async function rows(run: RunSql, sql: string): Promise<Cell[][]> {
  const parsed = JSON.parse(await run(sql)) as { data?: Cell[][] };
  if (!Array.isArray(parsed.data)) throw new Error('ClickHouse answered without data rows');
  return parsed.data;
}

// 18.16 quotes 64-bit integers in JSON; counts are far below 2^53, so Number() is exact.
const num = (cell: Cell | undefined) => Number(cell ?? 0);

export async function summarizeInClickHouse(run: RunSql, options: SummaryOptions = {}): Promise<Summary> {
  const filter = options.filter ?? {};
  const minutesPerUse = options.minutesPerUse ?? DEFAULT_MINUTES_PER_USE;
  const [groups, snippetRows, [ticketRow], gapRows, cueRows] = await Promise.all([
    rows(run, groupsSql(filter)),
    rows(run, snippetsSql(filter)),
    rows(run, ticketFiguresSql(filter)),
    rows(run, gapsSql(filter)),
    rows(run, cueAgreementSql(filter)),
  ]);

  const byGroup = new Map<string, GroupRow[]>();
  let total = figures(newCounters());
  let period: Summary['period'] = { from: null, to: null, events: 0, outOfBounds: 0 };
  for (const row of groups) {
    const [grp, key] = [String(row[0]), String(row[1])];
    const c = newCounters();
    for (let slot = 0; slot < Slot.Count; slot++) c[slot] = num(row[2 + slot]);
    const [name, first, last, events] = row.slice(2 + Slot.Count);
    if (grp === 'total') {
      total = figures(c);
      // Rows were validated when they were loaded, so none is outside the event time bounds.
      period = { from: num(first), to: num(last), events: num(events), outOfBounds: 0 };
      continue;
    }
    const keyed = grp === 'day' || grp === 'week' ? { date: key } : { key, ...(grp === 'agent' ? { name: String(name ?? '') } : {}) };
    const list = byGroup.get(grp) ?? [];
    list.push({ ...keyed, ...figures(c) } as GroupRow);
    byGroup.set(grp, list);
  }
  const breakdown = (b: Breakdown): GroupRow[] => (byGroup.get(b) ?? []).sort(groupRowOrder);
  const trend = (g: 'day' | 'week'): TrendRow[] =>
    ((byGroup.get(g) ?? []) as unknown as TrendRow[]).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const t = (ticketRow ?? []).map(num);
  const medianOf = (count: number, median: number) => (count ? median : null);
  const [
    ticketsAssisted,
    suggested,
    medianSuggestion,
    inAssisted,
    assistedReplies,
    assistedMedian,
    inHoldout,
    holdoutReplies,
    holdoutMedian,
  ] = t;
  const group = (tickets = 0, replies = 0, median = 0) => ({
    tickets,
    ticketsWithFirstReply: replies,
    medianMsToFirstReply: medianOf(replies, median),
  });
  const assisted = group(inAssisted, assistedReplies, assistedMedian);
  const holdout = group(inHoldout, holdoutReplies, holdoutMedian);

  const gaps = (grp: string): GapRow[] =>
    gapRows
      .filter((row) => row[0] === grp)
      .map((row) => ({
        key: String(row[1]),
        tickets: num(row[2]),
        withoutSnippet: num(row[3]),
        share: num(row[2]) ? num(row[3]) / num(row[2]) : null,
      }))
      .sort(gapRowOrder);

  const draftUses = total.draftsInserted + total.draftsCopied;
  return {
    period,
    headline: {
      ticketsAssisted: ticketsAssisted ?? 0,
      ...total,
      medianMsToFirstSuggestion: medianOf(suggested ?? 0, medianSuggestion ?? 0),
      timeSaved: {
        minutes: draftUses * minutesPerUse.draft + total.snippetsUsed * minutesPerUse.snippet,
        draftUses,
        snippetUses: total.snippetsUsed,
        minutesPerUse: { ...minutesPerUse },
      },
    },
    holdout: {
      assisted,
      holdout,
      ratio:
        assisted.medianMsToFirstReply !== null && holdout.medianMsToFirstReply
          ? assisted.medianMsToFirstReply / holdout.medianMsToFirstReply
          : null,
    },
    trends: { day: trend('day'), week: trend('week') },
    breakdowns: {
      agent: breakdown('agent'),
      helpdesk: breakdown('helpdesk'),
      language: breakdown('language'),
      emotion: breakdown('emotion'),
      model: breakdown('model'),
    },
    snippets: snippetFigures(
      new Map(snippetRows.map((row) => [String(row[0]), { shown: num(row[1]), used: num(row[2]) }])),
      options.knowledgeBaseSnippetIds,
      options.topSnippets ?? 10,
    ),
    knowledgeGaps: { byLanguage: gaps('language'), byEmotion: gaps('emotion') },
    cueAgreement: cueRows
      .map((row) =>
        cueAgreementRow(String(row[0]), { compared: num(row[1]), agreed: num(row[2]), rated: num(row[3]), helpful: num(row[4]) }),
      )
      .sort(cueAgreementOrder),
  };
}
