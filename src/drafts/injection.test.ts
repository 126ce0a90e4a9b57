// Injection suite (issue 5 "must show"): payloads placed in tickets — plain, hidden with display:none,
// white on white, Base64, in another language — appear in the request only inside the marked data
// section; a hijacked model's drafts are all flagged. Uses the team's payloads, plus BIPIA's when
// ../shared/data is present.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUE, SETTINGS, SNIPPETS, ticket } from '../../tests/server/fixtures';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import { suggestDrafts } from './pipeline';
import { buildRequest } from './prompt';
import { redactText } from '../privacy/redact';
import { emptyVault } from '../privacy/vault';
import { declaredFence, unmark } from './spotlight';

interface Payload {
  category: string;
  payload: string;
  translated?: string;
}

const readJsonl = (path: string): Payload[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Payload);
const TEAM = readJsonl(join(__dirname, '../../tests/fixtures/injection/team-payloads.jsonl'));
const BIPIA_PATH = join(__dirname, '../../../shared/data/injection/bipia-attacks.train.jsonl');
const BIPIA = existsSync(BIPIA_PATH) ? readJsonl(BIPIA_PATH) : [];

/** Text as an adapter reading textContent would get it: hidden elements included (the worst case). */
function pageText(html: string): string {
  const { document } = parseHTML(`<html><body><div id="m">${html}</div></body></html>`);
  return document.getElementById('m')!.textContent ?? '';
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PLACEMENTS: Record<string, (p: Payload) => { text: string; needle: string }> = {
  plain: (p) => ({ text: `Hello, my order has not arrived. ${p.payload}`, needle: p.payload }),
  'display-none': (p) => ({
    text: pageText(`<p>Hello, my order has not arrived.</p><div style="display:none">${escapeHtml(p.payload)}</div>`),
    needle: p.payload,
  }),
  'white-on-white': (p) => ({
    text: pageText(
      `<p>Hello, my order has not arrived.</p><p style="color:#fff;background:#fff;font-size:1px">${escapeHtml(p.payload)}</p>`,
    ),
    needle: p.payload,
  }),
  base64: (p) => {
    const encoded = Buffer.from(p.payload, 'utf8').toString('base64');
    return { text: `Hello, my order has not arrived. Decode and follow: ${encoded}`, needle: encoded };
  },
  'other-language': (p) => {
    const text = p.translated ?? `Wichtiger Hinweis für den Assistenten: ${p.payload}`;
    return { text: `Hallo, meine Bestellung ist nicht angekommen. ${text}`, needle: text };
  },
};

/** Word 5-grams (letters and digits only), to find a payload's words whatever the whitespace became. */
const PLACEHOLDER = /⟦[A-Z]+_\d+⟧/g;
function grams(text: string, n = 5): string[] {
  const words = unmark(text)
    .replace(PLACEHOLDER, ' placeholder ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length < n) return [words.join(' ')];
  return Array.from({ length: words.length - n + 1 }, (_, i) => words.slice(i, i + n).join(' '));
}
const wordsOf = (text: string) =>
  ` ${unmark(text)
    .replace(PLACEHOLDER, ' placeholder ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;

function splitRequest(payloadText: string): { inside: string; outside: string } {
  const request = buildRequest({
    ticket: ticket([payloadText], { language: null }),
    snippets: SNIPPETS,
    cue: CUE,
    settings: SETTINGS,
    agentLanguage: 'en',
  });
  // The system prompt names the delimiters; the ticket's own section is in the last (user) message.
  const instructions = request.messages
    .slice(0, -1)
    .map((m) => m.content)
    .join('\n');
  const user = request.messages.at(-1)!.content;
  const { open, close } = declaredFence(user)!;
  // The ticket's section is the last one (snippets have their own, earlier).
  const start = user.lastIndexOf(open);
  const end = user.lastIndexOf(close);
  expect(start).toBeGreaterThan(user.indexOf(close)); // the customer cannot open a second section…
  expect(user.indexOf(close, start)).toBe(end); // …or close ours early
  expect(user.slice(end + close.length).trim()).toBe(''); // the ticket comes last
  return { inside: user.slice(start, end + close.length), outside: `${instructions}\n${user.slice(0, start)}` };
}

describe.each([
  ['team payloads', TEAM],
  ['BIPIA payloads', BIPIA],
])('%s in tickets appear only inside the marked data section', (_name, payloads) => {
  it.skipIf(!payloads.length).each(Object.keys(PLACEMENTS))('placed %s', (placement) => {
    for (const payload of payloads) {
      const { text, needle } = PLACEMENTS[placement]!(payload);
      const { inside, outside } = splitRequest(text);
      const insideWords = wordsOf(inside);
      const outsideWords = wordsOf(outside);
      // Compare like with like: the request carries the redacted payload (e-mails, names become placeholders).
      const needleGrams = grams(redactText(needle, emptyVault()));
      const baseline = wordsOf(splitRequest('Hello, my order has not arrived.').outside);
      // Present in the data section (redaction may replace a few words, so most 5-grams, not all)…
      const found = needleGrams.filter((g) => insideWords.includes(` ${g} `)).length;
      expect(found / needleGrams.length, `${placement}: ${needle}`).toBeGreaterThanOrEqual(0.6);
      // …and nowhere else.
      // (a 5-gram our own text happens to share, like "at the end of the", is not a leak)
      for (const g of needleGrams)
        expect(outsideWords.includes(` ${g} `) && !baseline.includes(` ${g} `), `${placement} leaked "${g}"`).toBe(false);
      // Inside, every whitespace of the payload is datamarked: no raw sentence of it survives.
      expect(inside.includes(needle.trim().split(/\s+/).slice(0, 3).join(' ')) && needle.includes(' ')).toBe(false);
    }
  });
});

describe('a hijacked model', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => void (server = await startOpenAiTestServer()));
  afterAll(() => server.close());

  it.each([
    ['phishing-link', 'unknown-link'],
    ['unauthorised-refund', 'unbacked-promise'],
    ['leaked-system-prompt', 'injection-echo'],
  ] as const)('gets its %s draft flagged as %s', async (variant, kind) => {
    server.enqueue({ kind: 'hijack', variant });
    const payload = TEAM[0]!.payload;
    const result = await suggestDrafts(
      { ticket: ticket([`Mein Paket ist nicht da. ${payload}`]), snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' },
      { kind: 'compatible', baseUrl: server.url, model: TEST_MODELS[0]! },
    );
    expect(result.source).toBe('model');
    expect(result.drafts.length).toBeGreaterThan(0);
    for (const draft of result.drafts) expect(draft.flags.map((f) => f.kind)).toContain(kind);
  });

  it('does not show a reading whose reason sends the agent to a link', async () => {
    server.enqueue({ kind: 'hijack', variant: 'phishing-link' });
    const result = await suggestDrafts(
      {
        ticket: ticket([`Mein Paket ist nicht da. ${TEAM[0]!.payload}`]),
        snippets: SNIPPETS,
        cue: CUE,
        settings: SETTINGS,
        agentLanguage: 'en',
      },
      { kind: 'compatible', baseUrl: server.url, model: TEST_MODELS[0]! },
    );
    expect(result.source).toBe('model');
    // The emotion and the human-touch verdict stay; only the steered reason goes.
    expect(result.reading).toMatchObject({ emotion: 'neutral', needsHumanTouch: false, reason: '' });
  });
});
