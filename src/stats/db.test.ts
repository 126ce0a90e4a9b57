import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DAY, T0, ev } from '../../tests/fixtures/stats/build';
import { agentIdOf, deleteOlderThan, readEvents, saveTeamSecrets, StatsDb, teamSecretsOf } from './db';
import { createEventWriter } from './writer';

let n = 0;
const fresh = () => {
  const indexedDB = new IDBFactory();
  const name = `stats-test-${++n}`;
  return { indexedDB, name, db: new StatsDb(name, { indexedDB, IDBKeyRange }) };
};

describe('StatsDb schema', () => {
  it('migrates a version 1 database: ISO times become epoch ms and the compound indexes answer queries', async () => {
    const { indexedDB, name } = fresh();
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores({ events: 'id, time, type, ticketHash' });
    await v1
      .table('events')
      .bulkPut([
        { ...ev('cue-shown', {}), id: 'old', time: '2026-03-02T10:00:00Z' },
        ev('cue-shown', { id: 'new', time: T0 + DAY, agent: { id: 'a2', name: 'Bo' } }),
      ]);
    v1.close();

    const db = new StatsDb(name, { indexedDB, IDBKeyRange });
    expect((await db.events.get('old'))?.time).toBe(Date.UTC(2026, 2, 2, 10));
    expect(db.verno).toBe(4);
    const byType = await db.events
      .where('[type+time]')
      .between(['cue-shown', T0], ['cue-shown', T0 + DAY / 2])
      .toArray();
    expect(byType.map((e) => e.id)).toEqual(['old']);
    expect((await readEvents(db, { agentId: 'a2' })).map((e) => e.id)).toEqual(['new']);
  });

  it('migrates a version 2 database to v3 keeping its events, and keeps one agent id across opens', async () => {
    const { indexedDB, name } = fresh();
    const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
    v2.version(2).stores({ events: 'id, time, [type+time], [agent.id+time], [helpdesk+time]' });
    await v2.table('events').put(ev('cue-shown', { id: 'kept', time: T0 }));
    v2.close();

    let made = 0;
    const create = () => `agent-${++made}`;
    const db = new StatsDb(name, { indexedDB, IDBKeyRange });
    expect((await db.events.get('kept'))?.time).toBe(T0);
    const [first, concurrent] = await Promise.all([agentIdOf(db, create), agentIdOf(db, create)]);
    expect(first).toBe('agent-1');
    expect(concurrent).toBe('agent-1');
    db.close();
    expect(await agentIdOf(new StatsDb(name, { indexedDB, IDBKeyRange }), create)).toBe('agent-1');
    expect(made).toBe(1);
  });

  it('filters by time range, agent and helpdesk', async () => {
    const { db } = fresh();
    await db.events.bulkPut([
      ev('cue-shown', { id: '1', time: T0 }),
      ev('cue-shown', { id: '2', time: T0 + DAY, helpdesk: 'freshdesk' }),
      ev('cue-shown', { id: '3', time: T0 + 2 * DAY, agent: { id: 'a2', name: 'Bo' } }),
    ]);
    const ids = async (q: Parameters<typeof readEvents>[1]) => (await readEvents(db, q)).map((e) => e.id).sort();
    expect(await ids({ from: T0 + DAY })).toEqual(['2', '3']);
    expect(await ids({ helpdesk: 'freshdesk' })).toEqual(['2']);
    expect(await ids({ agentId: 'a1', to: T0 + DAY })).toEqual(['1', '2']);
    expect(await ids({ agentId: 'a1', helpdesk: 'zendesk' })).toEqual(['1']);
  });

  it('deletes events older than N days; 0 days keeps everything', async () => {
    const { db } = fresh();
    await db.events.bulkPut([ev('cue-shown', { id: 'a', time: T0 }), ev('cue-shown', { id: 'b', time: T0 + 10 * DAY })]);
    expect(await deleteOlderThan(db, 0, T0 + 12 * DAY)).toBe(0);
    expect(await deleteOlderThan(db, 5, T0 + 12 * DAY)).toBe(1);
    expect(await db.events.count()).toBe(1);
  });

  it('migrates a version 3 database to v4, removing events stored with an impossible time (9e15)', async () => {
    const { indexedDB, name } = fresh();
    const v3 = new Dexie(name, { indexedDB, IDBKeyRange });
    v3.version(3).stores({ events: 'id, time, [type+time], [agent.id+time], [helpdesk+time]', meta: 'key' });
    await v3.table('events').bulkPut([ev('cue-shown', { id: 'poisoned', time: 9e15 }), ev('cue-shown', { id: 'kept', time: T0 })]);
    v3.close();
    const db = new StatsDb(name, { indexedDB, IDBKeyRange });
    expect((await readEvents(db)).map((e) => e.id)).toEqual(['kept']);
  });

  it('creates the team secrets once, at random, and lets the options page or a policy set them', async () => {
    const { db } = fresh();
    const first = await teamSecretsOf(db);
    expect(first.keyId).toMatch(/^k-[0-9a-f]{8}$/);
    expect(first.key.length).toBeGreaterThanOrEqual(43);
    expect(first.holdoutSeed).not.toBe(first.key);
    expect(await teamSecretsOf(db)).toEqual(first);
    await saveTeamSecrets(db, { keyId: 'team-2026', key: 'shared team key' });
    expect(await teamSecretsOf(db)).toEqual({ keyId: 'team-2026', key: 'shared team key', holdoutSeed: first.holdoutSeed });
    // A policy's values win and are not stored.
    expect(await teamSecretsOf(db, { keyId: 'policy', key: 'policy key' })).toMatchObject({ keyId: 'policy', key: 'policy key' });
    expect((await teamSecretsOf(db)).keyId).toBe('team-2026');
  });
});

