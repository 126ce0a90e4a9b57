// `npm run bench:clickhouse`: the team's stats in ClickHouse at scale, beside the in-browser summary.
// - load: 10M synthetic events (scripts/stats/synthetic.ts, streamed: one ticket's events in memory at a
//   time, batches of 100k rows) encoded as JSONEachRow rows and inserted over HTTP, as the outbox and
//   `souffleur stats load` do (the loader's per-line zod validation is left out: it is the same in both
//   paths and measured by bench:stats' import figures);
// - summary: the whole dashboard summary computed in SQL over the 10M (FINAL, all groups), median of 3;
// - the in-browser `summarize` of 1M in Chromium, median of 3, and the ratio of the two.
// A real clickhouse-server 18.16 on loopback (tests/support/clickhouse.ts); without it the bench says so and
// exits 0. CH_BENCH_EVENTS=1000000 for a quicker run; the figures name the count they were measured with.
import { syntheticEventStream } from './synthetic';
import { median, report } from '../bench/report';
import { openStatsBenchPage } from './bench-page';
import { clickHouseBinary, SKIP_MESSAGE, startClickHouse, USERS } from '../../tests/support/clickhouse';
import { sendStatsRequest } from '../../src/egress/gate';
import { countEvents, ensureTable } from '../../src/stats/clickhouse/load';
import { summarizeInClickHouse } from '../../src/stats/clickhouse/summary';
import { eventRow, insertSql } from '../../src/stats/clickhouse/table';

const AREA = 'stats-clickhouse';
const N = Number(process.env.CH_BENCH_EVENTS ?? 10_000_000);
const BROWSER_N = 1_000_000;
const BATCH = 100_000;
const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

if (!clickHouseBinary()) {
  process.stdout.write(`${AREA}: ${SKIP_MESSAGE}\n`);
  process.exit(0);
}

const server = await startClickHouse();
try {
  const endpoint = { url: `${server.url}/?database=souffleur`, ...USERS.agent };
  const run = (sql: string, body?: string) => sendStatsRequest(endpoint, sql, body);
  await ensureTable(run);

  const loadStart = performance.now();
  let batch: string[] = [];
  let peakRss = 0;
  for (const event of syntheticEventStream(N, 11)) {
    batch.push(eventRow(event));
    if (batch.length === BATCH) {
      await run(insertSql(), batch.join('\n'));
      batch = [];
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  }
  if (batch.length) await run(insertSql(), batch.join('\n'));
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const stored = await countEvents(run);
  if (stored !== N) throw new Error(`ClickHouse holds ${stored} events, expected ${N}`);
  report(AREA, `load ${label(N)} events over HTTP (generate + encode + insert, throughput)`, N / loadSeconds, 'events/s');
  report(AREA, `load ${label(N)} events (total)`, loadSeconds, 's');
  report(AREA, `load ${label(N)}: peak memory of the loading process (bounded: batches of 100k rows)`, peakRss / 1024 / 1024, 'MB', 1024);

  const chTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const summary = await summarizeInClickHouse(run);
    chTimes.push(performance.now() - start);
    if (summary.period.events !== N) throw new Error(`summary saw ${summary.period.events} events`);
  }
  const chMs = median(chTimes);
  report(AREA, `summary of ${label(N)} events in ClickHouse 18.16 (median of 3)`, chMs, 'ms');

  const page = await openStatsBenchPage();
  try {
    await page.call('prepare', BROWSER_N);
    const browserMs = median(await page.call('summarizeTimes', BROWSER_N, 3));
    report(AREA, `summary of ${label(BROWSER_N)} events in Chromium (median of 3)`, browserMs, 'ms', 1000);
    report(AREA, `ClickHouse ${label(N)} summary time / Chromium ${label(BROWSER_N)} summary time`, chMs / browserMs, 'x');
  } finally {
    await page.close();
  }
} finally {
  await server.dispose();
}
