// Inserting into the helpdesks' real editors (CKEditor 5 in Zendesk, Froala in Freshdesk): next to
// the agent's own text, registered by the editor, never sent, never switching reply/internal note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FixtureWindow } from '../support/fixture-window.ts';
import { sidebar, startSession, type Session } from '../support/session.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const zendeskData = (page: Page, id: string) =>
  page.evaluate((ticket) => (window as unknown as FixtureWindow).__fixture.editors[ticket]!.getData(), id);
const submissions = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.submissions.length);

/** The first line of the first draft, as the sidebar shows it. */
async function firstDraftLine(page: Page): Promise<string> {
  const text = await sidebar(page, 'draft').first().locator('.sf-draft-text, p, pre').first().textContent();
  return (text ?? '')
    .split('\n')
    .find((line) => line.trim())!
    .trim();
}

describe('insertion into the reply box', () => {
  it('a page script that forges the bridge\'s "inserted" answer is not believed: the agent is told the text did not go in', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    // The page catches the insert request before the bridge (capture on window) and answers for it.
    const seen = await page.evaluate(() => {
      const requests: string[] = [];
      window.addEventListener(
        'souffleur:insert',
        (event) => {
          event.stopImmediatePropagation();
          const detail = (event as CustomEvent<string>).detail;
          requests.push(detail);
          const { id } = JSON.parse(detail) as { id: string };
          document.dispatchEvent(new CustomEvent('souffleur:insert-result', { detail: JSON.stringify({ id, outcome: 'inserted' }) }));
        },
        true,
      );
      (window as unknown as { __requests: string[] }).__requests = requests;
      return document.querySelectorAll('[data-souffleur-target]').length;
    });
    expect(seen).toBe(0);
    await page.click('[data-test-id="ticket-1-standard-layout"] .ck-editor__editable');
    await sidebar(page, 'insert-draft').first().click();
    const line = await firstDraftLine(page);
    // Not believed: CKEditor does not take the content script's own DOM insertion (it re-renders from its
    // model), so the agent is told so and gets the clipboard, instead of a false "Inserted".
    await expect.poll(() => sidebar(page, 'sidebar').textContent()).toMatch(/The reply box did not take the text/);
    expect(await zendeskData(page, '1')).not.toContain(line);
    expect(await page.evaluate(() => (window as unknown as { __requests: string[] }).__requests.length)).toBe(1);
    // No secret ever sat in the page: the marker has no value and is gone afterwards.
    expect(await page.evaluate(() => document.querySelectorAll('[data-souffleur-target]').length)).toBe(0);
    await page.close();
  });

  it('Zendesk: inserts through CKEditor next to what the agent typed, in the active ticket only, and sends nothing', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    await page.click('[data-test-id="ticket-1-standard-layout"] .ck-editor__editable');
    await page.keyboard.type('Agent wrote this first.');
    await sidebar(page, 'insert-draft').first().click();

    const line = await firstDraftLine(page);
    await expect.poll(() => zendeskData(page, '1')).toContain(line);
    const data = await zendeskData(page, '1');
    expect(data.indexOf('Agent wrote this first.')).toBeGreaterThanOrEqual(0);
    expect(data.indexOf('Agent wrote this first.')).toBeLessThan(data.indexOf(line));

    // The editor registered it: the agent's next keystroke keeps both.
    await page.click('[data-test-id="ticket-1-standard-layout"] .ck-editor__editable');
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks!');
    const afterTyping = await zendeskData(page, '1');
    expect(afterTyping).toContain('Agent wrote this first.');
    expect(afterTyping).toContain(line);
    expect(afterTyping).toContain('Thanks!');

    expect(await zendeskData(page, '2')).toBe(''); // the hidden ticket's composer is untouched
    expect(await submissions(page)).toBe(0);
    await expect.poll(() => sidebar(page, 'sidebar').textContent()).toMatch(/Inserted/);
    await page.close();
  });

  it('Zendesk: says which channel is active and never switches it', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready);
    await expect.poll(() => sidebar(page, 'sidebar').textContent()).toContain('public reply');
    await page.click('[data-test-id="ticket-1-standard-layout"] button[data-test-id="omnichannel-channel-switcher-button"]');
    await expect.poll(() => sidebar(page, 'sidebar').textContent()).toContain('internal note');
    await sidebar(page, 'insert-draft').first().click();
    await expect.poll(() => zendeskData(page, '1')).not.toBe('');
    expect(await sidebar(page, 'sidebar').textContent()).toContain('internal note');
    expect(await submissions(page)).toBe(0);
    await page.close();
  });

  it('Freshdesk: opens the closed reply box, inserts through Froala, and sends nothing', async () => {
    const page = await session.open('http://acme.freshdesk.com/a/tickets/101');
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.editor())).toBeNull();
    await sidebar(page, 'insert-draft').first().click();
    const line = await firstDraftLine(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('.fr-element.fr-view')?.textContent ?? '')).toContain(line);
    // What Froala would send (its own model of the content) has it too.
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.editor()!.html.get())).toContain('<p>');
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.mode())).toBe('reply');
    expect(await submissions(page)).toBe(0);
    await page.close();
  });

  it('falls back to the clipboard with a visible notice when there is no reply box', async () => {
    const page = await session.open('http://acme.freshdesk.com/helpdesk/tickets/77');
    await page.evaluate(() =>
      document.querySelectorAll('[data-test-id="ticket-action-reply"], section#mainactionbar button').forEach((b) => b.remove()),
    );
    await sidebar(page, 'insert-draft').first().click();
    await expect.poll(() => sidebar(page, 'sidebar').textContent()).toMatch(/reply box was not found/i);
    await page.close();
  });
});
