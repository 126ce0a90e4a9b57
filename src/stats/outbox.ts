// The persistent outbox of stats events waiting to go to the team's ClickHouse: owned by the background,
// in IndexedDB so nothing is lost when the browser closes or the server is down. Rows are stored ready to
// send (the flat JSONEachRow line of src/stats/clickhouse/table.ts) and deleted only after ClickHouse has
// acknowledged the insert: at-least-once, and a re-sent event is collapsed by its id in the table.
// Also holds the destination's password (a secret: never in storage.local). Part of "Delete all my data".
import Dexie, { type EntityTable } from 'dexie';
import { eventRow } from './clickhouse/table';
import type { StatsEvent } from './events';

export const OUTBOX_DB_NAME = 'souffleur-stats-outbox';
/** About 40 MB of rows; past it the oldest go (a server down for months must not fill the disk). */
export const OUTBOX_MAX_ROWS = 200_000;

export interface PendingRow {
  id: string;
  time: number;
  row: string;
}

interface MetaEntry {
  key: string;
  value: string;
}

export class OutboxDb extends Dexie {
  pending!: EntityTable<PendingRow, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = OUTBOX_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ pending: 'id, time', meta: 'key' });
  }
}

/** Adds events; returns how many old rows were dropped to stay within the cap. */
export async function enqueue(db: OutboxDb, events: readonly StatsEvent[], maxRows = OUTBOX_MAX_ROWS): Promise<number> {
  if (!events.length) return 0;
  return db.transaction('rw', db.pending, async () => {
    await db.pending.bulkPut(events.map((e) => ({ id: e.id, time: e.time, row: eventRow(e) })));
    const excess = (await db.pending.count()) - maxRows;
    if (excess > 0) await db.pending.orderBy('time').limit(excess).delete();
    return Math.max(0, excess);
  });
}

/** The oldest rows, up to `limit`. */
export const oldestPending = (db: OutboxDb, limit: number) => db.pending.orderBy('time').limit(limit).toArray();

export const acknowledge = (db: OutboxDb, ids: readonly string[]) => db.pending.bulkDelete([...ids]);

const PASSWORD_KEY = 'destinationPassword';
export const loadDestinationPassword = async (db: OutboxDb) => (await db.meta.get(PASSWORD_KEY))?.value ?? '';
export const saveDestinationPassword = (db: OutboxDb, password: string) => db.meta.put({ key: PASSWORD_KEY, value: password });
