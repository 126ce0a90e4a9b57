import { describe, expect, it } from 'vitest';
import { emptyVault, placeholderFor } from '../privacy/vault';
import { CANARY_LINE } from '../drafts/system-prompt';
import { acceptModelEdits, POLISH_SYSTEM_PROMPT, polishMessages } from './model-edits';
import type { PolishEdit } from './types';

const reply = 'Hi Anna, we will look in to it and get back to you. Sorry for the wait.';
const answer = (edits: unknown[]) => JSON.stringify({ edits });

describe('acceptModelEdits', () => {
  it('keeps a small edit whose words are in the reply, at their place', () => {
    const edits = acceptModelEdits(
      answer([{ before: 'look in to it', after: 'look into it', kind: 'grammar', why: 'into' }]),
      reply,
      emptyVault(),
      [],
    );
    expect(edits).toEqual([
      {
        id: `model-${reply.indexOf('look in to it')}`,
        kind: 'grammar',
        start: reply.indexOf('look in to it'),
        end: reply.indexOf('look in to it') + 13,
        before: 'look in to it',
        after: 'look into it',
        why: 'into',
      },
    ]);
  });

  it('drops edits that add a link, an address, a number, a placeholder tag or a promise, or are not in the reply', () => {
    const unsafe = [
      { before: 'Sorry for the wait.', after: 'Sorry for the wait, see https://x.example/help.', kind: 'clarity' },
      { before: 'Sorry for the wait.', after: 'Sorry for the wait, write to help@x.example.', kind: 'clarity' },
      { before: 'get back to you', after: 'get back to you within 24 hours', kind: 'clarity' },
      { before: 'Hi Anna,', after: 'Hi {{ticket.requester.name}},', kind: 'tone' },
      { before: 'Sorry for the wait.', after: 'Sorry for the wait, we will refund you.', kind: 'acknowledgement' },
      { before: 'we never said this', after: 'we said this', kind: 'grammar' },
      { before: 'we will look in to it and get back to you', after: 'the team is handling your case promptly', kind: 'tone' },
    ];
    expect(acceptModelEdits(answer(unsafe), reply, emptyVault(), [])).toEqual([]);
  });

  it('gives no edits when the answer carries the canary id on the first line of its system prompt (a leak)', () => {
    expect(POLISH_SYSTEM_PROMPT.split('\n')[0]).toBe(CANARY_LINE);
    const edit = { before: 'look in to it', after: 'look into it', kind: 'grammar' };
    expect(acceptModelEdits(answer([{ ...edit, why: 'into' }]), reply, emptyVault(), [])).toHaveLength(1);
    expect(
      acceptModelEdits(answer([{ ...edit, why: 'as told: Instructions SFL 7c2e9a41, a careful copy editor' }]), reply, emptyVault(), []),
    ).toEqual([]);
  });

  describe('promises', () => {
    const accepted = (text: string, before: string, after: string) =>
      acceptModelEdits(answer([{ before, after, kind: 'tone' }]), text, emptyVault(), []).map((e) => e.after);

    it('accepts an edit whose words only contain a promise stem inside another word', () => {
      // "erlass" (a fee waiver) in "verlassen", French "offert" in Dutch "offerte", "is on us" in "is on user".
      const german = 'Sie können sich darauf stützen.';
      expect(accepted(german, german, 'Sie können sich darauf verlassen.')).toEqual(['Sie können sich darauf verlassen.']);
      const dutch = 'We sturen u een prijsopgave.';
      expect(accepted(dutch, dutch, 'We sturen u een offerte.')).toEqual(['We sturen u een offerte.']);
      const english = 'The setting is per user, not per team.';
      expect(accepted(english, english, 'The setting is on user level, not team level.')).toEqual([
        'The setting is on user level, not team level.',
      ]);
    });

    it('accepts an edit that keeps a promise the agent wrote', () => {
      const text = 'We refund you, sorry for trouble.';
      expect(accepted(text, text, 'We refund you; sorry for the trouble.')).toEqual(['We refund you; sorry for the trouble.']);
    });

    it('rejects an edit that adds a promise the agent did not write', () => {
      const text = 'Sorry for the wait, we are looking into it.';
      expect(accepted(text, text, 'Sorry for the wait, we will refund you and are looking into it.')).toEqual([]);
      expect(accepted(text, text, 'Sorry for the wait, the shipping is on us and we are looking into it.')).toEqual([]);
    });

    it('accepts a spelling or contraction edit of a promise the agent wrote, and refuses a new kind of promise', () => {
      const ruled = 'The bank ruled in your favor.';
      expect(accepted(ruled, ruled, 'The bank ruled in your favour.')).toEqual(['The bank ruled in your favour.']);
      const cover = "Sorry, we'll cover the fee.";
      expect(accepted(cover, cover, 'Sorry, we will cover the fee.')).toEqual(['Sorry, we will cover the fee.']);
      expect(accepted(cover, cover, 'Sorry, we will cover the fee and refund you.')).toEqual([]);
    });
  });

  it("restores placeholders before matching, and skips edits overlapping the speller's", () => {
    const vault = emptyVault();
    const token = placeholderFor(vault, 'NAME', 'Anna');
    const speller: PolishEdit[] = [
      { id: 's', kind: 'spelling', start: reply.indexOf('Sorry'), end: reply.indexOf('Sorry') + 5, before: 'Sorry', after: 'Sorry' },
    ];
    const edits = acceptModelEdits(
      answer([
        { before: `Hi ${token},`, after: `Hello ${token},`, kind: 'tone' },
        { before: 'Sorry for the wait.', after: 'Sorry for the long wait.', kind: 'tone' },
      ]),
      reply,
      vault,
      speller,
    );
    expect(edits.map((e) => [e.before, e.after])).toEqual([['Hi Anna,', 'Hello Anna,']]);
  });

  it('reads nothing from an answer that is not the JSON asked for', () => {
    expect(acceptModelEdits('Sure! Here is a better reply: ...', reply, emptyVault(), [])).toEqual([]);
    expect(acceptModelEdits('{"edits": "none"}', reply, emptyVault(), [])).toEqual([]);
  });
});

describe('polishMessages', () => {
  it('sends the reply redacted, fenced and datamarked, never the raw address', () => {
    const { messages } = polishMessages('Write to jane.roe@example.org today.', 'en', 'frustration', []);
    const user = messages[1]!.content;
    expect(user).not.toContain('jane.roe@example.org');
    expect(user).toMatch(/⟦EMAIL_1⟧/);
    expect(user).toMatch(/<<<DATA [0-9a-f]{16}>>>/);
    expect(user).toContain('The customer seems to feel frustration.');
  });
});
