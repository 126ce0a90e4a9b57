// "Delete all my data" against the inventory of stores: the inventory is checked against the source (so a
// new database or storage key cannot be forgotten), and the delete is run over every store, each filled first.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Dexie from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/settings';
import { OutboxDb } from '../stats/outbox';
import { KnowledgeDb } from '../knowledge/knowledge-db';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { StatsDb, teamSecretsOf } from '../stats/db';
import { makeEvent } from '../stats/events';
import { createEventWriter } from '../stats/writer';
import { DATA_STORES, deleteAllData } from './data-stores';
import { ProviderStore } from './provider-store';
import { createStatsService } from './stats';

const ROOTS = ['src', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every store the code defines, as the inventory names them; and where a store could not be named. */
function discoverStores(): { found: Set<string>; unnamed: string[] } {
  const found = new Set<string>();
  const unnamed: string[] = [];
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    const where = relative('.', file);
    if (where === join('src', 'background', 'data-stores.ts')) continue; // opens the inventory's names
    // The generic wrapper passes its caller's key on; its callers (scanned here) must name it literally.
    const wrapper = where === join('src', 'settings', 'versioned-item.ts');
    // IndexedDB through Dexie: a subclass's default name, or a literal name given to `new Dexie(`.
    if (/extends Dexie\b|new Dexie\(/.test(text)) {
      const names = [
        ...text.matchAll(/constructor\(\s*name\s*=\s*['"]([^'"]+)['"]|new Dexie\(\s*['"]([^'"]+)['"]|_DB_NAME\s*=\s*['"]([^'"]+)['"]/g),
      ].map((m) => m[1] ?? m[2] ?? m[3]!);
      if (names.length === 0) unnamed.push(`${where}: a Dexie database whose name is not a literal`);
      for (const name of names) found.add(`indexeddb:${name}`);
    }
    if (/indexedDB\.open\(|localStorage\.|sessionStorage\./.test(text)) unnamed.push(`${where}: raw IndexedDB or web storage`);
    // Extension storage: WXT items ('local:key') and direct storage.<area>.set({ key }).
    for (const m of text.matchAll(/(?:defineItem|versionedItem)(?:<[^>]*>)?\(\s*['"`](local|sync|session|managed):([^'"`]+)['"`]/g))
      found.add(`storage.${m[1]}:${m[2]}`);
    for (const m of text.matchAll(/storage\.(local|sync|session)\.set\(\s*\{\s*['"]?([\w$-]+)/g)) found.add(`storage.${m[1]}:${m[2]}`);
    if (!wrapper && /(?:defineItem|versionedItem)(?:<[^>]*>)?\(\s*[^'"`\s]/.test(text))
      unnamed.push(`${where}: a storage item whose key is not a literal`);
  }
  return { found, unnamed };
}

describe('the inventory of stores', () => {
  it('lists every database and storage key the code defines, and nothing the code does not', () => {
    const { found, unnamed } = discoverStores();
    const inventory = new Set(DATA_STORES.map((s) => `${s.kind}:${s.name}`));
    expect(unnamed).toEqual([]);
    expect(
      [...found].filter((store) => !inventory.has(store)),
      'stores missing from DATA_STORES (and ARCHITECTURE.md)',
    ).toEqual([]);
    expect(
      [...inventory].filter((store) => !found.has(store)),
      'inventory entries the code no longer defines',
    ).toEqual([]);
  });

  it('is the inventory ARCHITECTURE.md lists', () => {
    const doc = readFileSync('ARCHITECTURE.md', 'utf8');
    for (const store of DATA_STORES) expect(doc, store.name).toContain(`\`${store.name}\``);
  });
});

describe('delete all my data', () => {
  beforeAll(() => {
    (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  });

  /** Creates each inventoried database with its real schema; a new store needs a line here. */
  const create: Record<string, () => Promise<unknown>> = {
    'souffleur-stats': () => new StatsDb().open(),
    'souffleur-knowledge': () => new KnowledgeDb().open(),
    'souffleur-stats-outbox': () => new OutboxDb().open(),
    'souffleur-secrets': () => new ProviderStore().save({ kind: 'openai', model: 'gpt-x' }, 'sk-secret'),
  };

  /** One row in every table of a database (by its own schema), so "emptied" means something. */
  async function fillEveryTable(name: string): Promise<number> {
    const db = new Dexie(name);
    await db.open();
    for (const table of db.tables) {
      const key = table.schema.primKey.keyPath as string;
      await table.put({ [key]: `row-of-${table.name}`, time: Date.UTC(2026, 0, 1) });
    }
    const rows = (await Promise.all(db.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
    db.close();
    return rows;
  }

  async function rowsIn(name: string): Promise<Record<string, number>> {
    const db = new Dexie(name);
    await db.open();
    const counts = Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
    db.close();
    return counts;
  }

  it('empties every store in the inventory, and nothing buffered is written after it', async () => {
    // Fill: every database (real schema, every table) and every storage key.
    for (const store of DATA_STORES.filter((s) => s.kind === 'indexeddb')) {
      expect(create[store.name], `no way to create ${store.name} in this test`).toBeDefined();
      await create[store.name]!();
      expect(await fillEveryTable(store.name)).toBeGreaterThan(0);
    }
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, agentName: 'Ana' },
      draftSettings: DEFAULT_DRAFT_SETTINGS,
      unlisted: 1,
    });
    for (const store of DATA_STORES.filter((s) => s.kind === 'storage.local')) {
      expect(Object.keys(await fakeBrowser.storage.local.get(store.name))).toEqual([store.name]);
    }

    // The live stats service with an event buffered, not yet written.
    const stats = new StatsDb();
    const writer = createEventWriter(stats, { flushMs: 30 });
    const service = createStatsService({ db: stats, writer, settings: async () => DEFAULT_SETTINGS });
    const secretsBefore = await teamSecretsOf(stats);
    const context = {
      agent: { id: 'a', name: 'Ana' },
      helpdesk: 'zendesk',
      ticketHash: 'h',
      keyId: 'k',
      language: '',
      emotion: '',
      source: '' as const,
      model: '',
    };
    writer.record(makeEvent(context, { type: 'cue-shown' }));

    const result = await deleteAllData({
      pauseStats: service.pause,
      resumeStats: service.resume,
      forgetCaches: async () => {},
      storage: fakeBrowser.storage.local,
    });

    await new Promise((resolve) => setTimeout(resolve, 100));
    await writer.flush();
    for (const store of DATA_STORES.filter((s) => s.kind === 'indexeddb')) {
      expect(
        Object.values(await rowsIn(store.name)).every((n) => n === 0),
        `${store.name}: ${JSON.stringify(await rowsIn(store.name))}`,
      ).toBe(true);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(result.emptied.sort()).toEqual(DATA_STORES.map((s) => s.name).sort());
    // The next event gets a new team key (generated again) and goes in: recording resumed.
    expect((await teamSecretsOf(stats)).key).not.toBe(secretsBefore.key);
  });

  it('a database never created is skipped, not created', async () => {
    const result = await deleteAllData(
      { pauseStats: async () => {}, resumeStats: () => {}, forgetCaches: async () => {}, storage: { clear: async () => {} } },
      [{ kind: 'indexeddb', name: 'never-created', holds: '' }],
    );
    expect(result.emptied).toEqual([]);
    expect(await Dexie.exists('never-created')).toBe(false);
  });
});
