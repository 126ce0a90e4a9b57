import { describe, expect, it } from 'vitest';
import { isCommitment } from './commitments';

describe('isCommitment', () => {
  it('takes a promise term that must stand as a whole word only as one', () => {
    expect(isCommitment('The return shipping is on us.')).toBe(true);
    expect(isCommitment('That depends on user settings.')).toBe(false);
  });
});

describe('isCommitment, a marker that occurs twice', () => {
  it('counts an occurrence after one inside a word', () => {
    expect(isCommitment('Depending on usage, the return shipping is on us.')).toBe(true);
    expect(isCommitment('Based on user feedback, this one is on us.')).toBe(true);
  });
});
