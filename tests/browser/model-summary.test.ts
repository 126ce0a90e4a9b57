// The model summary in the built extension: offered with a provider beside the extractive summary,
// asked by a click, streamed from the real loopback OpenAI-compatible server, carrying the public
// messages only, and not offered without a provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChatRequestBody, OpenAiTestServer } from '../server/openai-server';
import { configureProvider } from '../support/drafts.ts';
import { sidebar, startSession, type Session } from '../support/session.ts';
import { openExtensionPage } from '../support/chromium.ts';

let session: Session;
let model: OpenAiTestServer;
let options: Page;

const SUMMARY = 'Asked: why the CRM sync keeps failing. Team: investigating with engineering. Open: a fix date.';
const isSummaryRequest = (body: ChatRequestBody) => JSON.stringify(body.messages?.[0]?.content ?? '').includes('You summarize');

beforeAll(async () => {
  session = await startSession({ withModel: true });
  model = session.model!;
  model.setDefault((body) =>
    isSummaryRequest(body) ? { kind: 'draft', answer: SUMMARY, chunkChars: 10, chunkDelayMs: 30 } : { kind: 'draft' },
  );
  options = await openExtensionPage(session.browser, 'options');
});
afterAll(async () => {
  await session?.close();
});

describe('model summary', () => {
  it("with a provider: a button beside the local summary; the click streams the public messages' summary in", async () => {
    await configureProvider(options, model.url, true);
    const page = await session.open('http://acme.zendesk.com/agent/tickets/3');
    const ask = sidebar(page, 'model-summary-ask');
    await expect.poll(() => ask.count(), { timeout: 10_000 }).toBe(1);
    expect(model.requests.filter((r) => r.body && isSummaryRequest(r.body))).toHaveLength(0); // not automatic
    await ask.click();
    await expect.poll(() => sidebar(page, 'model-summary').textContent(), { timeout: 10_000 }).toContain(SUMMARY);
    await expect.poll(() => sidebar(page, 'model-summary').getAttribute('data-status')).toBe('done');
    const sent = model.requests.filter((r) => r.body && isSummaryRequest(r.body));
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.body)).not.toContain('Internal: sync job');
    // "What was sent" shows the summary request, as sent.
    const shown = await sidebar(page, 'sent-request').allTextContents();
    expect(shown.some((text) => text.includes('You summarize a customer-support thread'))).toBe(true);
    // The extractive summary stays beside it.
    expect(await sidebar(page, 'thread-summary').locator('dt').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('without a provider: no button, and nothing is sent', async () => {
    await configureProvider(options, model.url, false);
    const before = model.requests.length;
    const page = await session.open('http://acme.zendesk.com/agent/tickets/3');
    await expect.poll(() => sidebar(page, 'thread-summary').locator('dt').count()).toBeGreaterThan(0);
    await expect.poll(() => sidebar(page, 'draft').count()).toBeGreaterThan(0);
    expect(await sidebar(page, 'model-summary-ask').count()).toBe(0);
    expect(model.requests.length).toBe(before);
    await page.close();
  });
});
