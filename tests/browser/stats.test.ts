// Acceptance stats end to end: what an agent does on a fixture ticket is recorded by the extension and shows
// up on the dashboard page: the reply they sent after editing an inserted draft, with its similarity class,
// and the randomized holdout, which shows no drafts and says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isHoldoutTicket } from '../../src/stats/pseudonyms';
import { compareReply, words } from '../../src/stats/similarity';
import { sidebar, startSession, type Session } from '../support/session.ts';
import { setHoldoutSeed, storedEvents } from '../support/stats-db.ts';
import { openExtensionPage } from '../support/chromium.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

type FixtureWindow = { __fixture: { ready: Promise<void>; submissions: { ticketId: string; mode: string; text: string }[] } };

const dashboardUrl = () => `chrome-extension://${session.browser.extensionId}/dashboard.html`;
const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"] dd`).textContent();

/** The dashboard reads the log once on load; events are written in batches, so reload until they are there. */
async function dashboardShowing(page: Page, key: string, value: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.locator('[data-testid="headline"]').waitFor();
        return figure(page, key);
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(value);
}

async function setSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (values) => {
    const storage = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
      }
    ).chrome.storage.local;
    const current = (await storage.get('settings')).settings ?? {};
    await storage.set({ settings: { ...(current as object), ...values } });
  }, patch);
}

describe('acceptance stats', () => {
  it('records an inserted, edited and sent draft, and the dashboard shows it as lightly edited', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    await expect.poll(() => sidebar(page, 'draft').count()).toBe(1); // offline drafts: no provider here
    await sidebar(page, 'insert-draft').first().click();
    await expect.poll(() => sidebar(page, 'sidebar').textContent()).toMatch(/Inserted/);

    // The agent adds a sentence of about a tenth of the draft's length: a light edit by the definition.
    const draft = (await sidebar(page, 'draft').first().locator('.sf-draft-text').textContent())!;
    const added = Array.from({ length: Math.ceil(words(draft).length / 10) }, (_, i) => `word${i}`).join(' ');
    await page.click('[data-test-id="ticket-1-standard-layout"] .ck-editor__editable');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${added}`);
    await page.click('[data-test-id="ticket-1-standard-layout"] button[data-test-id="submit_button"]');
    const submitted = await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.submissions);
    expect(submitted).toEqual([expect.objectContaining({ ticketId: '1', mode: 'public', text: expect.stringContaining(added) })]);
    expect(compareReply(draft, submitted[0]!.text).class).toBe('light-edit');

    const dashboard = await session.browser.context.newPage();
    await dashboard.goto(dashboardUrl());
    await dashboardShowing(dashboard, 'stats.lightEdit', '100%');
    expect(await figure(dashboard, 'stats.sentAsIs')).toBe('0%');
    expect(await figure(dashboard, 'stats.rewritten')).toBe('0%');
    expect(await figure(dashboard, 'stats.draftsShown')).toBe('1');
    expect(await figure(dashboard, 'stats.insertionRate')).toBe('100%');
    expect(await figure(dashboard, 'stats.ticketsAssisted')).toBe('1');
    const similarity = Number(await figure(dashboard, 'stats.meanSimilarity'));
    expect(similarity).toBeGreaterThanOrEqual(0.75);
    expect(similarity).toBeLessThan(0.95);
    // Per helpdesk: one draft shown on Zendesk, inserted, sent lightly edited (0 % as is).
    const zendesk = dashboard.locator('[data-testid="breakdown-helpdesk"] tbody tr', { hasText: 'zendesk' });
    expect((await zendesk.locator('td').allTextContents()).slice(0, 4)).toEqual(['zendesk', '1', '100%', '0%']);
    // Each thing once, although the ticket was read again from the page and the API after the reply appeared;
    // and no text of the draft or the reply in the log.
    const events = await storedEvents(dashboard);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect([
      count('ticket-opened'),
      count('suggestion-shown'),
      count('suggestion-inserted'),
      count('reply-sent'),
      count('first-reply'),
    ]).toEqual([1, 1, 1, 1, 1]);
    // Schema v2: a random suggestion id (no ticket number in it), the source from the background's ledger,
    // a keyed ticket hash with the key's id.
    expect(events.find((e) => e.type === 'reply-sent')).toMatchObject({
      v: 2,
      class: 'light-edit',
      suggestionId: expect.stringMatching(/^s-[0-9a-f-]{36}$/),
      source: 'offline',
      keyId: expect.stringMatching(/^k-/),
      helpdesk: 'zendesk',
    });
    expect(events.find((e) => e.type === 'first-reply')).toMatchObject({ assisted: true });
    expect(JSON.stringify(events)).not.toContain(added.split(' ')[0]);
    expect(JSON.stringify(events)).not.toContain(draft.trim().slice(0, 24));
    // The first reply was timed on an assisted ticket.
    const assisted = dashboard.locator('[data-testid="holdout"] tbody tr').first();
    expect((await assisted.locator('td').allTextContents()).slice(1, 2)).toEqual(['1']);
    await dashboard.close();
    await page.close();
  });

  it('on a holdout ticket shows no drafts and says why, keeps cue and snippets, and the dashboard counts it as holdout', async () => {
    // With a known holdout seed, the smallest share (at most 50 %) that puts one of the fixture tickets in
    // the holdout while leaving the others out.
    const seed = { holdoutSeed: 'browser-test seed' };
    let chosen: { id: string; share: number } | null = null;
    for (const share of [0.05, 0.1, 0.2, 0.3, 0.4, 0.5]) {
      for (const id of ['2', '3', '4']) if (!chosen && (await isHoldoutTicket(seed, 'zendesk', id, share))) chosen = { id, share };
    }
    if (!chosen) throw new Error('no fixture ticket falls in a holdout of at most 50 %');

    const options = await openExtensionPage(session.browser, 'options');
    await setHoldoutSeed(options, seed.holdoutSeed);
    await setSettings(options, { holdoutShare: chosen.share });

    const page = await session.open(`http://acme.zendesk.com/agent/tickets/${chosen.id}`);
    await expect.poll(() => sidebar(page, 'drafts-holdout').textContent()).toBe('No drafts on this ticket: it is in the comparison group.');
    await expect.poll(() => sidebar(page, 'cue').textContent()).not.toMatch(/Reading/i);
    expect(await sidebar(page, 'draft').count()).toBe(0);

    // From the sidebar's button, the dashboard opens in a tab of its own.
    const opened = session.browser.context.waitForEvent('page');
    await sidebar(page, 'open-dashboard').click();
    const dashboard = await opened;
    await dashboard.waitForURL(dashboardUrl());
    await expect
      .poll(
        async () => {
          await dashboard.reload();
          return dashboard.locator('[data-testid="holdout"] tbody tr').nth(1).locator('td').nth(1).textContent();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe('1');
    await setSettings(options, { holdoutShare: 0 });
    await options.close();
    await dashboard.close();
    await page.close();
  });
});
