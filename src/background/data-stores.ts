// Every place Souffleur keeps data, and "Delete all my data", which empties them all from the background
// (the one context that holds the write buffer and the caches). ARCHITECTURE.md lists the same inventory;
// data-stores.test.ts scans the source for databases and storage keys and fails when one is missing here.
import Dexie from 'dexie';
import type { DeleteAllResult } from '../messaging/responses';

export interface StoreEntry {
  kind: 'indexeddb' | 'storage.local';
  /** The IndexedDB database name, or the storage.local key (without WXT's "local:" prefix). */
  name: string;
  /** What it holds, for the confirmation and ARCHITECTURE.md. */
  holds: string;
}

export const DATA_STORES: readonly StoreEntry[] = [
  { kind: 'indexeddb', name: 'souffleur-stats', holds: 'stats events, agent id, team key, key id and holdout seed' },
  { kind: 'indexeddb', name: 'souffleur-knowledge', holds: 'knowledge base, passage vectors, index snapshot, knowledge sync cursors' },
  { kind: 'indexeddb', name: 'souffleur-stats-outbox', holds: "stats events waiting to go to the team's ClickHouse, and its password" },
  { kind: 'indexeddb', name: 'souffleur-secrets', holds: 'model provider settings and API key' },
  {
    kind: 'storage.local',
    name: 'settings',
    holds: 'settings: agent name, language, theme, custom helpdesk domains, holdout share, retention',
  },
  { kind: 'storage.local', name: 'statsDestination', holds: "the team's ClickHouse URL and user for stats" },
  { kind: 'storage.local', name: 'draftSettings', holds: 'draft settings: tone, signature, company facts' },
  { kind: 'storage.local', name: 'managedPolicy', holds: "the admin's policy as last read, for when the browser is slow to give it" },
];

export interface DeleteAllDeps {
  /** Stops recording, drops the stats write buffer and waits for a write under way (StatsService.pause). */
  pauseStats: () => Promise<void>;
  resumeStats: () => void;
  /** Drops in-memory copies (e.g. the knowledge index) so nothing deleted is served from memory. */
  forgetCaches: () => Promise<void>;
  /** storage.local (in the extension: browser.storage.local). */
  storage: { clear(): Promise<void> };
  /** Dexie options for tests (fake-indexeddb). */
  dexie?: ConstructorParameters<typeof Dexie>[1];
}

/**
 * Empties every store in the inventory. Databases are cleared table by table through a connection of their
 * own (not deleted: the background keeps connections open, which would block a delete). storage.local is
 * cleared as a whole, so a key added without joining the inventory goes too.
 */
export async function deleteAllData(deps: DeleteAllDeps, stores: readonly StoreEntry[] = DATA_STORES): Promise<DeleteAllResult> {
  await deps.pauseStats();
  try {
    const emptied: string[] = [];
    for (const store of stores) {
      if (store.kind !== 'indexeddb') continue;
      const db = new Dexie(store.name, deps.dexie);
      try {
        // Opened without a schema, Dexie reads the database's own; a database never created is fine.
        const opened = await db.open().then(
          () => true,
          (error: unknown) => (error instanceof Dexie.NoSuchDatabaseError ? false : Promise.reject(error)),
        );
        if (!opened) continue;
        if (db.tables.length) await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
      } finally {
        db.close();
      }
      emptied.push(store.name);
    }
    await deps.storage.clear();
    emptied.push(...stores.filter((s) => s.kind === 'storage.local').map((s) => s.name));
    await deps.forgetCaches();
    return { emptied };
  } finally {
    deps.resumeStats();
  }
}
