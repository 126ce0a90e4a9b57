// Round 13's adversarial tickets (tests/fixtures/injection/adversarial-r13.jsonl): role-play, fake "system:" lines,
// fake end-of-ticket markers and JSON, Base64, instructions in a quoted e-mail, Unicode tag characters, a bidi
// override, zero-width splits, in en, de, it, pl, tr, ja, ko. Sent through the loopback OpenAI server: what the
// provider receives keeps each ticket as data (in our one fence, datamarked, nothing invisible, no line of it able to
// pose as a role or a section), and when the model obeys, the draft the sidebar shows carries the flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../tests/server/openai-server';
import { expectObeyingFlagged, expectStaysData, expectTechniques, readAttacks, sendAttack } from '../../tests/support/adversarial-wire';

const ATTACKS = readAttacks('adversarial-r13.jsonl');

describe('round 13 adversarial tickets over the wire', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => void (server = await startOpenAiTestServer()));
  afterAll(() => server.close());

  it('cover the techniques and at least seven languages', () => {
    expect(new Set(ATTACKS.map((a) => a.lang)).size).toBeGreaterThanOrEqual(7);
    expectTechniques(ATTACKS, [
      'role-play',
      'fake-system-line',
      'fake-end-of-ticket',
      'base64',
      'quoted-e-mail',
      'tag-characters',
      'bidi',
      'zero-width',
    ]);
  });

  it.each(ATTACKS.map((a) => [a.id, a] as const))('%s stays data, and the obeying draft is flagged', async (_id, attack) => {
    const sent = await sendAttack(server, attack);
    // Declaration, snippets, ticket: the ticket opens no section and closes none; no line of it can pose as a role, a
    // heading or a JSON message.
    expectStaysData(sent);
    // The Base64 payload reaches the model as sent, never decoded by us.
    if (attack.technique === 'base64') expect(sent.user).not.toMatch(/scansionare/);

    // What the sidebar shows: the obeying draft, flagged.
    expectObeyingFlagged(sent.result, attack);
  });
});
