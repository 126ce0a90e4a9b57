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
