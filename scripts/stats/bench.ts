// `npm run bench:stats`: the event log's figures measured in Chromium (fake-indexeddb in Node says nothing
// about real IndexedDB): writing 1M events through the batched writer, reading them back, and computing
// the dashboard's summary over 1M and 100k events. The page is served from 127.0.0.1 so it has a real origin.
import { openStatsBenchPage } from './bench-page.ts';
import { median, report } from '../bench/report.ts';

const AREA = 'stats';
const MILLION = 1_000_000;
/** STATS_BENCH_WRITE=100000 for a quicker run while tuning; the reported figure is for 1M. */
const WRITE_N = Number(process.env.STATS_BENCH_WRITE ?? MILLION);

const { call, close } = await openStatsBenchPage();
try {
  await call('prepare', MILLION);
  await call('prepare', 100_000);
  report(AREA, 'summary of 100k events in Chromium (median of 9)', median(await call('summarizeTimes', 100_000, 9)), 'ms', 150);
  report(AREA, 'summary of 1M events in Chromium (median of 5)', median(await call('summarizeTimes', MILLION, 5)), 'ms', 1000);

  const written = await call('writeAll', WRITE_N);
  if (written.count !== WRITE_N || written.dropped) throw new Error(`wrote ${written.count} of ${WRITE_N}, dropped ${written.dropped}`);
  const label = WRITE_N === MILLION ? '1M' : `${WRITE_N / 1000}k`;
  report(AREA, `write ${label} events to IndexedDB through the batched writer (throughput)`, WRITE_N / (written.ms / 1000), 'events/s');
  report(AREA, `write ${label} events to IndexedDB (total)`, written.ms / 1000, 's');
  const read = await call('readAll', 100_000);
  report(AREA, `read ${read.count / 1000}k events back from IndexedDB (all, by time index)`, read.ms, 'ms');
} finally {
  await close();
}
