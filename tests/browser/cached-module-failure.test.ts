// The code-cached build's loader (scripts/build/cached-content-scripts.ts) when its module cannot load: the
// agent sees a small error in Souffleur's place with what to do, never a blank page corner. One helpdesk's
// module is missing from the package, the other's throws as it is evaluated; the page's CSP is strict.
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_FAILED_TEXT } from '../../scripts/build/cached-content-scripts.ts';
import { cachedBuild } from '../support/cached-build.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { sidebar } from '../support/session.ts';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

let server: FixtureServer;
let browser: ExtensionBrowser;
let dir: string;
beforeAll(async () => {
  dir = cachedBuild();
  unlinkSync(join(dir, 'content-scripts', 'freshdesk-module.js'));
  writeFileSync(join(dir, 'content-scripts', 'zendesk-module.js'), 'throw new Error("broken module")');
  server = await startFixtureServer({ pageHeaders: { 'content-security-policy': STRICT } });
  browser = await launchWithExtension({ fixturePort: server.port, extensionDir: dir });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the code-cached content script whose module cannot load', () => {
  for (const [url, why] of [
    ['http://acme.freshdesk.com/a/tickets/101', 'missing from the package'],
    ['http://acme.zendesk.com/agent/tickets/2', 'throwing as it is evaluated'],
  ] as const) {
    it(`${url} (module ${why}): shows a visible error that says to reload the page`, async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      const error = page.locator('souffleur-sidebar [role=alert]');
      await expect.poll(() => error.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await error.textContent()).toBe(LOAD_FAILED_TEXT);
      expect(LOAD_FAILED_TEXT).toMatch(/reload the page/i);
      // In view, on top of the page, and legible: not a zero-size or off-screen box.
      const box = await error.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(10);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1440);
      expect(box!.y + box!.height).toBeLessThanOrEqual(900);
      expect(await sidebar(page, 'ticket-subject').count()).toBe(0);
      await page.close();
    });
  }
});
