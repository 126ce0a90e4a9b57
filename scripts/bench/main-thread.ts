// Issue 15: main-thread task time the extension adds to a helpdesk page load. Chrome DevTools
// Protocol `Performance.getMetrics` TaskDuration (the renderer main thread's busy seconds for the
// page), with and without the extension, same fixture page, same run; median of several loads.
// Each load is measured at the same point: the page's load event, then the sidebar's cue (with the
// extension), then a fixed settle, so the extension's late work (REST reading, cue) is counted.
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, launchWithoutExtension } from '../../tests/support/chromium.ts';
import { startFixtureServer } from '../../tests/support/fixture-server.ts';
import { median, report } from './report.ts';

const AREA = 'main-thread';
const RUNS = 7;
const SETTLE_MS = 1000;
const PAGES = [
  ['zendesk', 'http://acme.zendesk.com/agent/tickets/1'],
  ['freshdesk', 'http://acme.freshdesk.com/a/tickets/101'],
] as const;

async function taskMs(context: BrowserContext, url: string, waitFor?: (page: Page) => Promise<void>): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await waitFor?.(page);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/**
 * Loads without and with the extension taken in turn, so the machine's load at a moment weighs on
 * both (the benches share 2 cores); the figure is the median of the paired differences.
 */
async function addedMs(url: string, waitFor: (page: Page) => Promise<void>): Promise<{ added: number; without: number }> {
  await taskMs(plainContext, url); // warm-up: HTTP cache, code caches
  await taskMs(withExtension.context, url, waitFor);
  const added: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const base = await taskMs(plainContext, url);
    added.push((await taskMs(withExtension.context, url, waitFor)) - base);
    without.push(base);
  }
  return { added: median(added), without: median(without) };
}

const server = await startFixtureServer();
const plain = await launchWithoutExtension({ fixturePort: server.port });
const plainContext = plain.context;
const withExtension = await launchWithExtension({ fixturePort: server.port });
const cueShown = (page: Page) => page.locator('souffleur-sidebar [data-testid="cue"]').waitFor();
const collapsedShown = (page: Page) => page.locator('souffleur-sidebar [data-testid="sidebar"][data-collapsed="true"]').waitFor();

for (const [helpdesk, url] of PAGES) {
  const { added, without } = await addedMs(url, cueShown);
  report(
    AREA,
    `${helpdesk} page load: task time added by the extension, sidebar open (median of ${RUNS} pairs; page alone ${without.toFixed(0)} ms)`,
    added,
    'ms',
    50,
  );
}

// Collapse once (the setting is remembered), then the same loads with the sidebar collapsed.
const page = await withExtension.context.newPage();
await page.goto(PAGES[0][1]);
await cueShown(page);
await page.locator('body').click({ position: { x: 200, y: 300 } });
await page.keyboard.press('Alt+Shift+S');
await collapsedShown(page);
await page.close();
for (const [helpdesk, url] of PAGES) {
  const { added } = await addedMs(url, collapsedShown);
  report(AREA, `${helpdesk} page load: task time added by the extension, sidebar collapsed (median of ${RUNS} pairs)`, added, 'ms', 50);
}

await withExtension.close();
await plain.close();
await server.close();
