// Round 14's adversarial tickets (tests/fixtures/injection/adversarial-r14.jsonl): attacks rounds 1-13 did not try:
// instructions inside a fake quoted reply of a previous agent, a fake "Souffleur:" or "assistant:" turn split over
// lines, role names in look-alike letters, instructions in an HTML comment or an image's alt text, a "translation
// request" that smuggles them, a ticket so long that what follows the fake fence end lies past the cut, markdown
// tables; in en, nl, ru, de, hi, pt, zh, sv, ar, id. Sent through the loopback OpenAI server as round 13's: what the
// provider receives keeps each ticket as data, and when the model obeys, the draft the sidebar shows carries the flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../tests/server/openai-server';
import { expectObeyingFlagged, expectStaysData, expectTechniques, readAttacks, sendAttack } from '../../tests/support/adversarial-wire';
import { foldLookalikes } from './lookalikes';

const ATTACKS = readAttacks('adversarial-r14.jsonl');

describe('round 14 adversarial tickets over the wire', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => void (server = await startOpenAiTestServer()));
  afterAll(() => server.close());

  it('cover the techniques and at least six languages', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ATTACKS.map((a) => a.lang)).size).toBeGreaterThanOrEqual(6);
    expectTechniques(ATTACKS, [
      'quoted-agent-reply',
      'split-turn',
      'homoglyph-role',
      'html-comment',
      'alt-text',
      'translation-request',
      'long-ticket',
      'markdown-table',
    ]);
  });

  it.each(ATTACKS.map((a) => [a.id, a] as const))('%s stays data, and the obeying draft is flagged', async (_id, attack) => {
    const sent = await sendAttack(server, attack);
    expectStaysData(sent);
    // No role label, whatever letters spell it ("Ѕystem:", "аssistant:", "Souff\nleur:"), starts a line or follows a
    // blank: the ticket's line breaks and blanks reach the model as data marks.
    expect(foldLookalikes(sent.section)).not.toMatch(/(?:^|\s)(?:system|assistant|souffleur|user|developer|leur|ant|tent)\s*:/im);
    // A ticket longer than the cut: what stands after it never reaches the provider, and the fence still closes last.
    if (attack.technique === 'long-ticket') expect(sent.user).not.toContain('LONG-TAIL-MARKER');
    // What the sidebar shows: the obeying draft, flagged.
    expectObeyingFlagged(sent.result, attack);
  });
});
