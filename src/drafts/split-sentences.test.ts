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

describe('splitSentences in Japanese, Chinese and Korean (chk18)', () => {
  it('ends a sentence at "。", "！", "？" and "．" without a space, and at "." before Han, kana or Hangul', () => {
    expect(splitSentences('注文を確認しました。ありがとうございます！')).toEqual(['注文を確認しました。', 'ありがとうございます！']);
    expect(splitSentences('包裹已发出？请查收．谢谢')).toEqual(['包裹已发出？', '请查收．', '谢谢']);
    expect(splitSentences('주문을 확인했습니다.감사합니다')).toEqual(['주문을 확인했습니다.', '감사합니다']);
    // NFKC folds the full-width forms to ASCII (normalizeOutbound): still a sentence end before kana.
    expect(splitSentences('届きました!ありがとう')).toEqual(['届きました!', 'ありがとう']);
  });

  it('keeps a Latin version number or an address whole', () => {
    expect(splitSentences('Update to v2.5 at shop.example.com today.')).toEqual(['Update to v2.5 at shop.example.com today.']);
  });
});
