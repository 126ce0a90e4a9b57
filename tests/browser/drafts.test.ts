// Reply drafts from a model provider: a real OpenAI-compatible server on 127.0.0.1, configured the way
// an admin would (through the options page's requests), streams into the sidebar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OpenAiTestServer } from '../server/openai-server';
import { configureProvider as configureProviderFor } from '../support/drafts.ts';
import { sidebar, startSession, type Session } from '../support/session.ts';
import { openExtensionPage } from '../support/chromium.ts';

let session: Session;
let model: OpenAiTestServer;
let options: Page;

beforeAll(async () => {
  session = await startSession({ withModel: true });
  model = session.model!;
  options = await openExtensionPage(session.browser, 'options');
});
afterAll(async () => {
  await session?.close();
});

const configureProvider = (configured: boolean) => configureProviderFor(options, model.url, configured);

const draftTexts = (page: Page) => sidebar(page, 'draft').allTextContents();

describe('reply drafts', () => {
  it('without a provider, offline drafts appear', async () => {
    await configureProvider(false);
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await expect.poll(() => draftTexts(page)).toEqual([expect.stringContaining('third time')]);
    expect(model.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(0);
    await page.close();
  });

  it('with a provider, the first draft streams in, restored and checked, and insert puts it in the reply box', async () => {
    await configureProvider(true);
    model.enqueue({ kind: 'draft', chunkChars: 12, chunkDelayMs: 60 });
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    // While the model writes, the sidebar shows the words arriving.
    await expect.poll(() => sidebar(page, 'draft').first().getAttribute('aria-busy'), { interval: 20 }).toBe('true');
    await expect.poll(() => draftTexts(page)).toHaveLength(2);
    const [first] = await draftTexts(page);
    expect(first).toContain('Thank you for your patience');
    expect(first).not.toContain('⟦'); // placeholders restored locally

    // What left the browser: the customer's name and email replaced, the ticket inside the data section.
    const sent = JSON.stringify(model.requests.at(-1)!.body);
    expect(sent).not.toContain('Dana Whitfield');
    expect(sent).not.toContain('dana.whitfield@example.com');

    await page.evaluate(() => (window as unknown as { __fixture: { ready: Promise<void> } }).__fixture.ready);
    await sidebar(page, 'insert-draft').first().click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __fixture: { editors: Record<string, { getData(): string }> } }).__fixture.editors['1']!.getData(),
        ),
      )
      .toContain('Thank you for your patience');
    await page.close();
  });

  it('switching tickets cancels the running request and never shows its drafts', async () => {
    await configureProvider(true);
    const abandonedBefore = model.abandoned;
    const asked = () => model.requests.filter((r) => r.path.endsWith('/chat/completions')).length;
    const askedBefore = asked();
    model.enqueue({ kind: 'stall', afterChunks: 2 }, { kind: 'draft' });
    // Drafts are cached per conversation state, so these are tickets no earlier test asked about.
    const page = await session.open('http://acme.freshdesk.com/a/tickets/101');
    await expect.poll(asked).toBe(askedBefore + 1);
    await page.click('a[href="/a/tickets/102"]');
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toBe('Rechnung doppelt abgebucht');
    await expect.poll(() => model.abandoned).toBe(abandonedBefore + 1);
    await expect.poll(() => draftTexts(page)).toHaveLength(2);
    await page.close();
  });

  it('a hijacked model answer is flagged next to the draft', async () => {
    await configureProvider(true);
    model.setDefault({ kind: 'hijack', variant: 'phishing-link' });
    const page = await session.open('http://acme.zendesk.com/agent/tickets/4');
    await expect.poll(() => sidebar(page, 'draft').first().textContent()).toContain('secure-account-verify');
    const draft = sidebar(page, 'draft').first();
    expect(await draft.textContent()).toMatch(/link/i);
    // The unknown link is shown as text, not as a clickable link.
    expect(await draft.locator('a[href*="secure-account-verify"]').count()).toBe(0);
    model.setDefault({ kind: 'draft' });
    await page.close();
  });
});
