import { describe, expect, it } from 'vitest';
import { headerNames } from './mail-headers';

describe('headerNames', () => {
  it('reads the sender of a quoted header, quoted or not, with blanks around it', () => {
    expect(headerNames('\nFrom:   "Dana Whitfield"  <dana@example.test>')).toEqual([{ name: 'Dana Whitfield', arabic: false }]);
    expect(headerNames('Von: Becker, Klaus\nGesendet: Montag')).toEqual([{ name: 'Klaus Becker', arabic: false }]);
  });

  it.each([
    ['after the colon', `From:${' '.repeat(64_000)}1`],
    ['after the name', `From: Dana${' '.repeat(64_000)}1`],
  ])('reads 64,000 blanks %s in linear time (a hostile e-mail must not freeze the helpdesk tab)', (_, text) => {
    const started = performance.now();
    expect(headerNames(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
