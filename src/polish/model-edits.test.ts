import { describe, expect, it } from 'vitest';
import { emptyVault, placeholderFor } from '../privacy/vault';
import { acceptModelEdits, polishMessages } from './model-edits';
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
