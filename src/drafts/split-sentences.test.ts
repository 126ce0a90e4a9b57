import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

describe('splitSentences', () => {
  it('splits after sentence-final punctuation in Latin, Arabic and CJK text', () => {
    expect(splitSentences('We will refund you. That is €500! Okay?')).toEqual(['We will refund you.', 'That is €500!', 'Okay?']);
    expect(splitSentences('هل وصل الطلب؟ شكرا')).toEqual(['هل وصل الطلب؟', 'شكرا']);
    expect(splitSentences('注文を確認しました。 ありがとう')).toEqual(['注文を確認しました。', 'ありがとう']);
  });

  it('splits at line breaks and drops blank lines, but not inside a number or an address', () => {
    expect(splitSentences('Hi Anna,\n\n  \nThe total is 1.500 at shop.example\nBest')).toEqual([
      'Hi Anna,',
      'The total is 1.500 at shop.example',
      'Best',
    ]);
  });
});
