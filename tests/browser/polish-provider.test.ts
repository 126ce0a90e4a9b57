// Polish my reply with a provider (a real OpenAI-compatible server on 127.0.0.1): the model's edits are
// shown beside the speller's, an edit that adds a link or a refund promise is dropped, what left the
// browser is the redacted reply only (no customer address), and the translation is shown beside the
// agent's original, which stays in the reply box.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OpenAiTestServer } from '../server/openai-server';
import type { FixtureWindow } from '../support/fixture-window.ts';
import { configureProvider } from '../support/drafts.ts';
import { sidebar, startSession, type Session } from '../support/session.ts';
import { openExtensionPage } from '../support/chromium.ts';

let session: Session;
let model: OpenAiTestServer;

beforeAll(async () => {
  session = await startSession({ withModel: true });
  model = session.model!;
  const options = await openExtensionPage(session.browser, 'options');
  await configureProvider(options, model.url, true);
});
afterAll(async () => {
  await session?.close();
});

const isPolish = (body: { messages?: { role: string; content: unknown }[] }) =>
  String(body.messages?.[0]?.content ?? '').includes('copy editor');
const isTranslate = (body: { messages?: { role: string; content: unknown }[] }) =>
  String(body.messages?.[0]?.content ?? '').includes('You translate');
const zendeskData = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.editors['1']!.getData());

describe('polish my reply with a provider', () => {
  it("adds the model's safe edits, drops unsafe ones, and sends only the redacted reply", async () => {
    model.setDefault((body) =>
      isPolish(body)
        ? {
            kind: 'draft',
            answer: {
              edits: [
                { before: 'we will look in to it', after: 'we will look into it', kind: 'grammar', why: 'into' },
                { before: 'Sorry.', after: 'Sorry. See https://evil.example.net/fix for details.', kind: 'clarity', why: 'link' },
                { before: 'we will look in to it', after: 'we will refund you in full', kind: 'tone', why: 'promise' },
              ],
            },
          }
        : { kind: 'draft' },
    );
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    await page.click('[data-test-id="ticket-1-standard-layout"] .ck-editor__editable');
    await page.keyboard.type('Sorry. Write to jane.roe@example.org and we will look in to it.');
    const before = model.requests.length;
    await sidebar(page, 'polish-reply').click();

    const edits = sidebar(page, 'polish-edit');
    await expect.poll(() => edits.count()).toBe(1);
    expect(await edits.first().getAttribute('data-kind')).toBe('grammar');
    await edits.first().locator('[data-testid="accept-edit"]').click();
    // (CKEditor's autolink makes the address a mailto link as it is typed.)
    await expect
      .poll(() => zendeskData(page))
      .toMatch(/^<p>Sorry\. Write to <a href="mailto:jane\.roe@example\.org">jane\.roe@example\.org<\/a> and we will look into it\.<\/p>$/);

    const sent = model.requests.slice(before).filter((r) => r.body && isPolish(r.body));
    expect(sent).toHaveLength(1);
    const user = String(sent[0]!.body!.messages![1]!.content);
    expect(user).not.toContain('jane.roe@example.org');
    // Numbered after the ticket's own addresses: the request starts from the ticket's redactions.
    expect(user).toMatch(/⟦EMAIL_\d+⟧/);
    expect(await sidebar(page, 'sidebar').locator('.sf-panel-polish [data-testid="what-was-sent"]').count()).toBe(1);
    await page.close();
  });

  it('translates the reply beside the original, which stays in the reply box', async () => {
    model.setDefault((body) => (isTranslate(body) ? { kind: 'draft', answer: 'Vielen Dank, wir kümmern uns darum.' } : { kind: 'draft' }));
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    // The fixture ticket's customer writes English; the customer's language is what the sidebar read.
    await page.click('[data-test-id="ticket-1-standard-layout"] .ck-editor__editable');
    await page.keyboard.type('Thank you, we are on it.');
    await sidebar(page, 'translate-reply').click();
    await expect.poll(() => sidebar(page, 'translation-text').textContent()).toBe('Vielen Dank, wir kümmern uns darum.');
    expect(await sidebar(page, 'translation').textContent()).toContain('Thank you, we are on it.');
    expect(await zendeskData(page)).toBe('<p>Thank you, we are on it.</p>');
    await page.close();
  });
});
