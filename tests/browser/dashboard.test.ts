// The team-lead dashboard in Chromium: an export imported through the page's own control, drawn by
// Chart.js on canvases, each with a table view; light, dark and Arabic (right to left).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { handBuiltLog } from '../fixtures/stats/log';
import { toNdjson } from '../../src/stats/exchange';
import { startSession, type Session } from '../support/session.ts';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html`);
  // The hand-made log starts in March 2026: keep it whole whenever retention runs (a service worker restart).
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
      settings: { statsRetentionDays: 0 },
    }),
  );
  await page
    .getByTestId('import')
    .setInputFiles({ name: 'team.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(toNdjson(handBuiltLog())) });
  await page.getByTestId('import-report').waitFor();
});
afterAll(async () => {
  await session?.close();
});

type Rgb = [number, number, number];
const hex = (value: string): Rgb => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
// The dashboard's chart colours (dashboard.css.ts), light and dark.
const LIGHT = { drafts: hex('#2b59c3'), inserted: hex('#1f9d6b') };
const DARK = { drafts: hex('#7fa4ff'), inserted: hex('#5fd3a3') };

/** Where a colour was painted on a canvas: how many pixels, and their horizontal extent. */
function ink(canvas: Locator, color: Rgb) {
  return canvas.evaluate((element, rgb) => {
    const c = element as HTMLCanvasElement;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let count = 0;
    let minX = c.width;
    let maxX = -1;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - rgb[0]) + Math.abs(data[i + 1]! - rgb[1]) + Math.abs(data[i + 2]! - rgb[2]) > 24 || data[i + 3]! < 200)
        continue;
      const x = (i / 4) % c.width;
      count++;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
    }
    return { count, minX, maxX, width: c.width };
  }, color);
}

const tableRows = (figure: Locator) =>
  figure.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));

describe('the dashboard', () => {
  it('draws the daily trend on a canvas, and its table view shows the numbers', async () => {
    expect(await page.getByTestId('import-report').textContent()).toContain('Imported 39 events from 1 files');
    const day = page.getByTestId('trend-day');
    await expect.poll(() => day.getAttribute('data-view')).toBe('chart');
    const canvas = day.locator('canvas');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toBe('By day: Drafts shown, Inserted, Replies sent');
    expect((await ink(canvas, LIGHT.drafts)).count).toBeGreaterThan(500);
    expect(await canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL().length)).toBeGreaterThan(5000);
    await page.screenshot({ path: '.cache/dashboard-light.png', fullPage: true });

    await day.getByRole('button', { name: 'Show as table' }).click();
    expect(await day.locator('canvas').count()).toBe(0);
    expect(await tableRows(day)).toEqual([
      ['Mar 2, 2026', '1', '1', '1'],
      ['Mar 3, 2026', '2', '0', '1'],
      ['Mar 10, 2026', '2', '1', '1'],
      ['Mar 11, 2026', '1', '1', '1'],
    ]);
    // And back: a new chart on a new canvas.
    await day.getByRole('button', { name: 'Show as chart' }).click();
    await expect.poll(async () => (await ink(day.locator('canvas'), LIGHT.drafts)).count).toBeGreaterThan(500);
  });

  it('charts the weekly trend, the editing shares and the insertion rate by agent', async () => {
    for (const id of ['trend-week', 'trend-edits', 'agent-insertion', 'agent-edits']) {
      const figure = page.getByTestId(id);
      expect(await figure.getAttribute('data-view'), id).toBe('chart');
    }
    expect((await ink(page.getByTestId('agent-insertion').locator('canvas'), LIGHT.inserted)).count).toBeGreaterThan(500);
    const agents = page.getByTestId('agent-insertion');
    await agents.getByRole('button').click();
    expect(await tableRows(agents)).toEqual([
      [expect.stringContaining('(a1)'), '50%'],
      [expect.stringContaining('(a2)'), '50%'],
    ]);
    await agents.getByRole('button').click();
  });

  it("redraws in the dark theme's colours when the theme changes", async () => {
    const canvas = page.getByTestId('trend-day').locator('canvas');
    expect((await ink(canvas, DARK.drafts)).count).toBe(0);
    await page.locator('main').evaluate((main) => main.setAttribute('data-theme', 'dark'));
    await expect.poll(async () => (await ink(canvas, DARK.drafts)).count).toBeGreaterThan(500);
    expect((await ink(canvas, LIGHT.drafts)).count).toBe(0);
    await page.screenshot({ path: '.cache/dashboard-dark.png', fullPage: true });
  });

  it('lays the charts out right to left in Arabic', async () => {
    // Left to right, the agents' insertion rates (both 50 %) grow from the left edge.
    const ltr = await ink(page.getByTestId('agent-insertion').locator('canvas'), DARK.inserted);
    expect(ltr.maxX).toBeLessThan(ltr.width * 0.6);

    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        settings: { uiLanguage: 'ar', theme: 'dark', statsRetentionDays: 0 },
      }),
    );
    await page.reload();
    await expect.poll(() => page.locator('main').getAttribute('dir')).toBe('rtl');
    const canvas = page.getByTestId('agent-insertion').locator('canvas');
    await expect.poll(async () => (await ink(canvas, DARK.inserted)).count).toBeGreaterThan(500);
    const rtl = await ink(canvas, DARK.inserted);
    expect(rtl.minX).toBeGreaterThan(rtl.width * 0.4);
    await page.screenshot({ path: '.cache/dashboard-ar.png', fullPage: true });
  });
});
