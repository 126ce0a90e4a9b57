// The sidebar as an agent handles it all day: the keyboard shortcut, collapse and width remembered
// across page loads, and the theme following the settings, all on a real Zendesk fixture page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidebar, sidebarRoot, startSession, type Session } from '../support/session.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const TICKET = 'http://acme.zendesk.com/agent/tickets/1';

describe('the sidebar', () => {
  it('toggles with Alt+Shift+S, and stays collapsed after a reload', async () => {
    const page = await session.open(TICKET);
    const root = sidebar(page, 'sidebar');
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toContain('INV-2291');
    expect(await root.getAttribute('data-collapsed')).toBe('false');

    await page.locator('body').click({ position: { x: 200, y: 300 } });
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => root.getAttribute('data-collapsed')).toBe('true');
    // Collapsed, it gives the page its room back and shows no ticket data.
    expect(await sidebar(page, 'ticket-subject').count()).toBe(0);

    await page.reload();
    await expect.poll(() => sidebar(page, 'sidebar').getAttribute('data-collapsed')).toBe('true');
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toContain('INV-2291');
    await page.close();
  });

  it("collapsed, does no analysis and asks nothing of the helpdesk's API until the agent opens it", async () => {
    const first = await session.open(TICKET);
    await expect.poll(() => sidebar(first, 'ticket-subject').textContent()).toContain('INV-2291');
    await first.locator('body').click({ position: { x: 200, y: 300 } });
    await first.keyboard.press('Alt+Shift+S');
    await expect.poll(() => sidebar(first, 'sidebar').getAttribute('data-collapsed')).toBe('true');
    await first.close();

    // A new tab (the requester's history is cached per tab): the page is read (the collapsed tab is
    // there), the helpdesk's API is not asked for anything, neither the thread nor the history.
    session.server.apiRequests.length = 0;
    const page = await session.open(TICKET);
    await expect.poll(() => sidebar(page, 'sidebar').getAttribute('data-collapsed')).toBe('true');
    await page.waitForTimeout(500);
    expect(session.server.apiRequests).toEqual([]);

    await page.locator('body').click({ position: { x: 200, y: 300 } });
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => sidebar(page, 'cue').isVisible()).toBe(true);
    await expect.poll(() => session.server.apiRequests).toContain('/api/v2/tickets/1/comments.json?include=users');
    await expect.poll(() => session.server.apiRequests.filter((path) => path.includes('/tickets/requested.json')).length).toBe(1);
    await page.close();
  });

  // WXT's window.postMessage telling an older copy of the script to stop (a document event does that
  // job) cost the page's main thread 4-15 ms per load and wakes the helpdesk's own message listeners.
  it.each([TICKET, 'http://acme.freshdesk.com/a/tickets/101'])('posts no message to the page of %s while it starts', async (url) => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    await page.goto(url);
    await expect.poll(() => sidebar(page, 'ticket-subject').isVisible()).toBe(true);
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages);
    expect(JSON.stringify(seen)).not.toContain('wxt:content-script-started');
    await page.close();
  });

  it('is resized from its inner edge with the keyboard, and keeps the width', async () => {
    const page = await session.open(TICKET);
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toContain('INV-2291');
    const root = sidebar(page, 'sidebar');
    const before = (await root.boundingBox())!.width;
    const handle = sidebarRoot(page).locator('[role="separator"]');
    await handle.focus();
    await page.keyboard.press('Shift+ArrowLeft'); // towards the page: wider
    await expect.poll(async () => (await root.boundingBox())!.width).toBeGreaterThan(before + 32);
    const widened = (await root.boundingBox())!.width;

    await page.reload();
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toContain('INV-2291');
    await expect.poll(async () => (await sidebar(page, 'sidebar').boundingBox())!.width).toBe(widened);
    await page.close();
  });

  it('is resized by dragging its inner edge with the mouse', async () => {
    const page = await session.open(TICKET);
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toContain('INV-2291');
    const root = sidebar(page, 'sidebar');
    const before = (await root.boundingBox())!;
    const edge = (await sidebarRoot(page).locator('[role="separator"]').boundingBox())!;
    const y = edge.y + edge.height / 2;
    await page.mouse.move(edge.x + edge.width / 2, y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) await page.mouse.move(edge.x + edge.width / 2 - step * 10, y);
    await page.mouse.up();
    await expect.poll(async () => (await root.boundingBox())!.width).toBeGreaterThan(before.width + 60);
    // Still on the page's edge, and the page gave it room.
    const after = (await root.boundingBox())!;
    expect(Math.round(after.x + after.width)).toBe(Math.round(before.x + before.width));
    // Nothing of ours left over the page beside it (the frame is at its widest during a drag only).
    await expect
      .poll(() => page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('souffleur-sidebar') ?? null, [after.x - 20, y]))
      .toBeNull();
    await page.close();
  });

  it('follows the theme setting, light and dark', async () => {
    const page = await session.open(TICKET);
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toContain('INV-2291');
    const root = sidebar(page, 'sidebar');
    const background = () => root.evaluate((element) => getComputedStyle(element).backgroundColor);
    const setTheme = (theme: 'light' | 'dark') =>
      session.browser.serviceWorker.evaluate(async (value) => {
        type Local = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
        const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
        const { settings } = await local.get('settings');
        await local.set({ settings: { ...(settings as object), theme: value } });
      }, theme);

    await setTheme('dark');
    await expect.poll(() => root.getAttribute('data-theme')).toBe('dark');
    const dark = await background();
    await setTheme('light');
    await expect.poll(() => root.getAttribute('data-theme')).toBe('light');
    const light = await background();
    // Dark is darker: compare the luminance of the two computed backgrounds.
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(luminance(dark)).toBeLessThan(luminance(light) - 100);
    await page.close();
  });
});
