// Nothing internal leaves the browser (issue 10): with a provider and an embedding model configured, open
// tickets of both helpdesks that hold internal notes (Freshdesk marked the way live Freshdesk marks them,
// Zendesk notes typed only by their bubble or not tagged at all), notes by authors whose role the page
// does not show, and personal data. Only the settled reading is sent (the REST reading, or the page's when
// the API fails), never the page's provisional one; the loopback
// server's log of every request (chat and embeddings) must hold none of the note text, whole or in
// fragments, and none of the customer's personal data; "What was sent" lists the embedding request.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OpenAiTestServer } from '../server/openai-server';
import { openExtensionPage } from '../support/chromium.ts';
import { sidebar, sidebarRoot, startSession, type Session } from '../support/session.ts';

let session: Session;
let model: OpenAiTestServer;

const ARTICLES = [
  {
    id: 'refunds',
    title: 'Refunds for returns',
    body: 'Refunds for returned orders are paid within 14 days of the return arriving at our warehouse.',
    language: 'en',
  },
  {
    id: 'cancel',
    title: 'Cancel a subscription',
    body: 'Subscriptions can be cancelled any time before the renewal date in Account settings.',
    language: 'en',
  },
  {
    id: 'jug',
    title: 'Replacement parts',
    body: 'Broken blender jugs are replaced free of charge within the warranty period.',
    language: 'en',
  },
];

/** Notes and kept-back messages in the fixtures: none of their words may leave. */
const KEPT_IN: Record<string, string[]> = {
  'http://acme.zendesk.com/agent/tickets/5': [
    'Retention offer approved by Lisa: 3 months at 50% (code KEEP50). Offer it once, then cancel.',
    'Account 77120 was flagged for chargeback abuse in 2025; do not refund the last period.',
  ],
  'http://acme.freshdesk.com/a/tickets/101': [
    'Carrier claim opened with DHL (ref CLM-77120). Replacement jugs are in stock in Leeds.',
    'Replacement jug shipped with express delivery, tracking DHL 00340434161234567890.',
  ],
  'http://acme.freshdesk.com/a/tickets/125': [
    'Return 60117 was flagged by the warehouse: box weight 2 kg under the shipped weight. Hold the refund until fraud review FR-5521 closes.',
    'Parcel JJD0099 delivered to the warehouse on 4 Nov, signed by K. Brandt.',
    'Customer is on the watch list (chargeback 2025). Approve nothing above 50 EUR without a supervisor.',
  ],
};
/** The customers' personal data on those pages: it leaves only as placeholders. */
const PERSONAL = ['Noor', 'Jane Doe', 'jane.doe@', 'Mia '];

async function send(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
}

