import { describe, expect, it } from 'vitest';
import { compareReply, similarity, similarityClass, wordEditDistance, words } from './similarity';

const DRAFT =
  'Hello Maria, thank you for reaching out. I have refunded the duplicate charge of 25 euros to your card. ' +
  'It should appear within five business days. Let me know if there is anything else I can do.';

describe('words', () => {
  it('drops tags, decodes entities, folds case and ignores punctuation', () => {
    expect(words('<p>Hello&nbsp;<b>World</b>!</p><br>It&#39;s  fine &amp; done.')).toEqual(['hello', 'world', "it's", 'fine', 'done']);
  });
  it('keeps non-Latin words', () => {
    expect(words('شكرا لك، Tack så mycket')).toEqual(['شكرا', 'لك', 'tack', 'så', 'mycket']);
  });
});

describe('wordEditDistance', () => {
  it('counts word insertions, deletions and substitutions', () => {
    expect(wordEditDistance(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(0);
    expect(wordEditDistance(['a', 'b', 'c'], ['a', 'x', 'c'])).toBe(1);
    expect(wordEditDistance(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
    expect(wordEditDistance([], ['a', 'b'])).toBe(2);
  });
});

describe('similarity and class', () => {
  it('is 1 and as-is for the same text reformatted by the editor', () => {
    const html = `<p>${DRAFT.replace('. ', '.</p><p>')}</p>`.replace(/ /g, '&nbsp; ');
    expect(similarity(DRAFT, html)).toBe(1);
    expect(compareReply(DRAFT, html).class).toBe('as-is');
  });

  it('stays as-is when only the greeting name changes', () => {
    const result = compareReply(DRAFT, DRAFT.replace('Maria', 'Marie'));
    expect(result.similarity).toBeGreaterThanOrEqual(0.95);
    expect(result.class).toBe('as-is');
  });

  it('is a light edit when a sentence is added', () => {
    const sent = DRAFT.replace('Let me know', 'Sorry again for the trouble. Please let me know');
    expect(compareReply(DRAFT, sent).class).toBe('light-edit');
  });

  it('is a heavy edit when half of the draft is replaced', () => {
    const sent =
      'Hello Maria, thank you for reaching out. I have refunded the duplicate charge of 25 euros to your card. ' +
      'Our billing team is looking into why you were charged twice and will email you tomorrow with the details.';
    expect(compareReply(DRAFT, sent).class).toBe('heavy-edit');
  });

  it('is rewritten when the agent writes their own reply', () => {
    const sent = 'Hi, could you send us a screenshot of your bank statement? Then we can investigate. Thanks!';
    expect(compareReply(DRAFT, sent).class).toBe('rewritten');
  });

  it('handles empty texts without dividing by zero', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('', 'something')).toBe(0);
  });

  it('classifies at the documented thresholds', () => {
    expect(similarityClass(0.95)).toBe('as-is');
    expect(similarityClass(0.9499)).toBe('light-edit');
    expect(similarityClass(0.75)).toBe('light-edit');
    expect(similarityClass(0.7499)).toBe('heavy-edit');
    expect(similarityClass(0.4)).toBe('heavy-edit');
    expect(similarityClass(0.3999)).toBe('rewritten');
  });
});
