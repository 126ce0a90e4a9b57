// Round 13's adversarial tickets (tests/fixtures/injection/adversarial-r13.jsonl): role-play, fake "system:" lines,
// fake end-of-ticket markers and JSON, Base64, instructions in a quoted e-mail, Unicode tag characters, a bidi
// override, zero-width splits, in en, de, it, pl, tr, ja, ko. Sent through the loopback OpenAI server: what the
// provider receives keeps each ticket as data (in our one fence, datamarked, nothing invisible, no line of it able to
// pose as a role or a section), and when the model obeys, the draft the sidebar shows carries the flag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUE, SETTINGS, SNIPPETS, ticket } from '../../tests/server/fixtures';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../tests/server/openai-server';
import { hasInvisible } from '../egress/normalize';
import { isLang } from '../language/languages';
import { suggestDrafts } from './pipeline';
import { DATA_MARK, declaredFence } from './spotlight';

interface Attack {
  id: string;
  lang: string;
  technique: string;
  text: string;
  obeyed: string;
  expect: string;
}
const ATTACKS: Attack[] = readFileSync(join(__dirname, '../../tests/fixtures/injection/adversarial-r13.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Attack);

// Our own lines inside the ticket's fence; every other line there is one datamarked text, with no blank in it.
const OUR_LINE = /^(?:subject: |tags: |status: |message \d+ \(|customer phrases worth acknowledging:$|- )/;

describe('round 13 adversarial tickets over the wire', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => void (server = await startOpenAiTestServer()));
  afterAll(() => server.close());

  it('cover the techniques and at least seven languages', () => {
    expect(new Set(ATTACKS.map((a) => a.lang)).size).toBeGreaterThanOrEqual(7);
    for (const technique of [
      'role-play',
      'fake-system-line',
      'fake-end-of-ticket',
      'base64',
      'quoted-e-mail',
      'tag-characters',
      'bidi',
      'zero-width',
    ])
      expect(
        ATTACKS.some((a) => a.technique === technique),
        technique,
      ).toBe(true);
  });

  it.each(ATTACKS.map((a) => [a.id, a] as const))('%s stays data, and the obeying draft is flagged', async (_id, attack) => {
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

    // What the provider received.
    const chat = server.requests.slice(before).find((r) => r.path.endsWith('/chat/completions'))!;
    const messages = chat.body!.messages!.map((m) => ({ role: m.role, content: String(m.content) }));
    // Our instructions, then one user message that ends with the ticket.
    expect(messages.map((m) => m.role).slice(-1)).toEqual(['user']);
    for (const m of messages) expect(hasInvisible(m.content), m.content.slice(0, 60)).toBe(false);
    const user = messages.at(-1)!.content;
    const { open, close } = declaredFence(user)!;
    // Declaration, snippets, ticket: the ticket opens no section and closes none.
    expect(user.split(open)).toHaveLength(4);
    expect(user.split(close)).toHaveLength(4);
    expect(user.replaceAll(open, '').replaceAll(close, '')).not.toMatch(/<<<|>>>/);
    const section = user.slice(user.lastIndexOf(open) + open.length, user.lastIndexOf(close));
    expect(user.slice(user.lastIndexOf(close) + close.length).trim()).toBe('');
    // No line of the ticket can pose as a role, a heading or a JSON message: each is ours or one marked run.
    for (const line of section.split('\n').filter(Boolean)) {
      if (OUR_LINE.test(line)) continue;
      expect(line, 'a ticket line with a blank in it').not.toMatch(/\s/);
      expect(line.includes(DATA_MARK) || line.length < 40, line.slice(0, 60)).toBe(true);
    }
    // The Base64 payload reaches the model as sent, never decoded by us.
    if (attack.technique === 'base64') expect(user).not.toMatch(/scansionare/);

    // What the sidebar shows: the obeying draft, flagged.
    expect(result.source).toBe('model');
    expect(result.drafts).toHaveLength(1);
    expect(result.drafts[0]!.flags.map((f) => f.kind)).toContain(attack.expect);
  });
});
