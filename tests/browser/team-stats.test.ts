// Team stats on a real ClickHouse (tests/support/clickhouse.ts, on loopback): the agent sets the destination
// in the options page (granting that one origin), works a fixture ticket, the extension ships the events
// from its outbox through the gate, and the dashboard, reading the team's ClickHouse with the lead's
// read-only user, shows them. No ticket or draft text reaches ClickHouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickHouseBinary, SKIP_MESSAGE, startClickHouse, USERS, type ClickHouseServer } from '../support/clickhouse';
import { openExtensionPage } from '../support/chromium.ts';
import { sidebar, startSession, type Session } from '../support/session.ts';

const available = clickHouseBinary() !== null;
if (!available) console.warn(SKIP_MESSAGE);

type FixtureWindow = { __fixture: { ready: Promise<void> } };

describe.skipIf(!available)('team stats on ClickHouse', () => {
  let session: Session;
  let clickhouse: ClickHouseServer;
  beforeAll(async () => {
    clickhouse = await startClickHouse();
    // The browser's host-permission prompt cannot be driven from automation (it is browser UI, and headless
    // has none), and ClickHouse 18.16 sends no CORS headers. So this one test's Chromium runs without web
    // security, as if the origin had been granted, and the options page's request is answered "granted";
    // what the grant itself does is the browser's. Everything else is the extension as shipped.
    session = await startSession({ browserArgs: ['--disable-web-security'] });
  });
  afterAll(async () => {
    await session?.close();
    await clickhouse?.dispose();
  });

  const rowsInClickHouse = async () =>
    (
      await clickhouse.query('SELECT type, agentName, helpdesk FROM souffleur.souffleur_events FINAL FORMAT JSONEachRow').catch(() => '')
    ).trim();

  it("ships an agent's events to ClickHouse and the dashboard shows the team's figures from there", async () => {
    const options: Page = await openExtensionPage(session.browser, 'options');
    await options.evaluate(() => {
      const chrome = (globalThis as unknown as { chrome: { permissions: { request(p: unknown): Promise<boolean> } } }).chrome;
      chrome.permissions.request = async () => true;
    });
    const form = options.getByTestId('team-destination');
    await form.locator('input[name="team-url"]').fill(`${clickhouse.url}/?database=souffleur`);
    await form.locator('input[name="team-user"]').fill(USERS.agent.user);
    await form.locator('input[name="team-password"]').fill(USERS.agent.password);
    await form.locator('input[name="team-leadUser"]').fill(USERS.lead.user);
    await form.locator('input[name="team-leadPassword"]').fill(USERS.lead.password);
    await options.getByTestId('save-team-destination').click();
    await expect.poll(() => options.getByTestId('team-destination-message').textContent()).toMatch(/^Saved\./);

    const ticket = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await ticket.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    await expect.poll(() => sidebar(ticket, 'draft').count()).toBe(1);
    await sidebar(ticket, 'insert-draft').first().click();
    await expect.poll(() => sidebar(ticket, 'sidebar').textContent()).toMatch(/Inserted/);
    const draft = (await sidebar(ticket, 'draft').first().locator('.sf-draft-text').textContent())!;

    // The outbox sends on an alarm (30 s at the earliest); "Send now" does not wait for it.
    await expect
      .poll(
        async () => {
          await options.getByTestId('team-upload-now').click();
          return rowsInClickHouse();
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toMatch(/suggestion-inserted/);
    const rows = (await rowsInClickHouse()).split('\n').map((line) => JSON.parse(line) as { type: string; helpdesk: string });
    expect(rows.filter((r) => r.type === 'suggestion-shown')).toHaveLength(1);
    expect(rows.every((r) => r.helpdesk === 'zendesk')).toBe(true);
    const everything = await clickhouse.query('SELECT * FROM souffleur.souffleur_events FORMAT JSONEachRow');
    expect(everything).not.toContain(draft.trim().slice(0, 24));

    const dashboard = await openExtensionPage(session.browser, 'dashboard');
    await expect.poll(() => dashboard.getByTestId('stats-source').inputValue()).toBe('team');
    await expect.poll(() => dashboard.locator('[data-figure="stats.draftsShown"] dd').textContent()).toBe('1');
    expect(await dashboard.locator('[data-figure="stats.insertionRate"] dd').textContent()).toBe('100%');
    const zendesk = dashboard.locator('[data-testid="breakdown-helpdesk"] tbody tr', { hasText: 'zendesk' });
    expect((await zendesk.locator('td').allTextContents()).slice(0, 3)).toEqual(['zendesk', '1', '100%']);
    await dashboard.screenshot({ path: '.cache/dashboard-team-clickhouse.png', fullPage: true });
  });
});
