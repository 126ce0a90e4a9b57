// The IBAN check and the cut of trailing groups (a checksum-valid IBAN longer than its country's registry
// length, then a number after it): the same answers however the separators are written.
import { describe, expect, it } from 'vitest';
import { ibanValid } from './checksums';
import { findIbans } from './patterns';

// DE with a 20-character account part (registry: 18), checksum-valid: an old or mistyped format.
const LONG = 'DE65 3704 0044 0532 0130 0012';

describe('ibanValid', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', true],
    ['de89/3704/0044/0532/0130/00', true],
    ['DE89.3704.0044.0532.0130.00', true],
    ['DE89-3704-0044-0532-0130-00', true],
    ['DE89\n3704 0044\t0532 0130 00', true],
    ['GB82 WEST 1234 5698 7654 32', true],
    [LONG, true],
    ['DE89 3704 0044 0532 0130 01', false],
    ['DE89 3704 0044 0532 01', false], // too short
    ['D189 3704 0044 0532 0130 00', false],
    ['DEA9 3704 0044 0532 0130 00', false],
    ['DE89 3704 0044 0532 0130 0_', false],
    ['DE89\u00013704004405320130 00', false],
  ])('%j is %s', (value, valid) => {
    expect(ibanValid(value)).toBe(valid);
  });
});

describe('trailing groups cut until the checksum holds', () => {
  it.each([
    [`IBAN ${LONG} 5566 thanks`, LONG],
    [`IBAN ${LONG.replaceAll(' ', '/')}/5566 thanks`, LONG.replaceAll(' ', '/')],
    [`IBAN ${LONG.replaceAll(' ', '.')}.55 thanks`, LONG.replaceAll(' ', '.')],
    [`IBAN DE65 3704 0044 0532\n  0130 0012 \n 5566`, 'DE65 3704 0044 0532\n  0130 0012'],
    // Unbroken, the cut would leave digits after the IBAN: no IBAN is read there.
    [`IBAN DE65370400440532013000125566`, null],
  ])('%j', (text, iban) => {
    expect(findIbans(text).map((s) => text.slice(s.start, s.end))).toEqual(iban ? [iban] : []);
  });
});
