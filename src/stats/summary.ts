// The dashboard's figures over an event log, computed in one pass: the dashboard and `souffleur stats summary`
// both call `summarize`, so a lead's spreadsheet and the page never disagree.
//
// Definitions (after the filters):
// - ticketsAssisted: distinct tickets where a draft or a snippet was shown.
// - insertionRate = drafts inserted / drafts shown; copyRate likewise (see counters.ts for every count).
// - sentShares, meanSimilarity: over reply-sent events (replies sent after an insertion).
// - medianMsToFirstSuggestion: per ticket the earliest suggestion-shown time since the ticket opened; median.
// - timeSaved.minutes = (drafts inserted + copied) × minutesPerUse.draft + snippets used × minutesPerUse.snippet.
// - holdout: tickets by their ticket-opened holdout flag (assigned at random by hash, so the groups are
//   comparable), each with the median first-reply time and its count. Intent-to-treat: a non-holdout ticket
//   counts as assisted even if the agent ignored the drafts.
// - knowledgeGaps: assisted tickets where no snippet was copied or inserted, by language and by emotion.
// - trends: by UTC day and by ISO week (starting Monday, UTC).
import { cueAgreementTally } from './cue-agreement';
import { count, figures, newCounters, type Figures } from './counters';
import { inEventTimeBounds, type StatsEvent } from './events';
import { Flag, HOLDOUT_NO, HOLDOUT_YES, medianWhere, TicketTable } from './tickets';

export interface StatsFilter {
  /** Inclusive bounds, epoch ms. */
  from?: number;
  to?: number;
  agentIds?: readonly string[];
  helpdesks?: readonly string[];
}

export interface SummaryOptions {
  filter?: StatsFilter;
  minutesPerUse?: { draft: number; snippet: number };
  /** The knowledge base's snippet ids, to list those never used; without it, only snippets shown are known. */
  knowledgeBaseSnippetIds?: readonly string[];
  topSnippets?: number;
}

export const DEFAULT_MINUTES_PER_USE = { draft: 3, snippet: 1 } as const;
const DAY = 86_400_000;

