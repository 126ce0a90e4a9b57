// Insertion into the helpdesks' real editors in Firefox ESR: CKEditor 5 (Zendesk) and Froala
// (Freshdesk) take the draft through the editor bridge (a MAIN-world content script, Firefox 128+),
// next to what the agent typed, and nothing is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { inPage } from '../support/fixture-window.ts';
import { clickInSidebar, sidebarText, startFirefoxSession, waitInSidebar, type FirefoxSession } from '../support/firefox-session.ts';

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession();
});
afterAll(async () => {
  await session?.close();
});

const zendeskData = (page: Page, id: string) => page.evaluate(inPage.zendeskData, id);
const submissions = (page: Page) => page.evaluate(inPage.submissions);

/** The first line of the first draft, as the sidebar shows it. */
async function firstDraftLine(page: Page): Promise<string> {
  const draft = await waitInSidebar(page, 'draft');
  const text = await draft!.evaluate((element) => element.querySelector('.sf-draft-text, p, pre')?.textContent ?? '');
  return text
    .split('\n')
    .find((line) => line.trim())!
    .trim();
}

describe('Firefox: insertion into the reply box', () => {
  it('Zendesk: inserts through CKEditor after what the agent typed, in the active ticket only, and sends nothing', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await page.evaluate(inPage.ready);
    // The agent types once the sidebar is in place: its reserved strip relays the page out, and a click
    // on the editor just before that could leave the keystrokes nowhere (the typed line was missing once
    // in a full run). The poll makes the typing a precondition; an insertion that overwrote it still
    // fails below.
    await waitInSidebar(page, 'draft');
    await page.click('[data-test-id="ticket-1-standard-layout"] .ck-editor__editable');
    await page.keyboard.type('Agent wrote this first.');
    await expect.poll(() => zendeskData(page, '1')).toContain('Agent wrote this first.');
    await clickInSidebar(page, 'insert-draft');

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
    expect(afterTyping).toContain(line);
    expect(afterTyping).toContain('Thanks!');

    expect(await zendeskData(page, '2')).toBe(''); // the hidden ticket's composer is untouched
    expect(await submissions(page)).toBe(0);
    await expect.poll(() => sidebarText(page, 'sidebar')).toMatch(/Inserted/);
    await page.close();
  });

  it('Freshdesk: opens the closed reply box, inserts through Froala, and sends nothing', async () => {
    const page = await session.open('http://acme.freshdesk.com/a/tickets/101');
    expect(await page.evaluate(inPage.froala)).toBeNull();
    await clickInSidebar(page, 'insert-draft');
    const line = await firstDraftLine(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('.fr-element.fr-view')?.textContent ?? '')).toContain(line);
    // What Froala would send (its own model of the content) has it too.
    expect(await page.evaluate(inPage.froalaHtml)).toContain(line.slice(0, 20));
    expect(await page.evaluate(inPage.mode)).toBe('reply');
    expect(await submissions(page)).toBe(0);
    await page.close();
  });
});
