// The SQL for the team's figures in ClickHouse, with the definitions of src/stats/summary.ts:
// - counts per group are the slots of src/stats/counters.ts, in slot order (the rates are then computed by
//   the same `figures` function);
// - per ticket (by ticketHash, over the filtered events): language/emotion = the earliest non-empty one,
//   holdout = the latest ticket-opened's flag, first suggestion / first reply = the smallest ms value;
// - medians are exact: the mean of the two middle values of the sorted array. (`median` and `quantile` are
//   sampled estimates and `quantileExact` takes the upper middle value, so neither matches `summarize`.)
// - days and weeks in UTC whatever the server's time zone: toDate(…, 'UTC'), weeks from Monday (toMonday).
// Kept to ClickHouse 18.16 (no window functions, no query parameters: strings are quoted by `literal`);
// expected to work unchanged on 19.x-24.x, where ARRAY JOIN, argMinIf and FINAL behave the same.
import { Slot } from '../counters';
import type { StatsFilter } from '../summary';
import { EVENTS_TABLE } from './table';

/** A ClickHouse string literal: backslash and quote are the only characters that need escaping. */
export const literal = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const USED = "type IN ('snippet-copied', 'snippet-inserted')";

/** One expression per counter slot, indexed by `Slot`. */
const SLOT_SQL: Record<Exclude<keyof typeof Slot, 'Count'>, string> = {
  Shown: "countIf(type = 'suggestion-shown')",
  Inserted: "countIf(type = 'suggestion-inserted')",
  Copied: "countIf(type = 'suggestion-copied')",
  Dismissed: "countIf(type = 'suggestion-dismissed')",
  Regenerated: "countIf(type = 'suggestion-regenerated')",
  Up: "countIf(type = 'suggestion-rated' AND rating = 'up')",
  Down: "countIf(type = 'suggestion-rated' AND rating != 'up')",
  SnippetShown: "countIf(type = 'snippet-shown')",
  SnippetUsed: `countIf(${USED})`,
  CueShown: "countIf(type = 'cue-shown')",
  CueHelpful: "countIf(type = 'cue-rated' AND helpful = 1)",
  CueUnhelpful: "countIf(type = 'cue-rated' AND helpful = 0)",
  HandlePersonally: "countIf(type = 'handle-personally-shown')",
  Sent: "countIf(type = 'reply-sent')",
  AsIs: "countIf(type = 'reply-sent' AND class = 'as-is')",
  Light: "countIf(type = 'reply-sent' AND class = 'light-edit')",
  Heavy: "countIf(type = 'reply-sent' AND class = 'heavy-edit')",
  Rewritten: "countIf(type = 'reply-sent' AND class NOT IN ('as-is', 'light-edit', 'heavy-edit'))",
  SimilaritySum: "sumIf(similarity, type = 'reply-sent')",
  PolishRuns: "countIf(type = 'polish-proposed')",
  PolishProposed: "sumIf(edits, type = 'polish-proposed')",
  PolishAccepted: "countIf(type = 'polish-decided' AND accepted = 1)",
  PolishRejected: "countIf(type = 'polish-decided' AND accepted = 0)",
};
const COUNTERS_SQL = (Object.keys(SLOT_SQL) as (keyof typeof SLOT_SQL)[])
  .sort((a, b) => Slot[a] - Slot[b])
  .map((slot) => SLOT_SQL[slot])
  .join(', ');

export function whereSql(filter: StatsFilter): string {
  const parts = ['1'];
  if (filter.from !== undefined) parts.push(`time >= ${Math.max(0, Math.ceil(filter.from))}`);
  if (filter.to !== undefined) parts.push(`time <= ${Math.max(0, Math.floor(filter.to))}`);
  if (filter.agentIds?.length) parts.push(`agentId IN (${filter.agentIds.map(literal).join(', ')})`);
  if (filter.helpdesks?.length) parts.push(`helpdesk IN (${filter.helpdesks.map(literal).join(', ')})`);
  return parts.join(' AND ');
}

const FROM = `FROM ${EVENTS_TABLE} FINAL`;
const UTC_DAY = "toDate(toDateTime(intDiv(time, 1000)), 'UTC')";

/**
 * Every group's counters in one scan: each event joins the total, its agent, helpdesk, language, emotion,
 * model, UTC day and ISO week. Columns: group, key, 19 slots, agent name (latest), first, last, events.
 */
