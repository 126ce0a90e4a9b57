// Reply drafts streamed from the loopback OpenAI-compatible server into the sidebar, in Firefox ESR:
// the provider configured through the options page's request to the background, as an admin would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { OpenAiTestServer } from '../server/openai-server';
import { inSidebar, sidebarText, sidebarTexts, startFirefoxSession, type FirefoxSession } from '../support/firefox-session.ts';

let session: FirefoxSession;
let model: OpenAiTestServer;
let options: Page;

beforeAll(async () => {
  session = await startFirefoxSession({ withModel: true });
  model = session.model!;
  options = await session.openExtensionPage('options');
  const reply = await options.evaluate(
    (url) =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({
        kind: 'provider-save',
        config: { kind: 'compatible', model: 'souffleur-test-mini', baseUrl: url },
        apiKey: 'sk-test-1234',
      }),
    model.url,
  );
  expect(reply).toMatchObject({ ok: true });
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox: reply drafts', () => {
  it("the first draft streams in, with the customer's name and e-mail kept back from the provider", async () => {
    model.enqueue({ kind: 'draft', chunkChars: 12, chunkDelayMs: 60 });
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    // While the model writes, the sidebar shows the words arriving.
    await expect
      .poll(async () => (await page.$(inSidebar('draft')))?.evaluate((element) => element.getAttribute('aria-busy')), { interval: 20 })
      .toBe('true');
    await expect.poll(() => sidebarTexts(page, 'draft')).toHaveLength(2);
    const [first] = await sidebarTexts(page, 'draft');
    expect(first).toContain('Thank you for your patience');
    expect(first).not.toContain('⟦'); // placeholders restored locally

    const request = model.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1)!;
    const sent = JSON.stringify(request.body);
    expect(sent).not.toContain('Dana Whitfield');
    expect(sent).not.toContain('dana.whitfield@example.com');
    await page.close();
  });

  it('switching tickets cancels the running request and never shows its drafts', async () => {
    const asked = () => model.requests.filter((r) => r.path.endsWith('/chat/completions')).length;
    const askedBefore = asked();
    const abandonedBefore = model.abandoned;
    model.enqueue({ kind: 'stall', afterChunks: 2 }, { kind: 'draft' });
    const page = await session.open('http://acme.freshdesk.com/a/tickets/101');
    await expect.poll(asked).toBe(askedBefore + 1);
    await page.click('a[href="/a/tickets/102"]');
    await expect.poll(() => sidebarText(page, 'ticket-subject')).toBe('Rechnung doppelt abgebucht');
    // Firefox closes the abandoned stream too: the server sees the connection go.
    await expect.poll(() => model.abandoned).toBe(abandonedBefore + 1);
    await expect.poll(() => sidebarTexts(page, 'draft')).toHaveLength(2);
    await page.close();
  });
});
