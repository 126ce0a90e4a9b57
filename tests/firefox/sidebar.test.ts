// The sidebar in Firefox ESR: it appears on each helpdesk with the active ticket, and follows ticket
// switches inside the page (Zendesk tabs, Freshdesk in-app navigation) without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidebarText, startFirefoxSession, type FirefoxSession } from '../support/firefox-session.ts';

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox: the sidebar', () => {
  it.each([
    ['http://acme.zendesk.com/agent/tickets/1', 'Charged twice for invoice INV-2291 – third time asking'],
    ['http://acme.freshdesk.com/a/tickets/101', 'Blender arrived with a cracked jug'],
  ])('%s shows its subject', async (url, subject) => {
    const page = await session.open(url);
    await expect.poll(() => sidebarText(page, 'ticket-subject')).toBe(subject);
    await page.close();
  });

  it('follows Zendesk tab switches without a reload and never shows the other ticket', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await expect.poll(() => sidebarText(page, 'ticket-subject')).toContain('INV-2291');
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    await page.click('[data-test-id="header-tab"][data-entity-id="2"]');
    await expect.poll(() => sidebarText(page, 'ticket-subject')).toBe('Lieferadresse für Bestellung 58213 ändern');
    expect(await page.evaluate(() => location.href)).toBe('http://acme.zendesk.com/agent/tickets/2');
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    const shown = await sidebarText(page, 'sidebar');
    expect(shown).not.toContain('INV-2291');
    expect(shown).not.toContain('Dana Whitfield');

    await page.click('[data-test-id="header-tab"][data-entity-id="1"]');
    await expect.poll(() => sidebarText(page, 'ticket-subject')).toContain('INV-2291');
    await page.close();
  });

  it('follows Freshdesk in-app navigation between tickets', async () => {
    const page = await session.open('http://acme.freshdesk.com/a/tickets/101');
    await expect.poll(() => sidebarText(page, 'ticket-subject')).toBe('Blender arrived with a cracked jug');
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.click('a[href="/a/tickets/102"]');
    await expect.poll(() => sidebarText(page, 'ticket-subject')).toBe('Rechnung doppelt abgebucht');
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await sidebarText(page, 'sidebar')).not.toContain('Blender');
    await page.close();
  });
});
