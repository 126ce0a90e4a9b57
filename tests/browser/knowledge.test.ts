// Knowledge snippets end to end: an admin imports Markdown through the options page's file input, the
// matching articles appear in a Zendesk ticket's sidebar, insert puts one into the real CKEditor
// composer, and the agent's own search replaces the ticket's results. And the help-center sync from a
// Zendesk tab against the fixture server's Help Center API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OpenAiTestServer } from '../server/openai-server';
import { sidebar, snippetsSettled, startSession, type Session } from '../support/session.ts';
import { openExtensionPage } from '../support/chromium.ts';

let session: Session;
let model: OpenAiTestServer;
beforeAll(async () => {
  session = await startSession({ withModel: true });
  model = session.model!;
});
afterAll(async () => {
  await session?.close();
});

/** Configures (or removes) the loopback model provider the way the options page does. */
async function useProvider(on: boolean): Promise<void> {
  const options = await openExtensionPage(session.browser, 'options');
  const reply = await options.evaluate(
    ([baseUrl, configured]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(
        configured
          ? { kind: 'provider-save', config: { kind: 'compatible', model: 'souffleur-test-mini', baseUrl }, apiKey: 'sk-test-1234' }
          : { kind: 'provider-remove' },
      ),
    [model.url, on] as const,
  );
  expect(reply).toMatchObject({ ok: true });
  await options.close();
}

type FixtureWindow = { __fixture: { ready: Promise<void>; editors: Record<string, { getData(): string }> } };

const REFUND = {
  name: 'refund-duplicate-charge.md',
  text: '# Refund a duplicate charge\n\nWhen a customer was charged twice for the same invoice, refund the duplicate charge from the billing console. The refund reaches the card within five business days.\n',
};
const ADDRESS = {
  name: 'change-delivery-address.md',
  text: '# Change a delivery address\n\nA delivery address can be changed until the parcel ships: open the order, edit the shipping address and save.\n',
};

const snippetTitles = (page: Page) => sidebar(page, 'snippet').locator('.sf-card-title').allTextContents();

async function importMarkdown(files: { name: string; text: string }[]): Promise<void> {
  const options = await openExtensionPage(session.browser, 'options');
  await options
    .getByTestId('kb-file-input')
    .setInputFiles(files.map((file) => ({ name: file.name, mimeType: 'text/markdown', buffer: Buffer.from(file.text) })));
  await expect.poll(() => options.getByTestId('kb-import-summary').textContent()).toMatch(/2 added/);
  await options.close();
}

describe('knowledge snippets', () => {
  it('imported articles appear in the sidebar, insert into the composer, and the search box finds others', async () => {
    await importMarkdown([REFUND, ADDRESS]);

    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    // Ticket 1 asks to refund a duplicate charge on an invoice: that article first.
    await expect.poll(() => snippetTitles(page)).toContain('Refund a duplicate charge');
    expect((await snippetTitles(page))[0]).toBe('Refund a duplicate charge');
    const card = sidebar(page, 'snippet').first();
    expect(await card.locator('mark').allTextContents()).not.toEqual([]);

    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    await card.getByRole('button', { name: /^Insert/ }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.editors['1']!.getData()))
      .toContain('refund the duplicate charge');

    const search = sidebar(page, 'sidebar').getByRole('searchbox');
    await search.fill('delivery address');
    await search.press('Enter');
    await expect.poll(() => snippetTitles(page)).toEqual(['Change a delivery address']);
    // Clearing the box brings back the ticket's own results.
    await search.fill('');
    await search.press('Enter');
    await expect.poll(() => snippetTitles(page)).toContain('Refund a duplicate charge');
    await page.close();
  });

  it('pinning a snippet writes the offline drafts again from it, pinned first', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    const firstDraft = () => sidebar(page, 'draft').first().textContent();
    await expect.poll(firstDraft).toContain('refund the duplicate charge');
    const search = sidebar(page, 'sidebar').getByRole('searchbox');
    await search.fill('delivery address');
    await search.press('Enter');
    await expect.poll(() => snippetTitles(page)).toEqual(['Change a delivery address']);

    await sidebar(page, 'snippet').first().getByRole('button', { name: /^Pin/ }).click();
    await expect.poll(firstDraft).toContain('A delivery address can be changed until the parcel ships');
    // Only the drafts were asked again: the agent's search results stay.
    expect(await snippetTitles(page)).toEqual(['Change a delivery address']);
    expect(await sidebar(page, 'snippet').first().getAttribute('data-pinned')).toBe('true');

    await sidebar(page, 'snippet')
      .first()
      .getByRole('button', { name: /^Unpin/ })
      .click();
    await expect.poll(firstDraft).toContain('refund the duplicate charge');
    await page.close();
  });

  it('with a model provider, pinning a snippet asks the model again with the pinned snippet first', async () => {
    await useProvider(true);
    const chats = () => model.requests.filter((r) => r.path.endsWith('/chat/completions'));
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await expect.poll(() => sidebar(page, 'draft').count()).toBeGreaterThan(0);
    const before = chats().length;
    const search = sidebar(page, 'sidebar').getByRole('searchbox');
    await search.fill('delivery address');
    await search.press('Enter');
    await expect.poll(() => snippetTitles(page)).toEqual(['Change a delivery address']);
    await sidebar(page, 'snippet').first().getByRole('button', { name: /^Pin/ }).click();
    await expect.poll(() => chats().length).toBe(before + 1);
    // Snippets are fenced and datamarked like the ticket: read the request with the marks as spaces.
    const sent = JSON.stringify(chats().at(-1)!.body).replaceAll('ˆ', ' ');
    expect(sent).toContain('(pinned by the agent)');
    expect(sent).toContain('A delivery address can be changed until the parcel ships');
    await expect.poll(() => sidebar(page, 'draft').count()).toBeGreaterThan(0);
    await page.close();
    await useProvider(false);
  });

  it("syncs the help center (and the team's macros) from a Zendesk tab with its session, then shows the synced article", async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/3');
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toBe('Recurring CRM sync failures since August');
    await expect.poll(() => snippetsSettled(page)).toBe(true);
    expect(await snippetTitles(page)).not.toContain('Fix a failing nightly CRM sync');
    await sidebar(page, 'sync-help-center').click();
    await expect.poll(() => sidebar(page, 'sync-status').textContent()).toBe('Synced: 5 new, 0 updated, 0 removed, 1 skipped.');
    expect(session.server.apiRequests).toContain('/api/v2/help_center/articles.json?page=2&per_page=100');
    await expect.poll(() => snippetTitles(page)).toContain('Fix a failing nightly CRM sync');

    // Again: only what changed since in the help center (one article), updated in place; the two macros are listed in full.
    await sidebar(page, 'sync-help-center').click();
    await expect.poll(() => sidebar(page, 'sync-status').textContent()).toBe('Synced: 0 new, 3 updated, 0 removed, 0 skipped.');
    expect(session.server.apiRequests.some((path) => path.startsWith('/api/v2/help_center/incremental/articles.json?start_time='))).toBe(
      true,
    );
    await page.close();
  });
});
