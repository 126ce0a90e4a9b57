// Issue 5's local overheads, end to end in Chromium with the built extension and the loopback
// OpenAI-compatible server as the configured provider:
// - ticket read → request sent: from the sidebar showing the ticket's first reading to the chat request
//   arriving at the server (the cue, the knowledge search, redaction, the prompt, the port hop and the
//   HTTP send all included);
// - streamed token → shown: from the server writing a chunk to the sidebar's draft text changing
//   (the SDK's stream parsing, partial-JSON extraction, restore, the port, the 16 ms throttle, Preact).
// Both sides read the same machine clock (Date.now()); chunks are spaced far apart so each change
// belongs to the chunk just written. Each run opens another fixture ticket: drafts are cached per
// conversation state, and a cached answer sends no request.
import { launchWithExtension } from '../../tests/support/chromium.ts';
import { configureProvider } from '../../tests/support/drafts.ts';
import { startFixtureServer } from '../../tests/support/fixture-server.ts';
import { startOpenAiTestServer } from '../../tests/server/openai-server.ts';
import { median, report } from './report.ts';

const TICKETS = [
  'http://acme.zendesk.com/agent/tickets/1', // warm-up, not counted
  'http://acme.zendesk.com/agent/tickets/2',
  'http://acme.zendesk.com/agent/tickets/3',
  'http://acme.zendesk.com/agent/tickets/4',
  'http://acme.zendesk.com/agent/tickets/6',
  'http://acme.zendesk.com/agent/tickets/7',
  'http://acme.freshdesk.com/a/tickets/101',
  'http://acme.freshdesk.com/a/tickets/102',
  'http://acme.freshdesk.com/a/tickets/123',
  'http://acme.freshdesk.com/a/tickets/124',
  'http://acme.freshdesk.com/a/tickets/130',
];
const RUNS = TICKETS.length - 1;
const CHUNK_GAP_MS = 150;

const server = await startFixtureServer();
const model = await startOpenAiTestServer();
model.setDefault({ kind: 'draft', chunkChars: 16, chunkDelayMs: CHUNK_GAP_MS });
const browser = await launchWithExtension({ fixturePort: server.port });
const options = await browser.context.newPage();
await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
await configureProvider(options, model.url, true);

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
for (const [run, url] of TICKETS.entries()) {
  const before = model.requests.length;
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => {
    const drafts = document.querySelector('souffleur-sidebar')?.shadowRoot?.querySelectorAll('[data-testid="draft"]');
    return !!drafts?.length && [...drafts].every((d) => d.getAttribute('aria-busy') !== 'true');
  }, null, { timeout: 30_000 });
  const shownAt = await page.evaluate(() => performance.timeOrigin + Number(document.querySelector('souffleur-sidebar')!.getAttribute('data-souffleur-ticket-shown')));
  const changes = await page.evaluate(() => (window as unknown as { __draftChanges: number[] }).__draftChanges);
  const chat = model.requests.slice(before).find((r) => r.path.endsWith('/chat/completions'));
  if (!chat) throw new Error(`${url}: no request reached the model server`);
  if (run > 0) {
    toRequest.push(chat.receivedAt - shownAt);
    chat.chunksSentAt.forEach((sent, i) => {
      const next = chat.chunksSentAt[i + 1] ?? Infinity;
      const shown = changes.find((t) => t >= sent && t < next);
      if (shown !== undefined) toShown.push(shown - sent); // chunks of JSON structure change no text
    });
  }
  await page.close();
}
report('drafts', `ticket read to request sent, in Chromium (median of ${RUNS})`, median(toRequest), 'ms', 20);
report('drafts', `streamed chunk to shown in the sidebar, in Chromium (median of ${toShown.length} chunks)`, median(toShown), 'ms', 30);

await browser.close();
await model.close();
await server.close();
