// The two browsers the demo can drive, behind the few steps it needs: Chromium through Playwright
// (tests/support/chromium.ts), Firefox through puppeteer-core over WebDriver BiDi (tests/support/firefox.ts).
import { launchWithExtension, openExtensionPage } from '../../tests/support/chromium.ts';
import { launchFirefoxWithExtension, openFirefoxExtensionPage } from '../../tests/support/firefox.ts';
import type { DemoBrowserName } from './choose-browser.ts';

export interface DemoBrowser {
  /** Sends one request to the background from the options page, as the options page itself does. */
  askFromOptions(message: unknown): Promise<unknown>;
  /** Opens the ticket, waits for the sidebar's cue, and writes a screenshot. */
  screenshot(url: string, path: string): Promise<void>;
  /** Leaves a window open on the ticket for the newcomer; `onClose` runs when they close it. */
  show(url: string, onClose: () => void): Promise<void>;
  close(): Promise<void>;
}

const CUE_SHOWN = () => !!document.querySelector('souffleur-sidebar')?.hasAttribute('data-souffleur-cue-shown');
type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export async function launchDemoBrowser(name: DemoBrowserName, fixturePort: number, headless: boolean): Promise<DemoBrowser> {
  return name === 'chromium' ? chromiumDemo(fixturePort, headless) : firefoxDemo(fixturePort, headless);
}

async function chromiumDemo(fixturePort: number, headless: boolean): Promise<DemoBrowser> {
  const browser = await launchWithExtension({ fixturePort, headless });
  return {
    async askFromOptions(message) {
      const options = await openExtensionPage(browser, 'options');
      const reply = await options.evaluate((m) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(m), message);
      await options.close();
      return reply;
    },
    async screenshot(url, path) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction(CUE_SHOWN, null, { timeout: 20_000 });
      await page.screenshot({ path });
      await page.close();
    },
    async show(url, onClose) {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(url);
      browser.context.on('close', onClose);
    },
    close: () => browser.close(),
  };
}

async function firefoxDemo(fixturePort: number, headless: boolean): Promise<DemoBrowser> {
  const firefox = await launchFirefoxWithExtension({ fixturePort, headless });
  return {
    async askFromOptions(message) {
      const options = await openFirefoxExtensionPage(firefox.browser, 'options');
      const reply = await options.evaluate((m) => (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage(m), message);
      await options.close();
      return reply;
    },
    async screenshot(url, path) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      await page.waitForFunction(CUE_SHOWN, { timeout: 20_000 });
      await page.screenshot({ path: path as `${string}.png` });
      await page.close();
    },
    async show(url, onClose) {
      const page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
      await page.goto(url);
      firefox.browser.on('disconnected', onClose);
    },
    close: () => firefox.close(),
  };
}
