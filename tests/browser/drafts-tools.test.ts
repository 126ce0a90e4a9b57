// The sidebar's drafts beyond the first stream: tools on a draft, "what was sent", a busy provider,
// a new customer message, and drafts held back on a handle-personally ticket. A real OpenAI-compatible
// server on 127.0.0.1; the helpdesk's REST API is blocked so the page's own DOM is the one reading
// (a message added to the page is then the ticket's newest, as it would be on the live site).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OpenAiTestServer } from '../server/openai-server';
import { addZendeskCustomerMessage, configureProvider, setSetting } from '../support/drafts.ts';
import { sidebar, startSession, type Session } from '../support/session.ts';
import { openExtensionPage } from '../support/chromium.ts';

let session: Session;
let model: OpenAiTestServer;
let options: Page;

beforeAll(async () => {
  session = await startSession({ withModel: true });
  model = session.model!;
  options = await openExtensionPage(session.browser, 'options');
  await configureProvider(options, model.url, true);
});
afterAll(async () => {
  await session?.close();
});

async function open(url: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.route('**/api/v2/**', (route) => route.abort());
  await page.goto(url);
  return page;
}

const chats = () => model.requests.filter((r) => r.path.endsWith('/chat/completions'));
const draftTexts = (page: Page) => sidebar(page, 'draft').locator('.sf-draft-text').allTextContents();
const READING = { emotion: 'frustration', intent: 'refund', needsHumanTouch: false, reason: 'none' };

