// The outbox against a real ClickHouse on loopback (tests/support/clickhouse): events survive a server that
// is down and a browser restart (the database reopened), go out once it is up, and a batch sent twice
// (an acknowledgement lost) still counts once.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../scripts/stats/synthetic';
import { clickHouseBinary, SKIP_MESSAGE, startClickHouse, USERS, type ClickHouseServer } from '../../tests/support/clickhouse';
import { sendStatsRequest } from '../egress/gate';
import type { StatsDestination } from '../settings/stats-destination';
import { summarizeInClickHouse } from '../stats/clickhouse/summary';
import { OutboxDb, saveDestinationPassword } from '../stats/outbox';
import { summarize } from '../stats/summary';
import { backoffMinutes, createStatsUploader, UPLOAD_ALARM } from './stats-upload';

const available = clickHouseBinary() !== null;
if (!available) console.warn(SKIP_MESSAGE);

function fakeAlarms() {
  const created: { name: string; delayInMinutes: number }[] = [];
  const listeners: ((alarm: { name: string }) => void)[] = [];
  return {
    created,
    fire: () => listeners.forEach((l) => l({ name: UPLOAD_ALARM })),
    create: (name: string, info: { delayInMinutes: number }) => void created.push({ name, ...info }),
    get: async (name: string) => (created.some((a) => a.name === name) ? { name } : undefined),
    onAlarm: { addListener: (l: (alarm: { name: string }) => void) => void listeners.push(l) },
  };
}

it('backs off exponentially from 30 seconds to an hour', () => {
  expect([1, 2, 3, 4, 8, 20].map(backoffMinutes)).toEqual([0.5, 1, 2, 4, 60, 60]);
});

describe.skipIf(!available)('the stats outbox and a real ClickHouse', () => {
  let server: ClickHouseServer;
  let destination: StatsDestination;
  const indexedDB = new IDBFactory();
  const openDb = () => new OutboxDb('outbox-test', { indexedDB, IDBKeyRange });
  const events = syntheticEvents(1200, 3);

  beforeAll(async () => {
    server = await startClickHouse();
    destination = { url: `${server.url}/?database=souffleur`, user: USERS.agent.user };
  }, 60_000);
  afterAll(async () => server?.dispose());

  it('keeps events while the server is down, across a restart, and delivers them once it is up', async () => {
    let db = openDb();
    await saveDestinationPassword(db, USERS.agent.password);
    const alarms = fakeAlarms();
    let uploader = createStatsUploader({ db, destination: async () => destination, alarms, batchSize: 500 });
    await uploader.queue(events.slice(0, 700));
    expect(alarms.created).toEqual([{ name: UPLOAD_ALARM, delayInMinutes: 0.5 }]);

    await server.stop();
    const down1 = await uploader.uploadNow();
    const down2 = await uploader.uploadNow();
    expect(down1).toMatchObject({ sent: 0, pending: 700, retryInMinutes: 0.5 });
    expect(down2).toMatchObject({ sent: 0, pending: 700, retryInMinutes: 1 });
    await uploader.queue(events.slice(700));

    // The browser closes: a new database connection and a new uploader, the server comes back.
    db.close();
    db = openDb();
    await server.start();
    uploader = createStatsUploader({ db, destination: async () => destination, alarms, batchSize: 500 });
    await uploader.start(); // tries at once: something is waiting
    expect(await db.pending.count()).toBe(0);

    const lead = { url: destination.url, ...USERS.lead };
    const run = (sql: string, body?: string) => sendStatsRequest(lead, sql, body);
    expect(JSON.parse(JSON.stringify(await summarizeInClickHouse(run)))).toMatchObject({ period: { events: events.length } });
    db.close();
  });

  it('a batch sent again after a lost acknowledgement counts once', async () => {
    const db = openDb();
    const alarms = fakeAlarms();
    let lose = true;
    const uploader = createStatsUploader({
      db,
      destination: async () => destination,
      alarms,
      // The insert lands, but the answer is lost on the way back (a timeout, a closed tab).
      send: async (endpoint, sql, body) => {
        const answer = await sendStatsRequest({ ...endpoint, password: USERS.agent.password }, sql, body);
        if (lose && sql.startsWith('INSERT')) {
          lose = false;
          throw new Error('connection reset');
        }
        return answer;
      },
    });
    await uploader.start();
    await uploader.queue(events.slice(0, 100));
    expect(await uploader.uploadNow()).toMatchObject({ sent: 0, pending: 100 });
    alarms.fire();
    await expect.poll(() => db.pending.count()).toBe(0);
    const run = (sql: string, body?: string) => sendStatsRequest({ url: destination.url, ...USERS.lead }, sql, body);
    const inClickHouse = await summarizeInClickHouse(run);
    expect(inClickHouse.period.events).toBe(events.length);
    expect(inClickHouse.headline.draftsShown).toBe(summarize(events).headline.draftsShown);
    db.close();
  });

  it('queues nothing without an acceptable destination (plain http to a non-loopback host)', async () => {
    const db = openDb();
    await db.pending.clear();
    const uploader = createStatsUploader({
      db,
      destination: async () => ({ url: 'http://ch.example.com:8123/', user: 'agent' }),
      alarms: fakeAlarms(),
    });
    await uploader.queue(events.slice(0, 10));
    expect(await db.pending.count()).toBe(0);
    db.close();
  });
});
