// The sidebar in an extension frame (SOUFFLEUR_SIDEBAR_FRAME=1, docs/sidebar-frame.md), what only that
// build has: what a page script can do to the frame, the collapsed strip's size, Escape back to the page,
// and the visible error when the frame page cannot load. Skipped for a build without the frame.
import { rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_FAILED_TEXT } from '../../src/content/load-failed.ts';
import { cachedBuild } from '../support/cached-build.ts';
import { SIDEBAR_IN_FRAME, sidebar, startSession, type Session } from '../support/session.ts';

const TICKET = 'http://acme.zendesk.com/agent/tickets/1';
const FRAME = 'souffleur-sidebar iframe';

describe.runIf(SIDEBAR_IN_FRAME)('the sidebar frame', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gives a page script nothing and takes nothing from it: forged messages, a copy of the frame', async () => {
    const page = await session.open(TICKET);
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toContain('INV-2291');
    const editor = page.locator('[data-test-id="ticket-1-standard-layout"] .ck-editor__editable');
    const replyBefore = await editor.textContent();
    const outcome = await page.evaluate(async () => {
      const ours = document.querySelector('souffleur-sidebar')!.shadowRoot!.querySelector('iframe')!;
      const forged = [
        { kind: 'sidebar-frame-action', from: '0'.repeat(32), name: 'insert', args: ['FORGED', { kind: 'draft', id: 'x' }] },
        { kind: 'sidebar-frame-toggle', from: '0'.repeat(32) },
        { kind: 'sidebar-frame-resize', from: '0'.repeat(32), width: 640 },
      ];
      // To the page itself, to our frame, and cloned structures too.
      for (const message of forged) {
        window.postMessage(message, '*');
        window.postMessage(structuredClone(message), '*');
        ours.contentWindow!.postMessage(message, '*');
      }
      // Its own copy of our frame page, at the address it read from our host.
      const copy = document.createElement('iframe');
      copy.src = ours.src;
      copy.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:400px';
      document.body.append(copy);
      await new Promise((resolve) => copy.addEventListener('load', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      let readable: Document | null = null;
      try {
        readable = copy.contentDocument ?? ours.contentDocument;
      } catch {
        readable = null;
      }
      for (const message of forged) copy.contentWindow!.postMessage(message, '*');
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { readable: readable !== null, width: ours.getBoundingClientRect().width };
    });
    // Cross-origin: the page cannot read the copy (nor ours).
    expect(outcome.readable).toBe(false);
    // The copy heard the content script's views but was never addressed: it renders nothing.
    const frames = page.frames().filter((frame) => frame.url().includes('sidebar-frame.html'));
    expect(frames).toHaveLength(2);
    const rendered = await Promise.all(frames.map((frame) => frame.locator('[data-testid="sidebar"]').count()));
    expect(rendered.sort()).toEqual([0, 1]);
    // And nothing changed: still open, same width, nothing inserted.
    expect(await sidebar(page, 'sidebar').getAttribute('data-collapsed')).toBe('false');
    expect(outcome.width).toBeLessThan(640);
    expect(await editor.textContent()).toBe(replyBefore);
    expect(await editor.textContent()).not.toContain('FORGED');
    await page.close();
  });

  it('is a 30 px strip collapsed, and Escape in it gives the keyboard back to the page', async () => {
    const page = await session.open(TICKET);
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toContain('INV-2291');
    await sidebar(page, 'sidebar').locator('button').first().focus();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('souffleur-sidebar');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).not.toBe('souffleur-sidebar');

    await page.locator('body').click({ position: { x: 200, y: 300 } });
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => sidebar(page, 'sidebar').getAttribute('data-collapsed')).toBe('true');
    await expect.poll(async () => (await page.locator(FRAME).boundingBox())!.width).toBe(30);
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => sidebar(page, 'sidebar').getAttribute('data-collapsed')).toBe('false');
    await page.close();
  });
});

describe.runIf(SIDEBAR_IN_FRAME)('the sidebar frame whose page cannot load', () => {
  it('shows a visible error that says to reload the page, never a blank strip', async () => {
    const dir = cachedBuild();
    unlinkSync(join(dir, 'sidebar-frame.html'));
    const session = await startSession({ extensionDir: dir });
    try {
      const page = await session.open(TICKET);
      const error = page.locator('souffleur-sidebar [role=alert]');
      await expect.poll(() => error.isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await error.textContent()).toBe(LOAD_FAILED_TEXT);
      const box = (await error.boundingBox())!;
      expect(box.width).toBeGreaterThan(100);
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
