// What the main-thread benches share about the page: the fixture pages and how to find, and collapse,
// the sidebar on them (in our shadow root, or in the frame of the frame prototype).
import type { BrowserContext, Page } from 'playwright-core';

export const PAGES = [
  ['zendesk', 'http://acme.zendesk.com/agent/tickets/1'],
  ['freshdesk', 'http://acme.freshdesk.com/a/tickets/101'],
] as const;

const FRAME = 'souffleur-sidebar iframe';
/** The sidebar's `selector`: in our shadow root, or in the frame of the frame prototype (SOUFFLEUR_SIDEBAR_FRAME=1). */
export const inSidebar = async (page: Page, selector: string) =>
  (await page.locator(FRAME).count()) ? page.frameLocator(FRAME).locator(selector) : page.locator(`souffleur-sidebar ${selector}`);
export const sidebarShown = async (page: Page) => {
  await page.locator(`souffleur-sidebar [data-testid="sidebar"], ${FRAME}`).first().waitFor();
  await (await inSidebar(page, '[data-testid="sidebar"]')).waitFor();
};

/** Collapses the sidebar with its shortcut (the setting is remembered for the next loads). */
export async function collapse(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto(PAGES[0][1]);
  await sidebarShown(page); // the frame's host first: inSidebar tells the two builds apart by it
  await (await inSidebar(page, '[data-testid="cue"]')).waitFor();
  await page.locator('body').click({ position: { x: 200, y: 300 } });
  await page.keyboard.press('Alt+Shift+S');
  await (await inSidebar(page, '[data-testid="sidebar"][data-collapsed="true"]')).waitFor();
  await page.close();
}
