import { describe, expect, it } from 'vitest';
import { withoutEmptyCompoundRules } from './dictionaries';

describe('withoutEmptyCompoundRules', () => {
  it('drops rules whose every part is optional and keeps the count true', () => {
    const aff = [
      'SET UTF-8',
      'COMPOUNDRULE 4',
      'COMPOUNDRULE 0*',
      'COMPOUNDRULE 47',
      'COMPOUNDRULE 4?5?4?2?',
      'COMPOUNDRULE 1*-3U*Y',
      'TRY abc',
    ].join('\n');
    expect(withoutEmptyCompoundRules(aff).split('\n')).toEqual([
      'SET UTF-8',
      'COMPOUNDRULE 2',
      'COMPOUNDRULE 47',
      'COMPOUNDRULE 1*-3U*Y',
      'TRY abc',
    ]);
  });

  it('leaves a dictionary without such rules as it is', () => {
    const aff = 'SET UTF-8\nCOMPOUNDRULE 1\nCOMPOUNDRULE 12\n';
    expect(withoutEmptyCompoundRules(aff)).toBe(aff);
  });
});
