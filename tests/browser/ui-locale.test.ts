// The sidebar follows the browser's language; Arabic lays it out right to left, on the left edge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidebar, startSession, type Session } from '../support/session.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession({ locale: 'ar' });
});
afterAll(async () => {
  await session?.close();
});

describe('an Arabic-speaking agent', () => {
  it('gets the sidebar in Arabic, right to left, without covering the ticket', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/4');
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toBe('شكوى: الطلب لم يصل منذ ثلاثة أسابيع');
    const root = sidebar(page, 'sidebar');
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('lang')).toBe('ar');
    expect(await root.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // Its own words are Arabic, not English.
    expect(await root.getAttribute('aria-label')).toMatch(/[\u0600-\u06FF]/);

    const box = (await root.boundingBox())!;
    expect(box.x).toBeLessThanOrEqual(1);
    const composer = (await page.locator('[data-test-id="ticket-4-standard-layout"] .ck-editor__editable').boundingBox())!;
    expect(composer.x).toBeGreaterThanOrEqual(box.x + box.width);
    await page.screenshot({ path: '.cache/arabic-sidebar.png' });
    await page.close();
  });
});
