// A helpdesk page whose Content-Security-Policy allows only its own origin's scripts and styles (no inline,
// no eval, no extension sources) still gets the sidebar: the content script and its shadow root's style
// sheet are the extension's, not the page's. Checked on the build the suite runs and on its code-cached
// form (tests/support/cached-build.ts), whose loader import()s the module from the extension's package.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedBuild } from '../support/cached-build.ts';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { sidebar } from '../support/session.ts';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ pageHeaders: { 'content-security-policy': STRICT } });
});
afterAll(async () => {
  await server?.close();
});

describe.each([
  ['the build', () => EXTENSION_DIR],
  ['its code-cached form', () => cachedBuild()],
])('a helpdesk page with a strict Content-Security-Policy, %s', (_name, build) => {
  let browser: ExtensionBrowser;
  let dir: string;
  beforeAll(async () => {
    dir = build();
    browser = await launchWithExtension({ fixturePort: server.port, extensionDir: dir });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir !== EXTENSION_DIR) rmSync(dir, { recursive: true, force: true });
  });

  for (const [url, subject] of [
    ['http://acme.zendesk.com/agent/tickets/2', 'Lieferadresse für Bestellung 58213 ändern'],
    ['http://acme.freshdesk.com/a/tickets/101', 'Blender arrived with a cracked jug'],
  ] as const) {
    it(`${url}: the policy is in force, and the sidebar shows the ticket with its styles`, async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      // The policy is in force: an inline script added to the page does not run.
      const inlineRan = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
        document.head.append(script);
        return document.documentElement.dataset.inlineRan ?? 'no';
      });
      expect(inlineRan).toBe('no');
      const shown = sidebar(page, 'ticket-subject');
      await expect.poll(() => shown.textContent(), { timeout: 15_000 }).toBe(subject);
      // Styled by the shadow root's sheet: the subject is bold (TicketHeader.css.ts).
      expect(await shown.evaluate((element) => getComputedStyle(element).fontWeight)).toBe('600');
      await page.close();
    });
  }
});
