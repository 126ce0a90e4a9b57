// The adversarial corpus (tests/fixtures/injection/adversarial.jsonl: zero-width and tag characters,
// invisible spaces, fullwidth and homoglyph text, bidi overrides, Base64, forged delimiters, fence
// declarations and placeholders, in six languages) placed in every ticket-derived field: forged text
// stays inside its data section, no invisible character reaches the provider (checked on what the
// loopback server received), and a forged placeholder restores nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUE, SETTINGS, SNIPPETS, ticket } from '../../tests/server/fixtures';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import { suggestDrafts } from '../drafts/pipeline';
import { buildRequest } from '../drafts/prompt';
import { declaredFence, unmark } from '../drafts/spotlight';
import { restore } from '../privacy/vault';
import type { Ticket } from '../ticket/schema';
import { hasInvisible, normalizeOutbound } from './normalize';

interface Attack {
  id: string;
  lang: string;
  technique: string;
  text: string;
}
const CORPUS: Attack[] = readFileSync(join(__dirname, '../../tests/fixtures/injection/adversarial.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Attack);

/** The attack in the subject, a tag, the author's name and the message, as a page could deliver it. */
function attacked(text: string): Ticket {
  const t = ticket([`Hello, my order has not arrived. ${text}`], { subject: text.slice(0, 200), tags: ['vip', text.slice(0, 40)] });
  t.messages[0]!.author.name = text.slice(0, 60);
  return t;
}

/** The request's user message with every fenced section cut out, plus the system messages. */
function outsideFences(messages: { content: string }[]): string {
  const user = messages.at(-1)!.content;
  const { open, close } = declaredFence(user)!;
  let outside = user.slice(user.indexOf(close) + close.length); // after the declaration
  for (;;) {
    const start = outside.indexOf(open);
    if (start < 0) break;
    const end = outside.indexOf(close, start);
    expect(end, 'every section is closed by our fence').toBeGreaterThan(start);
    outside = outside.slice(0, start) + outside.slice(end + close.length);
  }
  return `${messages
    .slice(0, -1)
    .map((m) => m.content)
    .join('\n')}\n${outside}`;
}

const words = (text: string) =>
  new Set(
    unmark(normalizeOutbound(text))
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 5),
  );
const BASELINE = words(
  outsideFences(
    buildRequest({ ticket: attacked('plain words'), snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' }).messages,
  ),
);

describe('adversarial corpus', () => {
  it('covers at least four languages and every technique the issue names', () => {
    expect(new Set(CORPUS.map((a) => a.lang)).size).toBeGreaterThanOrEqual(4);
    for (const technique of ['zero-width', 'homoglyph', 'fullwidth', 'base64', 'bidi', 'tag-characters', 'forged-delimiter']) {
      expect(
        CORPUS.some((a) => a.technique === technique),
        technique,
      ).toBe(true);
    }
  });

  it.each(CORPUS.map((a) => [a.id, a] as const))('%s stays inside its data section, with nothing invisible', (_id, attack) => {
    const request = buildRequest({ ticket: attacked(attack.text), snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' });
    const user = request.messages.at(-1)!.content;
    const { open, close } = declaredFence(user)!;
    // Declaration, snippets, ticket: three sections' worth of fences, no more.
    expect(user.split(open)).toHaveLength(4);
    expect(user.split(close)).toHaveLength(4);
    // No other run of angle brackets survives anywhere: nothing can pose as a fence.
    expect(user.replaceAll(open, '').replaceAll(close, '')).not.toMatch(/<<<|>>>|＜＜|＞＞/);
    for (const message of request.messages) expect(hasInvisible(message.content), message.content.slice(0, 80)).toBe(false);
    // The attack's words appear inside the fences only.
    const outside = words(outsideFences(request.messages));
    const leaked = [...words(attack.text)].filter((w) => outside.has(w) && !BASELINE.has(w));
    expect(leaked).toEqual([]);
  });

  it('a placeholder the customer typed restores nothing', () => {
    const forged = CORPUS.find((a) => a.id === 'forged-placeholder')!;
    const t = ticket([`${forged.text}. Call me on 0171 2345678 or mail anna.schmidt@example.de`]);
    const request = buildRequest({ ticket: t, snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' });
    const user = request.messages.at(-1)!.content;
    expect(user).not.toMatch(/\[EMAIL_1\]|\[NAME_2\]|⟦PHONE 3⟧/);
    // A model echoing what the customer typed gets it back as typed, never as someone's data.
    const echoed = restore(unmark('[EMAIL-1] [NAME-2] [PHONE-3]'), request.redactionVault);
    expect(echoed).toBe('[EMAIL-1] [NAME-2] [PHONE-3]');
    expect(restore('⟦EMAIL_1⟧', request.redactionVault)).toBe('anna.schmidt@example.de');
  });
});

describe('adversarial corpus, over the wire', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => void (server = await startOpenAiTestServer()));
  afterAll(() => server.close());

  it('no invisible character of any attack reaches the provider', async () => {
    const text = CORPUS.map((a) => a.text).join('\n');
    await suggestDrafts(
      { ticket: attacked(text), snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' },
      { kind: 'compatible', baseUrl: server.url, model: TEST_MODELS[0]! },
    );
    const chats = server.requests.filter((r) => r.path.endsWith('/chat/completions'));
    expect(chats.length).toBeGreaterThan(0);
    for (const chat of chats) {
      const raw = JSON.stringify(chat.body);
      expect(hasInvisible(JSON.parse(raw) === null ? '' : chat.body!.messages!.map((m) => String(m.content)).join('\n'))).toBe(false);
      expect(raw).not.toMatch(/\\u200[b-f]|\\u202[a-e]|\\u206[0-9]|\\udb40/i);
    }
  });
});
