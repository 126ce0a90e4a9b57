// Issue 5's local overheads, end to end in Chromium with the built extension and the loopback
// OpenAI-compatible server as the configured provider:
// - ticket read → request sent: after a ticket switch, from the settled reading to the chat request
//   arriving at the server (the cue, the knowledge search, redaction, the prompt, the port hop and the
//   HTTP send all included). The drafts wait for the helpdesk's REST reading (nothing of the page's
//   provisional reading leaves), so the clock starts at the later of the sidebar showing the new
//   ticket and the fixture server's last REST answer; the REST round trip itself is the helpdesk's;
// - streamed token → shown: from the server writing a chunk to the sidebar's draft text changing
//   (the SDK's stream parsing, partial-JSON extraction, restore, the port, the 16 ms throttle, Preact).
// Both sides read the same machine clock (Date.now()); chunks are spaced far apart so each change
// belongs to the chunk just written.
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage } from '../../tests/support/chromium.ts';
import { configureProvider } from '../../tests/support/drafts.ts';
import { startFixtureServer } from '../../tests/support/fixture-server.ts';
import { startOpenAiTestServer } from '../../tests/server/openai-server.ts';
import { median, report } from './report.ts';

// Ticket switches on pages that finished loading: at page load the helpdesk's own scripts (the
// fixtures run the real editors) hold the main thread, which is the helpdesk's time, not ours.
const SWITCHES = [
  { url: 'http://acme.zendesk.com/agent/tickets/1', click: '[data-test-id="header-tab"][data-entity-id="2"]' },
  { url: 'http://acme.freshdesk.com/a/tickets/101', click: 'a[href="/a/tickets/102"]' },
];
const RUNS = 10;
const CHUNK_GAP_MS = 150;

const server = await startFixtureServer();
const model = await startOpenAiTestServer();
model.setDefault({ kind: 'draft', chunkChars: 16, chunkDelayMs: CHUNK_GAP_MS });
const browser = await launchWithExtension({ fixturePort: server.port });
const options = await openExtensionPage(browser, 'options');
await configureProvider(options, model.url, true);
/** Drafts are cached per conversation state and model: a model name per run makes every request real. */
const useModel = (name: string) =>
  options.evaluate(
    ([url, name]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        kind: 'provider-save',
        config: { kind: 'compatible', model: name, baseUrl: url },
      }),
    [model.url, name] as const,
  );

// Every page logs when the first draft's text changes, from the moment the sidebar exists.
await browser.context.addInitScript(() => {
  const changes: number[] = [];
  Object.assign(window, { __draftChanges: changes });
  const attach = () => {
    const root = document.querySelector('souffleur-sidebar')?.shadowRoot;
    if (!root) return void requestAnimationFrame(attach);
    let last = '';
    new MutationObserver(() => {
      const text = root.querySelector('[data-testid="draft"] .sf-draft-text')?.textContent ?? '';
      if (text === last) return;
      last = text;
      changes.push(Date.now());
    }).observe(root, { subtree: true, childList: true, characterData: true });
  };
  attach();
});

const toRequest: number[] = [];
const toShown: number[] = [];
const draftsDone = (page: Page) =>
  page.waitForFunction(
    () => {
      const drafts = document.querySelector('souffleur-sidebar')?.shadowRoot?.querySelectorAll('[data-testid="draft"]');
      return !!drafts?.length && [...drafts].every((d) => d.getAttribute('aria-busy') !== 'true');
    },
    null,
    { timeout: 30_000 },
  );

for (let run = 0; run <= RUNS; run++) {
  const { url, click } = SWITCHES[run % SWITCHES.length]!;
  await useModel(`bench-model-${run}`);
  const page = await browser.context.newPage();
  await page.goto(url);
  await draftsDone(page);
  await page.waitForTimeout(1000); // the page settles
  const before = model.requests.length;
  const apiBefore = server.apiAnsweredAt.length;
  const oldMark = await page.evaluate(() => document.querySelector('souffleur-sidebar')!.getAttribute('data-souffleur-ticket-shown'));
  await page.click(click);
  await page.waitForFunction(
    (old) => document.querySelector('souffleur-sidebar')!.getAttribute('data-souffleur-ticket-shown') !== old,
    oldMark,
  );
  for (let waited = 0; !model.requests.slice(before).some((r) => r.path.endsWith('/chat/completions')); waited += 20) {
    if (waited > 20_000) throw new Error(`${url}: no request reached the model server after the switch`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await page.waitForTimeout(300); // the new drafts start streaming
  await draftsDone(page);
  const shownAt = await page.evaluate(
    () => performance.timeOrigin + Number(document.querySelector('souffleur-sidebar')!.getAttribute('data-souffleur-ticket-shown')),
  );
  const changes = await page.evaluate(() => (window as unknown as { __draftChanges: number[] }).__draftChanges);
  const chat = model.requests.slice(before).find((r) => r.path.endsWith('/chat/completions'))!;
  if (run >= SWITCHES.length) {
    const restAnswered = Math.max(0, ...server.apiAnsweredAt.slice(apiBefore).filter((at) => at <= chat.receivedAt));
    toRequest.push(chat.receivedAt - Math.max(shownAt, restAnswered));
    chat.chunksSentAt.forEach((sent, i) => {
      const next = chat.chunksSentAt[i + 1] ?? Infinity;
      const shown = changes.find((t) => t >= sent && t < next);
      if (shown !== undefined) toShown.push(shown - sent); // chunks of JSON structure change no text
    });
  }
  await page.close();
}
report('drafts', `ticket read to request sent, in Chromium (median of ${toRequest.length} switches)`, median(toRequest), 'ms', 20);
report('drafts', `streamed chunk to shown in the sidebar, in Chromium (median of ${toShown.length} chunks)`, median(toShown), 'ms', 30);

await browser.close();
await model.close();
await server.close();
