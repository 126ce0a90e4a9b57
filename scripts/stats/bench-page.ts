// The stats bench page in Chromium (scripts/stats/page.ts bundled, served from 127.0.0.1 so it has a real
// origin): shared by `bench:stats` and `bench:clickhouse`, which compares ClickHouse with the in-browser summary.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';

export type StatsBench = {
  prepare(n: number): number;
  summarizeTimes(n: number, runs: number): number[];
  writeAll(n: number): Promise<{ ms: number; count: number; dropped: number }>;
  readAll(n: number): Promise<{ ms: number; count: number }>;
};

export async function openStatsBenchPage() {
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
    if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(`http://127.0.0.1:${port}/`);
  const call = <K extends keyof StatsBench>(name: K, ...args: Parameters<StatsBench[K]>) =>
    page.evaluate(
      ({ name, args }) => {
        const bench = (globalThis as unknown as { statsBench: Record<string, (...a: unknown[]) => unknown> }).statsBench;
        return bench[name]!(...args);
      },
      { name, args },
    ) as Promise<Awaited<ReturnType<StatsBench[K]>>>;
  return {
    call,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
