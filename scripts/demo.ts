// `npm run demo [--browser chromium|firefox] [--headless] [--no-build]`: builds the extension, serves the
// sample helpdesk pages on loopback under their real host names, and opens Chromium or Firefox (whichever
// is installed, Chromium first) with Souffleur on a sample ticket. Without a display it runs headless,
// writes screenshots and prints their paths. With no browser installed it says in one line what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHROMIUM } from '../tests/support/chromium.ts';
import { FIREFOX } from '../tests/support/firefox.ts';
import { startFixtureServer } from '../tests/support/fixture-server.ts';
import { launchDemoBrowser } from './demo/browsers.ts';
import { chooseBrowser } from './demo/choose-browser.ts';

const SAMPLES = [
  { name: 'zendesk', url: 'http://acme.zendesk.com/agent/tickets/1' },
  { name: 'zendesk-arabic', url: 'http://acme.zendesk.com/agent/tickets/4' },
  { name: 'freshdesk', url: 'http://acme.freshdesk.com/a/tickets/101' },
];
const args = process.argv.slice(2);
const headless = !process.env.DISPLAY || args.includes('--headless');

const choice = chooseBrowser(args, (browser) => existsSync(browser === 'chromium' ? CHROMIUM : FIREFOX));
if (!choice.ok) {
  process.stderr.write(`${choice.message}\n`);
  process.exit(1);
}

if (!args.includes('--no-build')) {
  process.stderr.write(`Building the extension for ${choice.browser}…\n`);
  execFileSync('npx', ['wxt', 'build', ...(choice.browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const server = await startFixtureServer();
const browser = await launchDemoBrowser(choice.browser, server.port, headless);

// A small sample knowledge base (docs/sample-kb.jsonl, written for the demo), imported the way the
// options page does, so the sidebar has snippets to show.
const articles = (await readFile('docs/sample-kb.jsonl', 'utf8'))
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as unknown);
await browser.askFromOptions({ kind: 'knowledge-import', articles, source: 'demo' });

if (headless) {
  const outDir = resolve('.demo');
  await mkdir(outDir, { recursive: true });
  for (const sample of SAMPLES) {
    const path = resolve(outDir, `${choice.browser === 'firefox' ? 'firefox-' : ''}${sample.name}.png`);
    await browser.screenshot(sample.url, path);
    process.stdout.write(`${path}\n`);
  }
  await browser.close();
  await server.close();
} else {
  await browser.show(SAMPLES[0]!.url, () => void server.close());
  process.stderr.write(
    `Souffleur is running in ${choice.browser} on ${SAMPLES.map((s) => s.url).join(', ')}. Close the browser to stop.\n`,
  );
}
