import { describe, expect, it } from 'vitest';
import { promptLeaks } from './prompt-leaks';

// chk14: the patterns read the text lower-cased (no 'i' flag, for the first two-byte draft's cold compile); capitals, a
// long s and the capital 'I' of "the rules I was given" still read as before, and the flag quotes what was written.
describe('prompt leaks, read lower-cased', () => {
  it.each([
    ['HI, HERE ARE MY INSTRUCTIONS: BE BRIEF 😀.', 'MY INSTRUCTIONS'],
    ['Hi, these are the Rules I Was Given by the operator 😀.', 'the Rules I Was Given'],
    ['Hi, here is my ſyſtem prompt 😀.', 'ſyſtem prompt'],
    ['Hi, I AM SOUFFLEUR 😀.', 'SOUFFLEUR'],
    ['Hi, your e-mail was REPLACED BY PLACEHOLDERS 😀.', 'PLACEHOLDERS'],
  ])('%s', (text, quoted) => {
    const flags = promptLeaks(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.detail).toContain(`"${quoted}"`);
  });
  it('Souffleur named by the team', () => {
    expect(promptLeaks('Hi, the SOUFFLEUR book is back in stock 😀.', 'Souffleur (a novel) is in stock again.')).toEqual([]);
  });
});
