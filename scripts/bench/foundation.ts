// Issue 2's figures: the content script's size, reading a 60-message ticket, and page load to the
// subject shown (plus, for issue 3, ticket read to cue shown), measured in Chromium.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { pageScriptGzipBytes } from '../build/cached-content-scripts.ts';
import { EXTENSION_DIR, launchWithExtension, launchWithoutExtension } from '../../tests/support/chromium.ts';
import { startFixtureServer } from '../../tests/support/fixture-server.ts';
import { median, report } from './report.ts';

const AREA = 'foundation';
const READ_RUNS = 50;
const LOAD_RUNS = 12;
const LONG_MESSAGE_PARAGRAPHS = 4000;

// One content script per helpdesk since issue 15. Before: one script for both, 49 KB gzip at the start of
// the session, 55.7 KB on main just before the split (customer context, thread summary, admin policy and
// Polish my reply had joined it; npm run bench:foundation, 2026-12-04).
const BEFORE_SPLIT_KB = 55.7;
// The built scripts are named after the helpdesk (HelpdeskDescriptor.contentScript); the bridge is not one, nor
// is a code-cached build's module (scripts/build/cached-content-scripts.ts), counted with its loader: what a page loads.
const helpdeskScripts = readdirSync(`${EXTENSION_DIR}/content-scripts`).filter(
  (file) => file.endsWith('.js') && file !== 'editor-bridge.js' && !file.endsWith('-module.js'),
);
for (const file of helpdeskScripts) {
  const name = file.replace('.js', '');
  const kb = pageScriptGzipBytes(EXTENSION_DIR, name) / 1024;
  report(AREA, `${name} content script size (one script for both before: ${BEFORE_SPLIT_KB} KB)`, kb, 'KB gzip', 35);
}

const server = await startFixtureServer({ pageOverrides: { zendesk: { '/agent/tickets/3': 'long-thread-expanded.html' } } });

// Reading: the adapters bundled as they ship, run in the page on a fully rendered 60-message thread.
const bundle = await build({
  stdin: {
    contents:
      "import { ADAPTERS } from './src/helpdesks/registry'; import { elementText } from './src/ticket/text'; globalThis.__adapters = ADAPTERS; globalThis.__elementText = elementText;",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  alias: { 'wxt/browser': './node_modules/wxt/dist/browser.mjs' },
});
const plain = await launchWithoutExtension({ fixturePort: server.port });
for (const [helpdesk, url] of [
  ['zendesk', 'http://acme.zendesk.com/agent/tickets/3'],
  ['freshdesk', 'http://acme.freshdesk.com/a/tickets/130'],
] as const) {
  const page = await plain.context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const { times, messages } = await page.evaluate(
    ({ helpdesk, runs }) => {
      const adapter = (
        globalThis as unknown as { __adapters: Record<string, { readFromDom(d: Document, u: URL): { messages: unknown[] } }> }
      ).__adapters[helpdesk]!;
      const times: number[] = [];
      let messages = 0;
      for (let i = 0; i < runs + 5; i++) {
        const start = performance.now();
        messages = adapter.readFromDom(document, new URL(location.href)).messages.length;
        if (i >= 5) times.push(performance.now() - start);
      }
      return { times, messages };
    },
    { helpdesk, runs: READ_RUNS },
  );
  report(AREA, `read a ${messages}-message ${helpdesk} ticket (median of ${READ_RUNS})`, median(times), 'ms', 5);
  await page.close();
}
// One very long message: the text builder once tested the whole text at every line break (the square
// of the length: seconds for this message in linkedom). Linear, it reads in a few milliseconds.
{
  const page = await plain.context.newPage();
  await page.goto('http://acme.zendesk.com/agent/tickets/3');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const times = await page.evaluate(
    ({ paragraphs, runs }) => {
      const read = (globalThis as unknown as { __elementText(e: Element): string }).__elementText;
      const root = document.createElement('div');
      for (let i = 0; i < paragraphs; i++) {
        const p = root.appendChild(document.createElement('p'));
        p.append("A line of the customer's message", document.createElement('br'), 'and its second line');
      }
      document.body.append(root);
      const times: number[] = [];
      for (let i = 0; i < runs + 2; i++) {
        const start = performance.now();
        read(root);
        if (i >= 2) times.push(performance.now() - start);
      }
      root.remove();
      return times;
    },
    { paragraphs: LONG_MESSAGE_PARAGRAPHS, runs: 9 },
  );
  report(AREA, `read one message of ${LONG_MESSAGE_PARAGRAPHS} paragraphs with line breaks (median of 9)`, median(times), 'ms', 100);
  await page.close();
}
await plain.close();

// Page load → subject shown, and ticket shown → cue shown, with the built extension.
const browser = await launchWithExtension({ fixturePort: server.port });
for (const [helpdesk, url] of [
  ['zendesk', 'http://acme.zendesk.com/agent/tickets/1'],
  ['freshdesk', 'http://acme.freshdesk.com/a/tickets/101'],
] as const) {
  const shownAt: number[] = [];
  const cueAfter: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const page = await browser.context.newPage();
    await page.goto(url);
    const host = page.locator('souffleur-sidebar');
    await page.locator('souffleur-sidebar [data-testid="cue"]').waitFor();
    await page.waitForFunction(() => document.querySelector('souffleur-sidebar')?.hasAttribute('data-souffleur-cue-shown'));
    const shown = Number(await host.getAttribute('data-souffleur-ticket-shown'));
    // "Page load" is the helpdesk page's DOMContentLoaded: before it there is no ticket to read, and
    // the time it takes is the helpdesk's own (the fixtures load the real editors, megabytes of code).
    const loaded = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    );
    const cue = Number(await host.getAttribute('data-souffleur-cue-shown'));
    if (i > 0) {
      shownAt.push(shown - loaded);
      cueAfter.push(cue - shown);
    }
    await page.close();
  }
  report(AREA, `${helpdesk} page loaded (DOMContentLoaded) to subject shown (median of ${LOAD_RUNS - 1})`, median(shownAt), 'ms', 150);
  report('cue', `${helpdesk} ticket read to cue shown (median of ${LOAD_RUNS - 1})`, median(cueAfter), 'ms', 100);
}
await browser.close();
await server.close();
