import { describe, expect, it } from 'vitest';
import { isCommitment } from './commitments';

describe('isCommitment', () => {
  it('takes a promise term that must stand as a whole word only as one', () => {
    expect(isCommitment('The return shipping is on us.')).toBe(true);
    expect(isCommitment('That depends on user settings.')).toBe(false);
  });
});

describe('isCommitment, a marker that occurs twice', () => {
  it('counts a whole-word occurrence after one that runs into the next word', () => {
    expect(isCommitment('The fee is on user accounts, but the shipping is on us.')).toBe(true);
  });

  it('counts an occurrence at a word start after one inside a word', () => {
    expect(isCommitment('The unforwarded mail has now been forwarded to billing.')).toBe(true);
  });
});
