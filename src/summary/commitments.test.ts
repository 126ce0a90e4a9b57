import { describe, expect, it } from 'vitest';
import { isCommitment } from './commitments';

describe('isCommitment', () => {
  it('takes a promise term that must stand as a whole word only as one', () => {
    expect(isCommitment('The return shipping is on us.')).toBe(true);
    expect(isCommitment('That depends on user settings.')).toBe(false);
  });
});
