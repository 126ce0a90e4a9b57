// Issue 16 item 4: the provider's own reading of the ticket appears beside the local cue, and the sidebar
// says when they disagree. The loopback OpenAI-compatible server (tests/server) answers a calm German
// question with a reading of anger that needs a human: the local cue stays calm, both are shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultAnswer } from '../server/behaviours';
import { configureProvider } from '../support/drafts.ts';
import { openExtensionPage } from '../support/chromium.ts';
import { sidebar, startSession, type Session } from '../support/session.ts';

let session: Session;
let options: Page;
beforeAll(async () => {
  session = await startSession({ withModel: true });
  options = await openExtensionPage(session.browser, 'options');
});
afterAll(async () => {
  await session?.close();
});

describe('the provider reading beside the local cue', () => {
  it('shows both and the disagreement, and the request never carried the local verdict', async () => {
    const model = session.model!;
    await configureProvider(options, model.url, true);
    const answer = {
      ...(defaultAnswer() as object),
      reading: { emotion: 'anger', intent: 'change the address', needsHumanTouch: true, reason: 'Sounds furious about the order.' },
    };
    model.enqueue({ kind: 'draft', answer });
    const page = await session.open('http://acme.zendesk.com/agent/tickets/2');
    await expect.poll(() => sidebar(page, 'cue').textContent()).toMatch(/Neutral|Positive|Confused/);
    const reading = sidebar(page, 'cue-provider-reading');
    await expect.poll(() => reading.count(), { timeout: 15_000 }).toBe(1);
    expect(await reading.textContent()).toContain('Angry');
    expect(await reading.textContent()).toContain('Sounds furious about the order.');
    expect(await sidebar(page, 'cue-disagreement').textContent()).toContain('The model reads this differently');
    // The local cue is still shown as it was, beside (not replaced by) the model's reading.
    expect(await sidebar(page, 'cue').locator('.sf-cue-summary').textContent()).toMatch(/Neutral|Positive|Confused/);
    const sent = JSON.stringify(model.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1)!.body);
    expect(sent).not.toMatch(/emotion: (neutral|positive|confusion)/);
    await page.close();
  });
});
