// One fixture server and one Chromium with the extension per test file, plus shortcuts to the
// sidebar's shadow DOM (Playwright's CSS locators pierce open shadow roots).
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { startOpenAiTestServer, type OpenAiTestServer } from '../server/openai-server';

export interface Session {
  server: FixtureServer;
  browser: ExtensionBrowser;
  /** The loopback OpenAI-compatible server, when asked for with `withModel`; closed with the session. */
  model?: OpenAiTestServer;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startSession(
  options: { locale?: string; withModel?: boolean; browserArgs?: readonly string[] } = {},
): Promise<Session> {
  const model = options.withModel ? await startOpenAiTestServer() : undefined;
  const server = await startFixtureServer();
  const browser = await launchWithExtension({
    fixturePort: server.port,
    locale: options.locale,
    ...(options.browserArgs ? { args: options.browserArgs } : {}),
  });
  return {
    server,
    browser,
    ...(model ? { model } : {}),
    async open(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await model?.close();
    },
  };
}

export const sidebar = (page: Page, testId: string): Locator => page.locator(`souffleur-sidebar [data-testid="${testId}"]`);

/** The snippets panel is there and done loading ("no loading state" alone also holds before the sidebar exists). */
export const snippetsSettled = async (page: Page): Promise<boolean> =>
  (await page.locator('souffleur-sidebar .sf-panel-snippets:not(:has(.sf-state-loading))').count()) === 1;