/** Word 4-grams, lower-cased, marks and punctuation dropped: a note's fragments, whatever the spacing became. */
function grams(text: string, n = 4): string[] {
  const words = text
    .toLowerCase()
    .replaceAll('ˆ', ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return Array.from({ length: Math.max(1, words.length - n + 1) }, (_, i) => words.slice(i, i + n).join(' '));
}

beforeAll(async () => {
  session = await startSession({ withModel: true });
  model = session.model!;
  const options = await openExtensionPage(session.browser, 'options');
  expect(await send(options, { kind: 'knowledge-import', articles: ARTICLES })).toMatchObject({ ok: true });
  const provider = { kind: 'compatible', model: 'souffleur-test-mini', baseUrl: model.url, embeddingModel: 'souffleur-embed' };
  expect(await send(options, { kind: 'provider-save', config: provider, apiKey: 'sk-test-1234' })).toMatchObject({ ok: true });
  expect(await send(options, { kind: 'knowledge-embed' })).toMatchObject({ ok: true });
  for (let waited = 0; ; waited += 100) {
    const status = (await send(options, { kind: 'knowledge-embed-status' })) as { data: { stored: number } };
    if (status.data.stored === ARTICLES.length) break;
    if (waited > 10_000) throw new Error('the knowledge base was not embedded');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await options.close();
});
afterAll(async () => {
  await session?.close();
});

describe('what leaves the browser', () => {
  it.each(Object.keys(KEPT_IN))('%s: no internal note, no unproven message, no personal data', async (url) => {
    model.requests.length = 0;
    const page = await session.open(url);
    // The drafts come from the model (so a chat request went out) and the knowledge query was embedded.
    await expect.poll(() => sidebar(page, 'draft').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => model.requests.filter((r) => r.path.endsWith('/embeddings')).length).toBeGreaterThan(0);
    // Give the REST reading time to arrive and, if it changed the conversation state, to be sent too.
    await page.waitForTimeout(1500);
    const chats = model.requests.filter((r) => r.path.endsWith('/chat/completions'));
    expect(chats.length).toBeGreaterThan(0);
    const log = model.requests.map((r) => JSON.stringify(r.body)).join('\n');
    const logGrams = new Set(
      grams(JSON.parse(`[${model.requests.map((r) => JSON.stringify(JSON.stringify(r.body))).join(',')}]`).join(' ')),
    );
    for (const note of KEPT_IN[url]!) {
      expect(log).not.toContain(note);
      const leaked = grams(note).filter((g) => logGrams.has(g));
      expect(leaked, `fragments of "${note}"`).toEqual([]);
    }
    for (const value of PERSONAL) expect(log).not.toContain(value);
    // "What was sent" lists the embedding request beside the chat request.
    await sidebar(page, 'what-was-sent').locator('summary').click();
    await expect.poll(() => sidebarRoot(page).locator('[data-testid="sent-request"][data-kind="embedding"]').count()).toBeGreaterThan(0);
    await expect.poll(() => sidebarRoot(page).locator('[data-testid="sent-request"][data-kind="chat"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a reply the page drew as public and the REST API calls a note never leaves, however late the REST reading comes', async () => {
    const comments = '/api/v2/tickets/1/comments.json?include=users';
    session.server.serveApi(comments, 'api/ticket-1-comments-reply-as-note.json');
    session.server.setApiDelay(800);
    model.requests.length = 0;
    try {
      const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
      // The page's reading shows its cue at once; nothing has gone to the provider while the REST reading is on its way.
      await sidebar(page, 'cue').waitFor();
      expect(model.requests).toEqual([]);
      await expect.poll(() => sidebar(page, 'draft').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const log = model.requests.map((r) => JSON.stringify(r.body)).join('\n');
      expect(model.requests.some((r) => r.path.endsWith('/chat/completions'))).toBe(true);
      expect(log).not.toContain('asked our billing team');
      await page.close();
    } finally {
      session.server.serveApi(comments, null);
      session.server.setApiDelay(0);
    }
  });

  it('text an e-mail hides from the agent does not leave by the REST reading, whose plain body keeps it', async () => {
    const comments = '/api/v2/tickets/1/comments.json?include=users';
    session.server.serveApi(comments, 'api/ticket-1-comments-hidden-order.json');
    model.requests.length = 0;
    try {
      const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
      await expect.poll(() => sidebar(page, 'draft').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      // The REST reading was used (it carries the whole thread), and the provider was asked.
      expect(session.server.apiRequests).toContain(comments);
      expect(model.requests.some((r) => r.path.endsWith('/chat/completions'))).toBe(true);
      const log = model.requests.map((r) => JSON.stringify(r.body)).join('\n');
      expect(log).toContain('third time');
      expect(log).not.toContain('full refund of 500');
      await page.close();
    } finally {
      session.server.serveApi(comments, null);
    }
  });

  // terser's unsafe_comps turned `!(Number(size) > 1)` into `1 >= Number(size)`, false for a size that is no
  // number: the built script read every option of such a drop-down, though the agent sees the selected one only.
  it('the page reading of the built script sends a drop-down’s selected option only, whatever its size says', async () => {
    session.server.setApiFailure(true);
    model.requests.length = 0;
    const page = await session.browser.context.newPage();
    try {
      await page.route('http://acme.freshdesk.com/a/tickets/101', async (route) => {
        const select = (size: string, hidden: string) =>
          ` <select size="${size}"><option selected>Colour sage.</option><option>${hidden}</option></select>`;
        const html = readFileSync(new URL('../fixtures/freshdesk/standard.html', import.meta.url), 'utf8').replace(
          '<div>Can you send a replacement jug quickly?</div>',
          `<div>Can you send a replacement jug quickly?${select('x', 'Kestrelwood')}${select('1e3', 'Marrowfinch')}</div>`,
        );
        await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      });
      await page.goto('http://acme.freshdesk.com/a/tickets/101');
      await expect.poll(() => sidebar(page, 'draft').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const log = model.requests.map((r) => JSON.stringify(r.body)).join('\n');
      expect(log).toContain('Colour sage.');
      expect(log).not.toMatch(/Kestrelwood|Marrowfinch/);
      await page.close();
    } finally {
      session.server.setApiFailure(false);
    }
  });

  /**
   * What the built (minified) script sends of the standard Freshdesk page with the REST reading off, its last customer
   * message replaced by `message` (a new conversation state, not the drafts of the tests above); `shown` is a visible
   * line of it, waited for in the request.
   */
  const sentFromPage = async (message: string, shown: string) => {
    session.server.setApiFailure(true);
    model.requests.length = 0;
    const page = await session.browser.context.newPage();
    try {
      await page.route('http://acme.freshdesk.com/a/tickets/101', async (route) => {
        const html = readFileSync(new URL('../fixtures/freshdesk/standard.html', import.meta.url), 'utf8').replace(
          "<div>Photos attached. This is the second time I'm writing and the party is in two days, please hurry.</div>",
          `<div>${message}</div>`,
        );
        await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      });
      await page.goto('http://acme.freshdesk.com/a/tickets/101');
      // Waits for this page's request itself (the ticket's earlier drafts can show before it is sent).
      const sent = () => model.requests.map((r) => JSON.stringify(r.body)).join('\n');
      await expect.poll(sent, { timeout: 15_000 }).toContain(shown);
      await page.waitForTimeout(500);
      await page.close();
      return sent();
    } finally {
      session.server.setApiFailure(false);
    }
  };

  // Round 11 (page11): hiding forms the page reading missed, checked in the built (minified) script, the REST reading off.
  it('the page reading of the built script sends none of the round-11 hiding forms, and keeps a look-alike that shows', async () => {
    const hidden = [
      '<span style="color: ivory">Quillfeather</span>',
      '<span style="display:inline-block; rotate: x 90deg">Brindlemoss</span>',
      '<span style="display:inline-block; scale: 1 0">Saltmarrow</span>',
      '<span style="clip-path: inset(0 0 100% 0)">Thornwhistle</span>',
      '<span style="display:block; margin-top:-9999px">Glimmerstone</span>',
      '<span style="display:inline-block; transform: rotateX(4.71rad)">Fennelquay</span>',
    ].join(' ');
    const log = await sentFromPage(
      `Photos attached, please hurry. ${hidden} <span style="display:inline-block; rotate: 90deg">Colour sage.</span>`,
      'Colour sage.',
    );
    expect(log).not.toMatch(/Quillfeather|Brindlemoss|Saltmarrow|Thornwhistle|Glimmerstone|Fennelquay/);
  });

  // Round 12 (page12): the forms the page reading now drops, and an emoji image it keeps.
  it('the page reading of the built script sends none of the round-12 hiding forms, and keeps an emoji image', async () => {
    const hidden = [
      '<span style="opacity:-1">Larkspindle</span>',
      '<span style="opacity:1e-3">Mossgrieve</span>',
      '<span style="opacity:0.5%">Cinderwhelk</span>',
      '<div style="margin-left:-200em">Brackenmoth</div>',
      '<img class="emoji" src="cid:e1" alt="Pebblewraith">',
      '<img data-emoji="Hollowquill" src="cid:e2">',
      // Review of round 12: digits in an image's alt are data, not an emoji; an opacity in other number forms.
      '<img src="cid:e4" alt="4111 1111 1111 1111">', // a card: also caught by the redaction before egress
      '<img src="cid:e5" alt="8274.6651">', // digits the redaction does not know
      '<span style="opacity:.5%">Gorsewhistle</span>',
      '<span style="opacity:00.05">Tidewrack</span>',
    ].join(' ');
    const log = await sentFromPage(
      `Photos attached, hurry please. ${hidden} Colour teal. <img class="emoji" src="cid:e3" alt="👍🏽">`,
      'Colour teal.',
    );
    expect(log).toContain('👍🏽');
    expect(log).not.toMatch(/Larkspindle|Mossgrieve|Cinderwhelk|Brackenmoth|Pebblewraith|Hollowquill|4111|8274|Gorsewhistle|Tidewrack/);
  });
});
