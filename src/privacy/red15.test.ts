// Round red15: the misses and over-redactions of the red15 round (tests/fixtures/redaction/red-team/red15-*.jsonl).
// Each case is a shape, not the round's line: the words and numbers differ.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string, company?: string) => findEntities(text, [], false, company).map((e) => `${e.type}:${e.value}`);

/** Share of 1,000 random bare numbers of `length` digits (no 0 first) read as anything in "Please check … again." */
function flaggedShare(length: number): number {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let flagged = 0;
  for (let i = 0; i < 1000; i++) {
    let n = String(1 + Math.floor(rnd() * 9));
    while (n.length < length) n += String(Math.floor(rnd() * 10));
    if (found(`Please check ${n} again.`).length) flagged++;
  }
  return flagged / 1000;
}

describe('bare nine digits: an id only with a word of identity, records or tax in its line', () => {
  it('reads few random nine-digit numbers as an id (11.9 % before: the BSN and NIF checks pass 1 in 11)', () => {
    expect(flaggedShare(9)).toBeLessThan(0.02);
  }, 60000);
  it.each([
    ['Stuur ik 123 456 782 ter controle mee.', 'NATIONAL_ID:123 456 782'], // BSN in threes
    ['Graag 234567892 bij mijn gegevens zetten.', 'NATIONAL_ID:234567892'],
    ['Compare 123456782 with your records, please.', 'NATIONAL_ID:123456782'],
    ['Coloquem 258741368 na fatura, por favor.', 'NATIONAL_ID:258741368'], // NIF
    ['Para o contribuinte: 258741368.', 'NATIONAL_ID:258741368'],
    ['My KYC was refused for 123456782.', 'NATIONAL_ID:123456782'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['Please look at 123456782 again.'], ['Veja 258741368 outra vez.'], ['Kun je 234567892 nog eens bekijken?']])(
    'keeps %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
