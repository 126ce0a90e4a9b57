import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

// bench:drafts (chk15): the first two-byte draft made V8 compile every check's pattern again for two-byte text, the
// `\p{L}` runs of each, hundreds of ms. A draft with neither a letter nor a digit (a flood of one emoji) can name no
// contact, promise or ask, so the checks that read words and contacts do not run on it; any letter or digit and they do.
const context: CheckContext = { snippets: [], ticketText: 'x', customerText: 'x', customerLanguage: 'en' };
const kinds = (text: string) => checkDraft({ text, citations: [] }, context).map((f) => f.kind);

describe('drafts without a letter or a digit', () => {
  // First in this file's fresh module graph: the patterns have not met a two-byte text yet. Against the first two-byte
  // draft with words after it, which compiles them (the machine is shared: a ratio, not milliseconds). Before chk15 the
  // emoji draft compiled them all and the worded one found them ready (ratio about 50:1 the wrong way).
  it('cost a fraction of the first two-byte draft with words', () => {
    let start = performance.now();
    expect(kinds('\u{1F600}'.repeat(25_000))).toEqual([]);
    const wordless = performance.now() - start;
    start = performance.now();
    kinds('Thanks, we’ve sent your parcel today \u{1F600} Kind regards, Anna');
    const worded = performance.now() - start;
    expect(wordless).toBeLessThan(worded / 3);
  });

  it('still have their contacts read when digits are there', () => {
    expect(kinds('\u260E +44 20 7946 0958 \u{1F600}')).toContain('unknown-contact');
  });

  it('still have their words read when one letter is there', () => {
    expect(kinds('\u{1F600} Call +44 20 7946 0958')).toContain('unknown-contact');
    expect(kinds('\u{1F600} Please send us the code we texted you.')).toContain('unknown-contact');
  });
});

describe('a comment without a letter', () => {
  it('is still read as one the customer would not see', () => {
    expect(kinds('<!-- \u{1F4B8}\u{1F4B8} -->')).toContain('injection-echo');
  });
});

// Review of chk15: the skip reads the text as normalizeOutbound leaves it, so letters of any script, fullwidth or
// mathematical letters, circled or squared ones (NFKC makes them Latin) and letters split by emoji or zero-width
// joiners are letters: each of these is read in full. (A differential run of 3,000 random letterless drafts of emoji,
// symbols, marks, Braille and comment markers, with and without the skip, found no flag that differed.)
describe('hijacks in other scripts and forms are not wordless', () => {
  it.each([
    'Ｓｅｎｄ ｕｓ ａ ｐｈｏｔｏ ｏｆ ｙｏｕｒ ｐａｓｓｐｏｒｔ.',
    '𝐒𝐞𝐧𝐝 𝐮𝐬 𝐚 𝐩𝐡𝐨𝐭𝐨 𝐨𝐟 𝐲𝐨𝐮𝐫 𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭.',
    'S\u200De\u200Dn\u200Dd us a photo of your pass\u200Dport.',
    '身分証の写真を送ってください。',
    '신분증 사진을 보내 주세요.',
    '\u260E ＋４４ ２０ ７９４６ ０９５８',
    '\u260E +𝟒𝟒 𝟐𝟎 𝟕𝟗𝟒𝟔 𝟎𝟗𝟓𝟖',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('unknown-contact');
  });
});
