import { describe, expect, it } from 'vitest';
import { lowerSameLength } from './lower-case';

// Checks test lower-cased text with lower-case patterns and no 'i' flag (V8's cold compile of case-insensitive
// Unicode patterns for the first two-byte draft); what they quote or point at comes from the original text.
describe('lowerSameLength', () => {
  it('lower-cases, keeping every offset', () => {
    expect(lowerSameLength('Send Us Your PASSWORD 😀')).toBe('send us your password 😀');
    expect(lowerSameLength('İstanbul PIN')).toBe('İstanbul pin');
    expect(lowerSameLength('İstanbul PIN')).toHaveLength('İstanbul PIN'.length);
  });
  it("reads a long s as the 's' a case-insensitive pattern matched it as", () => {
    expect(lowerSameLength('paſsword')).toBe('password');
  });
});