describe('createEventWriter', () => {
  it('buffers until flushMs, then writes everything in chunks', async () => {
    const { db } = fresh();
    const writer = createEventWriter(db, { flushMs: 20 });
    for (let i = 0; i < 2500; i++) writer.record(ev('cue-shown', { id: `w${i}` }));
    // The bound is generous: 2,500 fake-IndexedDB writes took over a second at load 15 (CI failed at 1 s).
    await vi.waitFor(async () => expect(await db.events.count()).toBe(2500), { timeout: 15_000 });
    expect(writer.dropped).toBe(0);
  });

  it('writes at maxBatch without waiting for the timer, and flush() writes the rest', async () => {
    const { db } = fresh();
    const writer = createEventWriter(db, { flushMs: 60_000, maxBatch: 3 });
    for (let i = 0; i < 4; i++) writer.record(ev('cue-shown', { id: `b${i}` }));
    await vi.waitFor(async () => expect(await db.events.count()).toBe(3));
    await writer.flush();
    expect(await db.events.count()).toBe(4);
  });

  it('retries a failed write with backoff and never throws into the caller', async () => {
    const { db } = fresh();
    const real = db.events.bulkPut.bind(db.events);
    let failures = 2;
    vi.spyOn(db.events, 'bulkPut').mockImplementation(((items: Parameters<typeof real>[0]) =>
      failures-- > 0 ? Promise.reject(new Error('QuotaExceededError')) : real(items)) as typeof real);
    const errors: number[] = [];
    const writer = createEventWriter(db, { flushMs: 1, retryBaseMs: 1, onError: (_e, info) => errors.push(info.attempt) });
    expect(() => writer.record(ev('cue-shown', { id: 'r1' }))).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await writer.flush();
    expect(await db.events.count()).toBe(1);
    expect(errors).toEqual([1, 2]);
  });

  it('gives up after maxRetries, counts the loss, and resolves flush()', async () => {
    const { db } = fresh();
    vi.spyOn(db.events, 'bulkPut').mockRejectedValue(new Error('closed'));
    const gaveUp: boolean[] = [];
    const writer = createEventWriter(db, { maxRetries: 1, retryBaseMs: 1, onError: (_e, i) => gaveUp.push(i.gaveUp) });
    writer.recordMany([ev('cue-shown', {}), ev('cue-shown', {})]);
    await expect(writer.flush()).resolves.toBeUndefined();
    expect(writer.dropped).toBe(2);
    expect(gaveUp).toEqual([false, true]);
  });
});