describe('drafts in the sidebar', () => {
  it('held back on a handle-personally ticket: no request until "show anyway"', async () => {
    await setSetting(options, 'holdDraftsWhenHandlePersonally', true);
    const before = chats().length;
    const page = await open('http://acme.zendesk.com/agent/tickets/4'); // a complaint with a legal threat
    await expect.poll(() => sidebar(page, 'handle-personally').count()).toBe(1);
    await expect.poll(() => sidebar(page, 'show-held-drafts').count()).toBe(1);
    await page.waitForTimeout(500); // time in which a request would have started
    expect(chats().length).toBe(before);

    await sidebar(page, 'show-held-drafts').click();
    await expect.poll(() => chats().length).toBe(before + 1);
    await expect.poll(() => draftTexts(page)).toHaveLength(2);
    await setSetting(options, 'holdDraftsWhenHandlePersonally', false);
    await page.close();
  });

  it('"shorter" streams a replacement for that draft, checked and restored', async () => {
    const page = await open('http://acme.zendesk.com/agent/tickets/1');
    await expect.poll(() => draftTexts(page)).toHaveLength(2);
    const [first] = await draftTexts(page);
    const shorter = {
      drafts: [
        { style: 'concise', text: 'Hi ⟦NAME_1⟧,\n\nyour refund for the double charge is being checked.\n\nBest regards', citations: [] },
      ],
      reading: READING,
    };
    model.enqueue({ kind: 'draft', answer: shorter, chunkChars: 6, chunkDelayMs: 40 });
    const second = sidebar(page, 'draft').nth(1);
    await second.locator('[data-testid="draft-tool-shorter"]').click();
    await expect.poll(() => second.getAttribute('aria-busy'), { interval: 20 }).toBe('true');
    await expect
      .poll(() => second.locator('.sf-draft-text').textContent())
      .toContain('your refund for the double charge is being checked.');
    await expect.poll(() => second.getAttribute('aria-busy')).toBe('false');
    const texts = await draftTexts(page);
    expect(texts[0]).toBe(first); // the other draft is untouched
    expect(texts[1]).not.toContain('⟦');
    expect(texts[1]).toMatch(/^Hi Dana/);
    // The tool request: the conversation's prefix plus the draft to shorten, redacted again.
    const sent = chats().at(-1)!.body!.messages!;
    expect(String(sent.at(-1)!.content)).toContain('# Tool: shorter');
    expect(JSON.stringify(sent)).not.toContain('Dana Whitfield');
    await page.close();
  });

  it('"what was sent" shows the redacted request: the requester’s email only as a placeholder', async () => {
    const page = await open('http://acme.zendesk.com/agent/tickets/1');
    await expect.poll(() => draftTexts(page)).toHaveLength(2);
    const asked = chats().length;
    await addZendeskCustomerMessage(page, '1', 'Please send the refund confirmation to dana.whitfield@example.com today.');
    await expect.poll(() => chats().length).toBe(asked + 1);
    await expect.poll(() => draftTexts(page)).toHaveLength(2);
    const sent = sidebar(page, 'what-was-sent');
    await sent.locator('summary').click();
    // The earlier answer's two drafts stay until the new one lands, so wait for the new request itself
    // (a loaded machine draws it later); datamarked: the customer's text is data.
    const shownText = async () => (await sent.locator('pre').allTextContents()).join('\n');
    await expect.poll(shownText).toContain('refundˆconfirmationˆtoˆ⟦EMAIL_1⟧');
    const shown = await shownText();
    expect(shown).not.toContain('dana.whitfield@example.com');
    expect(shown).not.toContain('Dana Whitfield');
    expect(shown).not.toContain('sk-test-1234');
    // Exactly what the server received.
    expect(shown).toBe(
      chats()
        .at(-1)!
        .body!.messages!.map((m) => m.content)
        .join('\n'),
    );
    expect(await sent.textContent()).toContain('souffleur-test-mini');
    await page.close();
  });

  it('a 429 shows "provider busy" with the wait, then the drafts', async () => {
    model.enqueue({ kind: 'rate-limit', retryAfterSeconds: 2 }, { kind: 'draft' });
    const page = await open('http://acme.zendesk.com/agent/tickets/2');
    // The retrying state can last only ~0.5 s: the provider's Retry-After is not readable across origins
    // (hosted APIs do not expose it to browsers: Azure/azure-rest-api-specs#24904), so our own backoff
    // waits. `allTextContents` does not wait for the element, so the 20 ms poll really looks every 20 ms;
    // `textContent()` would wait on Playwright's own backoff (up to 500 ms) and could miss it.
    await expect
      .poll(() => sidebar(page, 'drafts-retrying').allTextContents(), { interval: 20 })
      .toEqual([expect.stringMatching(/^Provider busy, retrying in [12] s$/)]);
    await expect.poll(() => draftTexts(page)).toHaveLength(2);
    expect(await sidebar(page, 'drafts-retrying').count()).toBe(0);
    await page.close();
  });

  it('a new customer message cancels the running request and asks again', async () => {
    const page = await open('http://acme.zendesk.com/agent/tickets/2');
    await expect.poll(() => draftTexts(page)).toHaveLength(2); // answered above, from the cache
    model.enqueue({ kind: 'stall', afterChunks: 2 }, { kind: 'draft' });
    const abandoned = model.abandoned;
    const asked = chats().length;
    await addZendeskCustomerMessage(page, '2', 'Noch eine Frage: kann ich auch per Rechnung zahlen?');
    await expect.poll(() => chats().length).toBe(asked + 1); // the model is writing (and stalls)
    await addZendeskCustomerMessage(page, '2', 'Und bitte an meine neue Adresse liefern.');
    await expect.poll(() => model.abandoned).toBe(abandoned + 1);
    await expect.poll(() => chats().length).toBe(asked + 2);
    await expect.poll(() => draftTexts(page)).toHaveLength(2);
    // The request behind the drafts is the one with both new messages.
    expect(JSON.stringify(chats().at(-1)!.body)).toContain('neue');
    await page.close();
  });

  it('when the model fails, offline drafts show with the reason and "try the model again" asks it again', async () => {
    model.enqueue({ kind: 'malformed-body' });
    const page = await open('http://acme.freshdesk.com/a/tickets/101');
    const failed = sidebar(page, 'drafts-model-error');
    await expect.poll(() => failed.textContent()).toContain('The model could not write drafts; these are offline drafts.');
    expect(await sidebar(page, 'draft').count()).toBeGreaterThan(0);
    expect(await failed.textContent()).not.toMatch(/\bat \S+:\d+/); // no stack trace
    const asked = chats().length;
    await failed.getByRole('button', { name: 'Try the model again' }).click();
    await expect.poll(() => chats().length).toBeGreaterThan(asked);
    await expect.poll(() => failed.count()).toBe(0);
    await expect.poll(() => draftTexts(page)).toEqual([expect.stringContaining('Thank you for your patience'), expect.any(String)]);
    await page.close();
  });

  it('the team’s draft settings from the options page go into the request', async () => {
    const saved = (await options.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        kind: 'draft-settings-get',
      }),
    )) as { ok: true; data: Record<string, unknown> };
    const reply = await options.evaluate(
      (settings) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          kind: 'draft-settings-save',
          settings,
        }),
      { ...saved.data, tone: 'calm and brief', companyFacts: ['Refunds reach the card in 5 working days.'] },
    );
    expect(reply).toMatchObject({ ok: true, data: { tone: 'calm and brief' } });
    const asked = chats().length;
    const page = await open('http://acme.zendesk.com/agent/tickets/1');
    await expect.poll(() => chats().length).toBe(asked + 1); // new settings: not the cached drafts
    const team = String(chats().at(-1)!.body!.messages![1]!.content);
    expect(team).toContain('tone: calm and brief');
    expect(team).toContain('- Refunds reach the card in 5 working days.');
    await page.close();
  });
});
