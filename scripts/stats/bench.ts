// `npm run bench:stats`: the event log's figures measured in Chromium (fake-indexeddb in Node says nothing
// about real IndexedDB): writing 1M events through the batched writer, reading them back, and computing
// the dashboard's summary over 1M and 100k events. The page is served from 127.0.0.1 so it has a real origin.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { median, report } from '../bench/report.ts';

const AREA = 'stats';
const MILLION = 1_000_000;
/** STATS_BENCH_WRITE=100000 for a quicker run while tuning; the reported figure is for 1M. */
const WRITE_N = Number(process.env.STATS_BENCH_WRITE ?? MILLION);

const bundle = await build({
  entryPoints: ['scripts/stats/page.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  target: 'es2022',
});
const script = bundle.outputFiles[0]!.text;
const server = createServer((request, response) => {
  if (request.url === '/bench.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  } else {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(`http://127.0.0.1:${port}/`);
  type Bench = {
    prepare(n: number): number;
    summarizeTimes(n: number, runs: number): number[];
    writeAll(n: number): Promise<{ ms: number; count: number; dropped: number }>;
    readAll(n: number): Promise<{ ms: number; count: number }>;
  };
  const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) =>
    page.evaluate(({ name, args }) => {
      const bench = (globalThis as unknown as { statsBench: Record<string, (...a: unknown[]) => unknown> }).statsBench;
      return bench[name]!(...args);
    }, { name, args }) as Promise<Awaited<ReturnType<Bench[K]>>>;

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
  await browser.close();
  server.close();
}
