// One fixture server and one Chromium with the extension per test file, plus shortcuts to the
// sidebar: in its shadow root (Playwright's CSS locators pierce open shadow roots), or in its extension
// frame in a build with SOUFFLEUR_SIDEBAR_FRAME=1 (docs/sidebar-frame.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './chromium.ts';
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
  options: { locale?: string; withModel?: boolean; browserArgs?: readonly string[]; extensionDir?: string } = {},
): Promise<Session> {
  const model = options.withModel ? await startOpenAiTestServer() : undefined;
  const server = await startFixtureServer();
  const browser = await launchWithExtension({
    fixturePort: server.port,
    locale: options.locale,
    ...(options.browserArgs ? { args: options.browserArgs } : {}),
    ...(options.extensionDir ? { extensionDir: options.extensionDir } : {}),
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

/** Whether the build under test renders the sidebar in an extension frame (its frame page is web-accessible). */
export const SIDEBAR_IN_FRAME = readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8').includes('sidebar-frame.html');

/** The sidebar's inside, for `.locator(selector)`: its frame, or its shadow host. */
export const sidebarRoot = (page: Page): FrameLocator | Locator =>
  SIDEBAR_IN_FRAME ? page.frameLocator('souffleur-sidebar iframe') : page.locator('souffleur-sidebar');

export const sidebar = (page: Page, testId: string): Locator => sidebarRoot(page).locator(`[data-testid="${testId}"]`);

/** The snippets panel is there and done loading ("no loading state" alone also holds before the sidebar exists). */
export const snippetsSettled = async (page: Page): Promise<boolean> =>
  (await sidebarRoot(page).locator('.sf-panel-snippets:not(:has(.sf-state-loading))').count()) === 1;
