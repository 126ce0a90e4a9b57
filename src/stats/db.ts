// The event log in IndexedDB, in the extension's own origin (background and dashboard; never a content
// script, whose IndexedDB would belong to the helpdesk). Every schema change is a new version with an
// upgrade(); never edit a shipped version.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { StatsEvent } from './events';

export const STATS_DB_NAME = 'souffleur-stats';

/** Small facts about this install, e.g. the agent's pseudonymous id. */
export interface MetaEntry {
  key: string;
  value: string;
}

export class StatsDb extends Dexie {
  events!: EntityTable<StatsEvent, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = STATS_DB_NAME, options?: DexieOptions) {
    // Relaxed durability: Chromium may skip the disk flush per transaction; at worst a crash loses the last
    // second of stats, never corrupts them. (On the loaded bench machine it made no measurable difference.)
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    // v1: the first shipped schema, single-field indexes only.
    this.version(1).stores({ events: 'id, time, type, ticketHash' });
    // v2: compound indexes for the dashboard's range queries (type, agent or helpdesk within a date range).
    // Those need `time` to compare as a number, and v1 accepted ISO strings: convert them once here.
    // The single `type` and `ticketHash` indexes go: [type+time] covers the first, nothing queried the second,
    // and every index costs on every write (in Chromium: 7 indexes write 2.3× slower than the key alone).
    this.version(2)
      .stores({ events: 'id, time, [type+time], [agent.id+time], [helpdesk+time]' })
      .upgrade((tx) =>
        tx
          .table('events')
          .filter((event: { time: unknown }) => typeof event.time === 'string')
          .modify((event: { time: unknown }) => {
            const ms = Date.parse(event.time as string);
            event.time = Number.isNaN(ms) ? 0 : ms;
          }),
      );
    // v3: a key-value table for the agent's pseudonymous id. Here rather than in extension storage because a
    // content script can read storage.local; this origin's IndexedDB it cannot.
    this.version(3).stores({ meta: 'key' });
  }
}

/** The install's pseudonymous agent id, created on first use (in one transaction, so two callers agree). */
export async function agentIdOf(db: StatsDb, create: () => string): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get('agentId');
    if (stored) return stored.value;
    const value = create();
    await db.meta.put({ key: 'agentId', value });
    return value;
  });
}

export interface EventQuery {
  from?: number;
  to?: number;
  agentId?: string;
  helpdesk?: string;
}

/** Reads events in a time range (inclusive), using the compound index that fits the filter. */
export async function readEvents(db: StatsDb, query: EventQuery = {}): Promise<StatsEvent[]> {
  const from = query.from ?? 0;
  const to = query.to ?? Number.MAX_SAFE_INTEGER;
  if (query.agentId !== undefined) {
    const rows = await db.events.where('[agent.id+time]').between([query.agentId, from], [query.agentId, to], true, true).toArray();
    return query.helpdesk === undefined ? rows : rows.filter((e) => e.helpdesk === query.helpdesk);
  }
  if (query.helpdesk !== undefined) {
    return db.events.where('[helpdesk+time]').between([query.helpdesk, from], [query.helpdesk, to], true, true).toArray();
  }
  return db.events.where('time').between(from, to, true, true).toArray();
}

/** Retention: deletes events older than `days` days; returns how many went. */
export async function deleteOlderThan(db: StatsDb, days: number, now: number = Date.now()): Promise<number> {
  return db.events.where('time').below(now - days * 86_400_000).delete();
}

/** "Delete all my data". */
export async function deleteAll(db: StatsDb): Promise<void> {
  await db.events.clear();
}

/** Stores events (e.g. a lead's import) in chunks, one transaction per chunk; existing ids are overwritten. */
export async function putEvents(db: StatsDb, events: readonly StatsEvent[], chunk = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < events.length; i += chunk) await db.events.bulkPut(events.slice(i, i + chunk));
}

/** About the size where IndexedDB's per-transaction cost stops dominating (field notes: 1k rows ≈ 80 ms). */
export const WRITE_CHUNK = 1000;