export const BREAKDOWNS = ['agent', 'helpdesk', 'language', 'emotion', 'model'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

const keyOf: Record<Breakdown, (e: StatsEvent) => string> = {
  agent: (e) => e.agent.id,
  helpdesk: (e) => e.helpdesk,
  language: (e) => e.language,
  emotion: (e) => e.emotion,
  model: (e) => e.model,
};

export type GroupRow = { key: string; name?: string } & Figures;
export type TrendRow = { date: string } & Figures;
export interface SnippetRow {
  id: string;
  shown: number;
  used: number;
}
export interface GapRow {
  key: string;
  tickets: number;
  withoutSnippet: number;
  share: number | null;
}

/** Breakdown rows: most drafts shown first, then most snippets used, then by key (shared with src/stats/clickhouse). */
export const groupRowOrder = (a: GroupRow, b: GroupRow) =>
  b.draftsShown - a.draftsShown || b.snippetsUsed - a.snippetsUsed || a.key.localeCompare(b.key);
export const gapRowOrder = (a: GapRow, b: GapRow) => b.withoutSnippet - a.withoutSnippet || a.key.localeCompare(b.key);

/** Finds or creates a group's counters; remembers the last key since logs come in runs of one agent/ticket. */
function grouper<K>() {
  const groups = new Map<K, Float64Array>();
  let lastKey: K | undefined;
  let last: Float64Array | undefined;
  return {
    groups,
    get(key: K): Float64Array {
      if (key === lastKey && last) return last;
      let c = groups.get(key);
      if (!c) groups.set(key, (c = newCounters()));
      lastKey = key;
      return (last = c);
    },
  };
}

function passes(filter: StatsFilter, agents: Set<string> | null, helpdesks: Set<string> | null, e: StatsEvent): boolean {
  if (filter.from !== undefined && e.time < filter.from) return false;
  if (filter.to !== undefined && e.time > filter.to) return false;
  if (agents && !agents.has(e.agent.id)) return false;
  if (helpdesks && !helpdesks.has(e.helpdesk)) return false;
  return true;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function summarize(events: Iterable<StatsEvent>, options: SummaryOptions = {}) {
  const filter = options.filter ?? {};
  const agents = filter.agentIds?.length ? new Set(filter.agentIds) : null;
  const helpdesks = filter.helpdesks?.length ? new Set(filter.helpdesks) : null;
  const minutesPerUse = options.minutesPerUse ?? DEFAULT_MINUTES_PER_USE;

  const total = newCounters();
  const byDay = grouper<number>();
  const byWeek = grouper<number>();
  const by = Object.fromEntries(BREAKDOWNS.map((b) => [b, grouper<string>()])) as Record<Breakdown, ReturnType<typeof grouper<string>>>;
  const agentNames = new Map<string, { name: string; time: number }>();
  const snippets = new Map<string, { shown: number; used: number }>();
  const tickets = new TicketTable();
  const cueAgreement = cueAgreementTally();
  let eventCount = 0;
  let first = Infinity;
  let last = -Infinity;

  let outOfBounds = 0;

  for (const e of events) {
    // Validation bounds times, but a log written before it did may hold e.g. 9e15, which no date can show.
    if (!inEventTimeBounds(e.time)) {
      outOfBounds++;
      continue;
    }
    if (!passes(filter, agents, helpdesks, e)) continue;
    eventCount++;
    if (e.time < first) first = e.time;
    if (e.time > last) last = e.time;
    count(total, e);
    const day = Math.floor(e.time / DAY);
    count(byDay.get(day), e);
    // 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Monday.
    count(byWeek.get(Math.floor((day + 3) / 7)), e);
    for (const b of BREAKDOWNS) count(by[b].get(keyOf[b](e)), e);
    const named = agentNames.get(e.agent.id);
    if (!named || named.time <= e.time) agentNames.set(e.agent.id, { name: e.agent.name, time: e.time });
    if (e.type === 'snippet-shown' || e.type === 'snippet-copied' || e.type === 'snippet-inserted') {
      let s = snippets.get(e.snippetId);
      if (!s) snippets.set(e.snippetId, (s = { shown: 0, used: 0 }));
      if (e.type === 'snippet-shown') s.shown++;
      else s.used++;
    }
    tickets.add(e);
    cueAgreement.add(e);
  }

  const overall = figures(total);
  const n = tickets.size;
  const assisted = (i: number) => (tickets.flags[i]! & (Flag.DraftShown | Flag.SnippetShown)) !== 0;
  let ticketsAssisted = 0;
  for (let i = 0; i < n; i++) if (assisted(i)) ticketsAssisted++;

  const rows = (g: ReturnType<typeof grouper<string>>, names?: Map<string, { name: string }>): GroupRow[] =>
    [...g.groups]
      .map(([key, c]): GroupRow => ({ key, ...(names ? { name: names.get(key)?.name ?? '' } : {}), ...figures(c) }))
      .sort(groupRowOrder);
  const trend = (g: ReturnType<typeof grouper<number>>, toMs: (k: number) => number): TrendRow[] =>
    [...g.groups].sort((a, b) => a[0] - b[0]).map(([k, c]) => ({ date: isoDate(toMs(k)), ...figures(c) }));

  const draftUses = overall.draftsInserted + overall.draftsCopied;
  const holdoutGroup = (flag: number) => {
    let ticketsInGroup = 0;
    for (let i = 0; i < n; i++) if (tickets.holdout[i] === flag) ticketsInGroup++;
    const reply = medianWhere(tickets.firstReplyMs, n, (i) => tickets.holdout[i] === flag);
    return { tickets: ticketsInGroup, ticketsWithFirstReply: reply.count, medianMsToFirstReply: reply.median };
  };
  const assistedGroup = holdoutGroup(HOLDOUT_NO);
  const holdoutOnly = holdoutGroup(HOLDOUT_YES);

  return {
    period: { from: eventCount ? first : null, to: eventCount ? last : null, events: eventCount, outOfBounds },
    headline: {
      ticketsAssisted,
      ...overall,
      medianMsToFirstSuggestion: medianWhere(tickets.firstSuggestionMs, n, () => true).median,
      timeSaved: {
        minutes: draftUses * minutesPerUse.draft + overall.snippetsUsed * minutesPerUse.snippet,
        draftUses,
        snippetUses: overall.snippetsUsed,
        minutesPerUse: { ...minutesPerUse },
      },
    },
    holdout: {
      assisted: assistedGroup,
      holdout: holdoutOnly,
      /** Assisted median ÷ holdout median: below 1 means assisted tickets get a first reply faster. */
      ratio:
        assistedGroup.medianMsToFirstReply !== null && holdoutOnly.medianMsToFirstReply
          ? assistedGroup.medianMsToFirstReply / holdoutOnly.medianMsToFirstReply
          : null,
    },
    trends: {
      day: trend(byDay, (d) => d * DAY),
      week: trend(byWeek, (w) => (w * 7 - 3) * DAY),
    },
    breakdowns: {
      agent: rows(by.agent, agentNames),
      helpdesk: rows(by.helpdesk),
      language: rows(by.language),
      emotion: rows(by.emotion),
      model: rows(by.model),
    },
    snippets: snippetFigures(snippets, options.knowledgeBaseSnippetIds, options.topSnippets ?? 10),
    knowledgeGaps: {
      byLanguage: gaps(tickets, assisted, tickets.language),
      byEmotion: gaps(tickets, assisted, tickets.emotion),
    },
    /** Local cue vs the provider's reading, and the agents' cue ratings, per language (issue 16.4). */
    cueAgreement: cueAgreement.rows(),
  };
}

export type Summary = ReturnType<typeof summarize>;

/** Exported for the ClickHouse summary (src/stats/clickhouse), so both rank the same way. */
export function snippetFigures(seen: Map<string, { shown: number; used: number }>, kbIds: readonly string[] | undefined, top: number) {
  const all: SnippetRow[] = [...seen].map(([id, s]) => ({ id, ...s }));
  const ranked = all.filter((s) => s.used > 0).sort((a, b) => b.used - a.used || b.shown - a.shown || a.id.localeCompare(b.id));
  const neverUsed = kbIds ? kbIds.filter((id) => !(seen.get(id)?.used ?? 0)) : all.filter((s) => s.used === 0).map((s) => s.id);
  return {
    top: ranked.slice(0, top),
    distinctUsed: ranked.length,
    /** Knowledge-base snippets never copied or inserted (or, without the KB's list, snippets shown but never used). */
    neverUsed: neverUsed.sort(),
    neverUsedOf: kbIds ? ('knowledge-base' as const) : ('shown-snippets' as const),
  };
}

function gaps(tickets: TicketTable, assisted: (i: number) => boolean, keys: readonly string[]): GapRow[] {
  const groups = new Map<string, { tickets: number; withoutSnippet: number }>();
  for (let i = 0; i < tickets.size; i++) {
    if (!assisted(i)) continue;
    const key = keys[i]!;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { tickets: 0, withoutSnippet: 0 }));
    g.tickets++;
    if (!(tickets.flags[i]! & Flag.SnippetUsed)) g.withoutSnippet++;
  }
  return [...groups].map(([key, g]) => ({ key, ...g, share: g.tickets ? g.withoutSnippet / g.tickets : null })).sort(gapRowOrder);
}
