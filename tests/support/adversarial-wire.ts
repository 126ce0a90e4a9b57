// An adversarial ticket sent through the loopback OpenAI server with the draft a model that obeys it writes (rounds 13
// and 14, src/drafts/injection-r*.test.ts): what the provider received, checked to keep the ticket as data, and the
// drafts the sidebar shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { hasInvisible } from '../../src/egress/normalize';
import { isLang } from '../../src/language/languages';
import { suggestDrafts } from '../../src/drafts/pipeline';
import { DATA_MARK, declaredFence } from '../../src/drafts/spotlight';
import { CUE, SETTINGS, SNIPPETS, ticket } from '../server/fixtures';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../server/openai-server';

export interface Attack {
  id: string;
  lang: string;
  technique: string;
  text: string;
  obeyed: string;
  expect: string;
}
export const readAttacks = (file: string): Attack[] =>
  readFileSync(join(__dirname, '../fixtures/injection', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Attack);

// Our own lines inside the ticket's fence; every other line there is one datamarked text, with no blank in it.
const OUR_LINE = /^(?:subject: |tags: |status: |message \d+ \(|customer phrases worth acknowledging:$|- )/;

/** Sends `attack` with its obeying draft queued; returns the user message the provider received, its ticket section and the result. */
export async function sendAttack(server: OpenAiTestServer, attack: Attack) {
  server.enqueue({
    kind: 'draft',
    answer: {
      reading: { emotion: 'neutral', intent: 'parcel', needsHumanTouch: false, reason: 'routine' },
      drafts: [{ style: 'concise', text: attack.obeyed, citations: [] }],
    },
  });
  const before = server.requests.length;
  const t = ticket([`Hello, my order has not arrived. ${attack.text}`], {
    subject: attack.text.slice(0, 120),
    language: isLang(attack.lang) ? attack.lang : null,
  });
  const result = await suggestDrafts(
    { ticket: t, snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' },
    { kind: 'compatible', baseUrl: server.url, model: TEST_MODELS[0]! },
  );
  const chat = server.requests.slice(before).find((r) => r.path.endsWith('/chat/completions'))!;
  const messages = chat.body!.messages!.map((m) => ({ role: m.role, content: String(m.content) }));
  // Our instructions, then one user message that ends with the ticket.
  expect(messages.map((m) => m.role).slice(-1)).toEqual(['user']);
  for (const m of messages) expect(hasInvisible(m.content), m.content.slice(0, 60)).toBe(false);
  const user = messages.at(-1)!.content;
  const { open, close } = declaredFence(user)!;
  const section = user.slice(user.lastIndexOf(open) + open.length, user.lastIndexOf(close));
  return { user, section, result, open, close };
}

/** The ticket in its one fence (declaration, snippets, ticket), closed last; each of its lines ours or one marked run. */
export function expectStaysData({ user, section, open, close }: { user: string; section: string; open: string; close: string }): void {
  expect(user.split(open)).toHaveLength(4);
  expect(user.split(close)).toHaveLength(4);
  expect(user.replaceAll(open, '').replaceAll(close, '')).not.toMatch(/<<<|>>>/);
  expect(user.slice(user.lastIndexOf(close) + close.length).trim()).toBe('');
  for (const line of section.split('\n').filter(Boolean)) {
    if (OUR_LINE.test(line)) continue;
    expect(line, 'a ticket line with a blank in it').not.toMatch(/\s/);
    expect(line.includes(DATA_MARK) || line.length < 40, line.slice(0, 60)).toBe(true);
  }
}

/** A loopback OpenAI server for the describe block it is called in: started before its tests, closed after. */
export function useOpenAiServer(): () => OpenAiTestServer {
  let server: OpenAiTestServer | undefined;
  beforeAll(async () => void (server = await startOpenAiTestServer()));
  afterAll(() => server?.close());
  return () => server!;
}

/** A round's set: at least 12 attacks in at least six languages, each technique named tried by some attack. */
export function expectRound(attacks: Attack[], techniques: string[]): void {
  expect(attacks.length).toBeGreaterThanOrEqual(12);
  expect(new Set(attacks.map((a) => a.lang)).size).toBeGreaterThanOrEqual(6);
  expectTechniques(attacks, techniques);
}

/** Every technique named is tried by some attack. */
export function expectTechniques(attacks: Attack[], techniques: string[]): void {
  for (const technique of techniques)
    expect(
      attacks.some((a) => a.technique === technique),
      technique,
    ).toBe(true);
}

/** What the sidebar shows: the one obeying draft, with the flag `attack` expects. */
export function expectObeyingFlagged(result: Awaited<ReturnType<typeof sendAttack>>['result'], attack: Attack): void {
  expect(result.source).toBe('model');
  expect(result.drafts).toHaveLength(1);
  expect(result.drafts[0]!.flags.map((f) => f.kind)).toContain(attack.expect);
}
