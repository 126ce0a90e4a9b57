// A helpdesk page whose Content-Security-Policy allows only its own origin's scripts and styles (no inline,
// no eval, no extension sources) still gets the sidebar: the content script and its shadow root's style
// sheet are the extension's, not the page's. Holds for the plain scripts and for the code-cached build
// (SOUFFLEUR_CACHED_MODULES=1), whose loader import()s the module from the extension's package.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { sidebar } from '../support/session.ts';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer({ pageHeaders: { 'content-security-policy': STRICT } });
  browser = await launchWithExtension({ fixturePort: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a helpdesk page with a strict Content-Security-Policy', () => {
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
