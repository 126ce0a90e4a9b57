// "Delete all my data" and a poisoned import, end to end in Chromium: the dashboard imports an export with a
// `time: 9e15` line (reported, the rest shown), then the delete empties every store in the inventory — the
// background's databases and storage.local, not only the page's event log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { handBuiltLog } from '../fixtures/stats/log';
import { toNdjson } from '../../src/stats/exchange';
import { DATA_STORES } from '../../src/background/data-stores';
import { startSession, type Session } from '../support/session.ts';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html`);
  // The hand-made log starts in March 2026: keep it whole whenever retention runs (a service worker restart).
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ settings: { statsRetentionDays: 0 } }),
  );
});
afterAll(async () => {
  await session?.close();
});

/** Rows per table of every inventoried IndexedDB database, read in the extension's origin. */
function rowsPerDatabase(names: string[]): Promise<Record<string, number>> {
  return page.evaluate(async (dbNames) => {
    const counts: Record<string, number> = {};
    const existing = new Set((await indexedDB.databases()).map((d) => d.name));
    for (const name of dbNames) {
      if (!existing.has(name)) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        counts[`${name}/${store}`] = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    return counts;
  }, names);
}

type Chrome = {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> };
  storage: { local: { set(v: object): Promise<void>; get(k: null): Promise<object> } };
};

describe('the dashboard with untrusted imports and Delete all my data', () => {
  it('imports a poisoned export: the 9e15 line is reported and skipped, the figures show', async () => {
    const text = [JSON.stringify({ ...handBuiltLog()[0], id: 'poisoned', time: 9e15 }), toNdjson(handBuiltLog())].join('\n');
    await page.getByTestId('import').setInputFiles({ name: 'team.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByTestId('import-report').textContent()).toContain('team.ndjson, line 1');
    await expect.poll(() => page.locator('[data-figure="stats.ticketsAssisted"] dd').textContent()).toBe('4');
    expect(await page.getByTestId('stats-error').count()).toBe(0);
  });

  it('empties every store after the confirmation', async () => {
    // Something in every store: settings, draft settings, the knowledge base, the provider and its key, the stats outbox.
    const filled = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.local.set({ settings: { agentName: 'Ana', statsRetentionDays: 0 }, draftSettings: { signature: 'Acme' } });
      const kb = await chrome.runtime.sendMessage({
        kind: 'knowledge-import',
        articles: [{ id: 'a1', title: 'Refunds', body: 'Refunds take five days.' }],
      });
      const provider = await chrome.runtime.sendMessage({
        kind: 'provider-save',
        config: { kind: 'compatible', model: 'm', baseUrl: 'http://127.0.0.1:9/v1' },
        apiKey: 'sk-test',
      });
      // The team's ClickHouse (loopback, never reached here): its passwords live in the outbox database.
      const team = await chrome.runtime.sendMessage({
        kind: 'team-stats-config-save',
        url: 'http://127.0.0.1:9/',
        user: 'agent',
        password: 'pw',
      });
      return kb.ok && provider.ok && team.ok;
    });
    expect(filled).toBe(true);
    const databases = DATA_STORES.filter((s) => s.kind === 'indexeddb').map((s) => s.name);
    const before = await rowsPerDatabase(databases);
    for (const name of databases)
      expect(
        Object.entries(before).some(([table, n]) => table.startsWith(`${name}/`) && n > 0),
        name,
      ).toBe(true);

    let confirmation = '';
    page.once('dialog', (dialog) => {
      confirmation = dialog.message();
      void dialog.accept();
    });
    await page.getByTestId('delete-all').click();
    await expect.poll(() => page.getByTestId('data-message').textContent()).toBe('All Souffleur data on this computer was deleted.');
    expect(confirmation).toMatch(/API key/);
    expect(confirmation).toMatch(/admin's policy come back/);

    const after = await rowsPerDatabase(databases);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null))).toEqual({});
  });
});
