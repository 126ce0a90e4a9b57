import { describe, expect, it } from 'vitest';
import { KIND_PATTERNS, promiseKindsIn, hasPromiseTerm } from './promise-term-pattern';

// The patterns are compiled without 'i' and read the text lower-cased, the nearby-word groups apart (chk12 review):
// they must find what one case-insensitive pattern found, at the same place, written as the text writes it.
describe('promise term patterns', () => {
  it('find upper-case terms at their own index, as written', () => {
    const text = 'İstanbul team: WE WILL REFUND YOU today.';
    const pattern = KIND_PATTERNS.refund;
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    expect(m?.index).toBe(text.indexOf('REFUND'));
    expect(m?.[0].startsWith('REFUND')).toBe(true);
  });

  it('find a guarantee only with its delivery word and day, in any case', () => {
    expect(promiseKindsIn('WE GUARANTEE DELIVERY BY FRIDAY.').has('delivery-guarantee')).toBe(true);
    expect(promiseKindsIn('It Will Arrive On Monday, I Promise.').has('delivery-guarantee')).toBe(true);
    expect(promiseKindsIn('We promise to look into it.').has('delivery-guarantee')).toBe(false);
  });

  it('step through every match with exec and lastIndex, the nearby-word group included', () => {
    const text = 'We will refund you. We guarantee delivery tomorrow. We will refund the fee too.';
    for (const [kind, count] of [
      ['refund', 2],
      ['delivery-guarantee', 1],
    ] as const) {
      const pattern = KIND_PATTERNS[kind];
      pattern.lastIndex = 0;
      let found = 0;
      while (pattern.exec(text)) found++;
      expect(found, kind).toBe(count);
      expect(pattern.lastIndex).toBe(0);
    }
  });

  it('say whether any term stands, kind by kind', () => {
    expect(hasPromiseTerm('We cannot refund the €500 fee.')).toBe(true);
    expect(hasPromiseTerm('Thanks for writing in.')).toBe(false);
  });

  it('compile and run in linear time on 100 KB of one emoji and of upper-case letters', () => {
    for (const text of ['\u{1F600}'.repeat(25_000), 'REFUND '.repeat(15_000)]) {
      const start = performance.now();
      for (const kind of Object.keys(KIND_PATTERNS)) text.search(KIND_PATTERNS[kind as keyof typeof KIND_PATTERNS]);
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });
});
