// One fixture server and one Firefox with the extension per test file (the Firefox counterpart of
// ./session.ts), plus shortcuts into the sidebar's shadow DOM through puppeteer's `>>>` pierce selector.
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, openFirefoxExtensionPage, type FirefoxWithExtension } from './firefox.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { startOpenAiTestServer, type OpenAiTestServer } from '../server/openai-server';

export interface FirefoxSession {
  server: FixtureServer;
  browser: Browser;
  /** The loopback OpenAI-compatible server, when asked for with `withModel`; closed with the session. */
  model?: OpenAiTestServer;
  open(url: string): Promise<Page>;
  openExtensionPage(name: 'options' | 'dashboard'): Promise<Page>;
  close(): Promise<void>;
}

export async function startFirefoxSession(
  options: { withModel?: boolean; managedPolicy?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  const model = options.withModel ? await startOpenAiTestServer() : undefined;
  const server = await startFixtureServer();
  let firefox: FirefoxWithExtension;
  try {
    firefox = await launchFirefoxWithExtension({
      fixturePort: server.port,
      ...(options.managedPolicy ? { managedPolicy: options.managedPolicy } : {}),
    });
  } catch (error) {
    await server.close();
    await model?.close();
    throw error;
  }
  return {
    server,
    browser: firefox.browser,
    ...(model ? { model } : {}),
    async open(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      return page;
    },
    openExtensionPage: (name) => openFirefoxExtensionPage(firefox.browser, name),
    async close() {
      await firefox.close();
      await server.close();
      await model?.close();
    },
  };
}

/** The selector of a sidebar element by its test id, through the sidebar's (open) shadow root. */
export const inSidebar = (testId: string): string => `souffleur-sidebar >>> [data-testid="${testId}"]`;

/** The text of the first matching sidebar element, '' while there is none (for expect.poll). */
export async function sidebarText(page: Page, testId: string): Promise<string> {
  const element = await page.$(inSidebar(testId));
  return element ? ((await element.evaluate((e) => e.textContent)) ?? '') : '';
}

/** The texts of every matching sidebar element. */
export async function sidebarTexts(page: Page, testId: string): Promise<string[]> {
  const elements = await page.$$(inSidebar(testId));
  return Promise.all(elements.map((e) => e.evaluate((node) => node.textContent ?? '')));
}

/**
 * Waits for a sidebar element. `visible` makes puppeteer poll every frame: its default poller watches
 * the document's mutations, which never include those inside our shadow root, so an element rendered
 * there without any change to the page itself was never seen (puppeteer issue #13163, PR #13153).
 */
export const waitInSidebar = (page: Page, testId: string) => page.waitForSelector(inSidebar(testId), { timeout: 10_000, visible: true });

/** Clicks the first matching sidebar element once it shows. */
export async function clickInSidebar(page: Page, testId: string): Promise<void> {
  const element = await waitInSidebar(page, testId);
  await element!.click();
}
