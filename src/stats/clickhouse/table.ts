// The team's events table in ClickHouse and an event as one of its rows. Written for ClickHouse 18.16
// (Debian's package, what the tests run): no LowCardinality, no DateTime64, no DEFAULT expressions on
// JSONEachRow inserts (`input_format_defaults_for_omitted_fields` is 19.12+), so every column is sent.
// Newer servers (19.x-24.x) accept the same DDL and inserts unchanged.
import type { StatsEvent } from '../events';

export const EVENTS_TABLE = 'souffleur_events';

/**
 * ReplacingMergeTree keyed by (day, id): an event sent twice (at-least-once upload, a file loaded twice)
 * has the same id and time, so the same key, and is collapsed by merges; queries read with FINAL, so a
 * duplicate not merged yet never counts either. Partitions by UTC month keep a year's scan cheap to prune.
 */
export const CREATE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS ${EVENTS_TABLE} (
  day Date, time UInt64, id String, v UInt8, type String,
  agentId String, agentName String, helpdesk String, ticketHash String, keyId String,
  language String, emotion String, source String, model String,
  suggestionId String, snippetId String, kind String, msSinceTicketOpened Float64,
  rating String, reason String, helpful UInt8, similarity Float64, class String, holdout UInt8, assisted UInt8,
  edits UInt32, accepted UInt8, providerEmotion String, agree UInt8, humanTouchAgrees UInt8
) ENGINE = ReplacingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY (day, id)`;

/** One flat row for `INSERT ... FORMAT JSONEachRow` (18.16 reads no nested objects: `agent` is split). */
export function eventRow(e: StatsEvent): string {
  const own = e as Partial<Record<string, unknown>>;
  const text = (key: string) => (typeof own[key] === 'string' ? (own[key] as string) : '');
  const num = (key: string) => (typeof own[key] === 'number' ? (own[key] as number) : 0);
  const bool = (key: string) => (own[key] === true ? 1 : 0);
  return JSON.stringify({
    day: new Date(e.time).toISOString().slice(0, 10),
    time: e.time,
    id: e.id,
    v: e.v,
    type: e.type,
    agentId: e.agent.id,
    agentName: e.agent.name,
    helpdesk: e.helpdesk,
    ticketHash: e.ticketHash,
    keyId: e.keyId,
    language: e.language,
    emotion: e.emotion,
    source: e.source,
    model: e.model,
    suggestionId: text('suggestionId'),
    snippetId: text('snippetId'),
    kind: text('kind'),
    msSinceTicketOpened: num('msSinceTicketOpened'),
    rating: text('rating'),
    reason: text('reason'),
    helpful: bool('helpful'),
    similarity: num('similarity'),
    class: text('class'),
    holdout: bool('holdout'),
    assisted: bool('assisted'),
    edits: num('edits'),
    accepted: bool('accepted'),
    providerEmotion: text('providerEmotion'),
    agree: bool('agree'),
    humanTouchAgrees: bool('humanTouchAgrees'),
  });
}

export const insertSql = () => `INSERT INTO ${EVENTS_TABLE} FORMAT JSONEachRow`;
