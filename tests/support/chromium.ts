// Starts Debian's Chromium with the built extension loaded, the helpdesk hosts mapped to the
// loopback fixture server, and nothing reaching out to the network.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

interface LaunchOptions {
  fixturePort: number;
  headless?: boolean;
  locale?: string;
  args?: readonly string[];
  /** A built extension other than this worktree's `.output/chrome-mv3` (the main-thread bench's A/B of two builds). */
  extensionDir?: string;
}

/** A persistent Chromium context with the helpdesk hosts mapped to the fixture server; `extension` loads the build. */
async function launchContext(options: LaunchOptions, extension: string | undefined) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'souffleur-chromium-'));
  const { fixturePort: port } = options;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1440, height: 900 },
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      `--host-resolver-rules=MAP *.zendesk.com 127.0.0.1:${port}, MAP *.freshdesk.com 127.0.0.1:${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
      ...(options.args ?? []),
    ],
  });
  return { context, close: () => context.close().then(() => rm(userDataDir, { recursive: true, force: true })) };
}

/**
 * The same Chromium without the extension: the benchmarks' baseline, launched exactly like the one with
 * it (same kind of context, same flags), so a difference between them is the extension's.
 */
export function launchWithoutExtension(options: LaunchOptions): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  return launchContext(options, undefined);
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const dir = resolve(options.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no built extension in ${dir}: run \`npm run build\` first`);
  }
  const { context, close } = await launchContext(options, dir);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close,
  };
}

/** Opens one of the extension's own pages (the options page, the dashboard) in a new tab. */
export async function openExtensionPage(browser: ExtensionBrowser, page: 'options' | 'dashboard'): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(`chrome-extension://${browser.extensionId}/${page}.html`);
  return tab;
}
