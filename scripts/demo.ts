// `npm run demo`: builds the extension, serves the sample helpdesk pages on loopback under their
// real host names, and opens Chromium with Souffleur on a sample ticket. Without a display it runs
// headless, writes screenshots and prints their paths.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, openExtensionPage } from '../tests/support/chromium.ts';
import { startFixtureServer } from '../tests/support/fixture-server.ts';

const SAMPLES = [
  { name: 'zendesk', url: 'http://acme.zendesk.com/agent/tickets/1' },
  { name: 'zendesk-arabic', url: 'http://acme.zendesk.com/agent/tickets/4' },
  { name: 'freshdesk', url: 'http://acme.freshdesk.com/a/tickets/101' },
];
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

if (!process.argv.includes('--no-build')) {
  process.stderr.write('Building the extension…\n');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const server = await startFixtureServer();
const browser = await launchWithExtension({ fixturePort: server.port, headless });

// A small sample knowledge base (docs/sample-kb.jsonl, written for the demo), imported the way the
// options page does, so the sidebar has snippets to show.
const articles = (await readFile('docs/sample-kb.jsonl', 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as unknown);
const options = await openExtensionPage(browser, 'options');
await options.evaluate(
  (items) =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      kind: 'knowledge-import',
      articles: items,
      source: 'demo',
    }),
  articles,
);
await options.close();

if (headless) {
  const outDir = resolve('.demo');
  await mkdir(outDir, { recursive: true });
  for (const sample of SAMPLES) {
    const page = await browser.context.newPage();
    await page.goto(sample.url);
    await page.waitForFunction(() => document.querySelector('souffleur-sidebar')?.hasAttribute('data-souffleur-cue-shown'), null, { timeout: 20_000 });
    const path = resolve(outDir, `${sample.name}.png`);
    await page.screenshot({ path });
    process.stdout.write(`${path}\n`);
    await page.close();
  }
  await browser.close();
  await server.close();
} else {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(SAMPLES[0]!.url);
  process.stderr.write(`Souffleur is running on ${SAMPLES.map((s) => s.url).join(', ')}. Close the browser to stop.\n`);
  browser.context.on('close', () => void server.close());
}
