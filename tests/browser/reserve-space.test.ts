// The room the sidebar takes from the helpdesk (src/content/reserve-space.ts): the page's body is narrowed,
// and its own fixed layers narrow with it instead of sliding under the sidebar. The fixtures have no fixed
// pane of their own, so the layer is modelled: a fixed element on the right edge, as the live apps' panes
// and reply bars are placed. Both helpdesks, the sidebar open at its default width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidebar, startSession, type Session } from '../support/session.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('the room the sidebar takes', () => {
  it.each(['http://acme.zendesk.com/agent/tickets/1', 'http://acme.freshdesk.com/a/tickets/101'])(
    "ends the page's own fixed layer at the sidebar's edge on %s (modelled layer)",
    async (url) => {
      const page = await session.open(url);
      await expect.poll(() => sidebar(page, 'cue').isVisible()).toBe(true);
      const edge = (await sidebar(page, 'sidebar').boundingBox())!.x;
      const layer = await page.evaluate(() => {
        const el = document.createElement('div');
        el.style.cssText = 'position:fixed;top:0;right:0;width:20px;height:20px';
        document.body.append(el);
        const { left, right } = el.getBoundingClientRect();
        return { left, right, viewport: innerWidth };
      });
      expect(edge).toBeLessThan(layer.viewport - 300); // open, not the collapsed strip
      expect(layer.right).toBeCloseTo(edge, 0);
      expect(layer.left).toBeCloseTo(edge - 20, 0);
      await page.close();
    },
  );
});
