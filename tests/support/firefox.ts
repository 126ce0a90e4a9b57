// Starts Firefox ESR with the Firefox build installed as a temporary add-on, over WebDriver BiDi
// (puppeteer-core), with the helpdesk hosts sent to the loopback fixture server and nothing else
// reaching out to the network. The Firefox counterpart of ./chromium.ts; the fixture server and the
// loopback model server are the same.
//
// Host mapping: Firefox has no --host-resolver-rules, so a PAC script (a data: URL) sends
// *.zendesk.com and *.freshdesk.com to the fixture server as a proxy; the server answers the
// absolute-form request targets a proxy receives (it reads the path and the Host header).
// Shadow DOM: the sidebar's shadow root is open, so puppeteer's `>>>` pierce combinator reaches into it
// (`souffleur-sidebar >>> [data-testid=…]`); evaluate() can also go through element.shadowRoot.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
/** Debian's Firefox ESR, else a Firefox on PATH's usual place; FIREFOX_PATH overrides. */
export const FIREFOX =
  process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path)) ?? '/usr/bin/firefox-esr';
/** wxt.config.ts: browser_specific_settings.gecko.id. */
export const GECKO_ID = 'souffleur@souffleur.dev';
/**
 * Firefox gives each install a random moz-extension:// host; this pref pins it, so the tests can open
 * the options page by its address (there is no background page handle over BiDi to ask).
 */
const EXTENSION_UUID = '5e0f1e00-50f1-4e00-8000-000000000001';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export function pacScript(port: number): string {
  return `function FindProxyForURL(url, host) {
  if (shExpMatch(host, "*.zendesk.com") || shExpMatch(host, "*.freshdesk.com")) return "PROXY 127.0.0.1:${port}";
  return "DIRECT";
}`;
}

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  fixturePort: number;
  headless?: boolean;
  /**
   * The admin's policy, as a managed storage manifest (the `data` of
   * ~/.mozilla/managed-storage/<gecko id>.json). Firefox runs with HOME in a temporary directory, so
   * the tester's own home is never read or written.
   */
  managedPolicy?: Record<string, unknown>;
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first`);
  }
  const home = await mkdtemp(join(tmpdir(), 'souffleur-firefox-'));
  if (options.managedPolicy) await writeManagedStorageManifest(home, options.managedPolicy);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    // Firefox 153 lets WebDriver navigate only to http(s), file and blob: unless system access is allowed;
    // the options page is a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    // The Chromium suite's window size: the helpdesk layout and the sidebar side by side.
    defaultViewport: { width: 1440, height: 900 },
    env: { ...process.env, HOME: home },
    extraPrefsFirefox: {
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': `data:text/plain;base64,${Buffer.from(pacScript(options.fixturePort)).toString('base64')}`,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    async close() {
      await browser.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

async function writeManagedStorageManifest(home: string, data: Record<string, unknown>): Promise<void> {
  // The format of a managed storage manifest (MDN, "Native manifests"): name = the add-on id, type "storage".
  const manifest = JSON.stringify({ name: GECKO_ID, description: 'Souffleur team policy (test)', type: 'storage', data });
  const dir = join(home, '.mozilla', 'managed-storage');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${GECKO_ID}.json`), manifest);
}

/**
 * Opens one of the extension's own pages. BiDi's navigate does not report a load for moz-extension://
 * pages (its wait never ends), so the navigation is started without waiting and the page's own
 * readiness is polled instead.
 */
export async function openFirefoxExtensionPage(browser: Browser, name: 'options' | 'dashboard'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${FIREFOX_EXTENSION_ORIGIN}/${name}.html`, { timeout: 1_000 }).catch(() => undefined);
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: 10_000 });
  return page;
}
