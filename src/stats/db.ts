// The event log in IndexedDB, in the extension's own origin (background and dashboard; never a content
// script, whose IndexedDB would belong to the helpdesk). Every schema change is a new version with an
// upgrade(); never edit a shipped version.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { inEventTimeBounds, type StatsEvent } from './events';
import { randomKeyId, randomSecret, type TeamSecrets } from './pseudonyms';

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
    // v4: event times became bounded at validation; events stored before with an impossible time (an
    // imported `time: 9e15` made every summary throw) are removed once. No index change.
    this.version(4)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('events')
          .filter((event: { time: unknown }) => !inEventTimeBounds(event.time))
          .delete(),
      );
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

/**
 * The team key, its id and the holdout seed. Kept in this database (the extension's origin) because a content
 * script can read storage.local. Each is generated at random on first use if unset; the options page can set
 * them (a team shares one key and seed so their exports merge); `managed` is the seam for the admin's policy
 * later: values it returns win and are not stored, so a policy change takes effect at once.
 */
export async function teamSecretsOf(db: StatsDb, managed: Partial<TeamSecrets> = {}): Promise<TeamSecrets> {
  const stored = await db.transaction('rw', db.meta, async () => {
    const [keyId, key, holdoutSeed] = await db.meta.bulkGet(['teamKeyId', 'teamKey', 'holdoutSeed']);
    const secrets = {
      keyId: keyId?.value || randomKeyId(),
      key: key?.value || randomSecret(),
      holdoutSeed: holdoutSeed?.value || randomSecret(),
    };
    if (!keyId || !key || !holdoutSeed) await saveTeamSecrets(db, secrets);
    return secrets;
  });
  return { ...stored, ...Object.fromEntries(Object.entries(managed).filter(([, v]) => typeof v === 'string' && v)) };
}

/** Sets some of the team secrets (the options page); empty values are ignored. A new key needs a new id. */
export async function saveTeamSecrets(db: StatsDb, secrets: Partial<TeamSecrets>): Promise<void> {
  const rows: MetaEntry[] = [];
  if (secrets.keyId) rows.push({ key: 'teamKeyId', value: secrets.keyId });
  if (secrets.key) rows.push({ key: 'teamKey', value: secrets.key });
  if (secrets.holdoutSeed) rows.push({ key: 'holdoutSeed', value: secrets.holdoutSeed });
  await db.meta.bulkPut(rows);
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

/** Retention: deletes events older than `days` days (0 or less: keeps everything); returns how many went. */
export async function deleteOlderThan(db: StatsDb, days: number, now: number = Date.now()): Promise<number> {
  if (!(days > 0)) return 0;
  return db.events
    .where('time')
    .below(now - days * 86_400_000)
    .delete();
}

/** Stores events (e.g. a lead's import) in chunks, one transaction per chunk; existing ids are overwritten. */
export async function putEvents(db: StatsDb, events: readonly StatsEvent[], chunk = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < events.length; i += chunk) await db.events.bulkPut(events.slice(i, i + chunk));
}

/** About the size where IndexedDB's per-transaction cost stops dominating (field notes: 1k rows ≈ 80 ms). */
export const WRITE_CHUNK = 1000;
