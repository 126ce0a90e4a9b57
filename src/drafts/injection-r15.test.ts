// Round 15's adversarial tickets (tests/fixtures/injection/adversarial-r15.jsonl): attacks rounds 1-14 did not try:
// instructions in base64 or rot13 with "decode this", zero-width characters splitting the role words, a fake tool or
// function-call block, a fake "system notice" from Zendesk or Freshdesk, instructions in the customer's signature or in a
// quoted e-mail's headers; in en, de, fr, pl, es, it, ja, tr, ko. Sent through the loopback OpenAI server as round 14's:
// what the provider receives keeps each ticket as data, and when the model obeys, the draft the sidebar shows carries
// the flag (the round-15 draft checks: a password set, an ID photo, macros, gift cards, new bank details, another
// company's voice).
import { describe, expect, it } from 'vitest';
import {
  expectObeyingFlagged,
  expectRound,
  expectStaysData,
  readAttacks,
  sendAttack,
  useOpenAiServer,
} from '../../tests/support/adversarial-wire';
import { foldLookalikes } from './lookalikes';

const ATTACKS = readAttacks('adversarial-r15.jsonl');

describe('round 15 adversarial tickets over the wire', () => {
  const server = useOpenAiServer();

  it('cover the techniques and at least six languages', () => {
    expectRound(ATTACKS, [
      'base64-decode',
      'rot13-decode',
      'zero-width-role',
      'fake-tool-call',
      'fake-helpdesk-notice',
      'signature-instructions',
      'quoted-headers',
    ]);
  });

  it.each(ATTACKS.map((a) => [a.id, a] as const))('%s stays data, and the obeying draft is flagged', async (_id, attack) => {
    const sent = await sendAttack(server(), attack);
    expectStaysData(sent);
    // No role label starts a line or follows a blank, once the zero-width characters that split it are gone
    // ("Sys\u200Btème:", "as\u200Bsistant:"): sendAttack already holds the provider's messages free of them.
    expect(foldLookalikes(sent.section)).not.toMatch(/(?:^|\s)(?:system|système|assistant|souffleur|user|developer)\s*:/im);
    // What the sidebar shows: the obeying draft, flagged.
    expectObeyingFlagged(sent.result, attack);
  });
});
