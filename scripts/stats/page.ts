// Bundled (IIFE) into the benchmark page: the real stats code, run by Chromium on its own IndexedDB.
import { StatsDb, readEvents } from '../../src/stats/db';
import { summarize } from '../../src/stats/summary';
import { createEventWriter } from '../../src/stats/writer';
import { syntheticEvents } from './synthetic';

const logs = new Map<number, ReturnType<typeof syntheticEvents>>();
const log = (n: number) => {
  let events = logs.get(n);
  if (!events) logs.set(n, (events = syntheticEvents(n)));
  return events;
};

async function writeAll(n: number): Promise<{ ms: number; count: number; dropped: number }> {
  const events = log(n);
  const db = new StatsDb(`bench-${n}-${Date.now()}`);
  await db.open();
  // maxBuffered raised: a real background never has a million events queued at once, this benchmark does.
  const writer = createEventWriter(db, { flushMs: 1000, maxBatch: 1000, maxBuffered: events.length });
  const start = performance.now();
  for (const event of events) writer.record(event);
  await writer.flush();
  const ms = performance.now() - start;
  const count = await db.events.count();
  db.close();
  return { ms, count, dropped: writer.dropped };
}

async function readAll(n: number): Promise<{ ms: number; count: number }> {
  const db = new StatsDb(`bench-read-${n}`);
  await db.events.clear();
  const events = log(n);
  for (let i = 0; i < events.length; i += 1000) await db.events.bulkPut(events.slice(i, i + 1000));
  const start = performance.now();
  const read = await readEvents(db, {});
  const ms = performance.now() - start;
  await db.delete();
  return { ms, count: read.length };
}

function summarizeTimes(n: number, runs: number): number[] {
  const events = log(n);
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    summarize(events, { filter: {} });
    if (i > 0) times.push(performance.now() - start); // the first run warms up the JIT
  }
  return times;
}

Object.assign(globalThis, { statsBench: { writeAll, readAll, summarizeTimes, prepare: (n: number) => log(n).length } });