export const groupsSql = (filter: StatsFilter) => `SELECT g.1 AS grp, g.2 AS key, ${COUNTERS_SQL},
  argMax(agentName, time), min(time), max(time), count()
${FROM}
ARRAY JOIN [('total', ''), ('agent', agentId), ('helpdesk', helpdesk), ('language', language), ('emotion', emotion),
  ('model', model), ('day', toString(${UTC_DAY})), ('week', toString(toMonday(${UTC_DAY})))] AS g
WHERE ${whereSql(filter)}
GROUP BY grp, key
FORMAT JSONCompact`;

/** Snippet ids with times shown and times used (copied or inserted). */
export const snippetsSql = (filter: StatsFilter) => `SELECT snippetId, countIf(type = 'snippet-shown'), countIf(${USED})
${FROM}
WHERE ${whereSql(filter)} AND type IN ('snippet-shown', 'snippet-copied', 'snippet-inserted')
GROUP BY snippetId
FORMAT JSONCompact`;

/** One row per ticket, the per-ticket facts of src/stats/tickets.ts. */
const ticketsSql = (filter: StatsFilter) => `SELECT ticketHash,
  argMinIf(language, time, language != '') AS lang, argMinIf(emotion, time, emotion != '') AS emo,
  countIf(type = 'suggestion-shown') > 0 AS drafted, countIf(type = 'snippet-shown') > 0 AS snipped,
  countIf(${USED}) > 0 AS used,
  countIf(type = 'ticket-opened') > 0 AS opened, argMaxIf(holdout, time, type = 'ticket-opened') AS held,
  minIf(msSinceTicketOpened, type = 'suggestion-shown') AS firstSuggestion,
  countIf(type = 'first-reply') > 0 AS replied, minIf(msSinceTicketOpened, type = 'first-reply') AS firstReply
${FROM}
WHERE ${whereSql(filter)}
GROUP BY ticketHash`;

/** The exact median of a sorted array column: the middle value, or the mean of the two middle values. */
const median = (a: string) =>
  `if(empty(${a}), 0, if(length(${a}) % 2 = 1, ${a}[intDiv(length(${a}), 2) + 1], (${a}[intDiv(length(${a}), 2)] + ${a}[intDiv(length(${a}), 2) + 1]) / 2))`;

/**
 * Headline and holdout ticket figures: assisted tickets; count and median of first suggestions; per holdout
 * group its tickets, tickets with a first reply and their median.
 */
export const ticketFiguresSql = (filter: StatsFilter) => `SELECT assisted,
  length(s), ${median('s')}, inAssisted, length(ra), ${median('ra')}, inHoldout, length(rh), ${median('rh')}
FROM (
  SELECT countIf(drafted OR snipped) AS assisted,
    arraySort(groupArrayIf(firstSuggestion, drafted)) AS s,
    countIf(opened AND held = 0) AS inAssisted, arraySort(groupArrayIf(firstReply, opened AND held = 0 AND replied)) AS ra,
    countIf(opened AND held = 1) AS inHoldout, arraySort(groupArrayIf(firstReply, opened AND held = 1 AND replied)) AS rh
  FROM (${ticketsSql(filter)})
)
FORMAT JSONCompact`;

/** Knowledge gaps: assisted tickets, and those without a snippet used, by ticket language and emotion. */
export const gapsSql = (filter: StatsFilter) => `SELECT g.1 AS grp, g.2 AS key, count(), countIf(NOT used)
FROM (${ticketsSql(filter)})
ARRAY JOIN [('language', lang), ('emotion', emo)] AS g
WHERE drafted OR snipped
GROUP BY grp, key
FORMAT JSONCompact`;

/** Local cue vs the provider's reading, and the cue ratings, per language (src/stats/cue-agreement.ts). */
export const cueAgreementSql = (
  filter: StatsFilter,
) => `SELECT language, countIf(type = 'cue-compared'), countIf(type = 'cue-compared' AND agree = 1),
  countIf(type = 'cue-rated'), countIf(type = 'cue-rated' AND helpful = 1)
${FROM}
WHERE ${whereSql(filter)} AND type IN ('cue-compared', 'cue-rated')
GROUP BY language
FORMAT JSONCompact`;
