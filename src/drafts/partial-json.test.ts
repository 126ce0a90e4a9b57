import { describe, expect, it } from 'vitest';
import { firstDraftText } from './partial-json';

describe('firstDraftText', () => {
  const full = JSON.stringify({ drafts: [{ style: 'concise', citations: ['a'], text: 'Hi "Anna",\nline two ü' }, { style: 'thorough', text: 'other' }], reading: {} });
  it('reads the first draft text at every prefix, never past its end', () => {
    let last = '';
    for (let i = 0; i <= full.length; i++) {
      const text = firstDraftText(full.slice(0, i));
      if (text === null) continue;
      expect(text.startsWith(last) || last.startsWith(text)).toBe(true);
      last = text;
    }
    expect(last).toBe('Hi "Anna",\nline two ü');
  });
  it('returns null before the text starts or when drafts are missing', () => {
    expect(firstDraftText('{"drafts":[{"style":"con')).toBeNull();
    expect(firstDraftText('{"reading":{"text":"x"}}')).toBeNull();
  });
  it('handles escapes cut by a chunk boundary', () => {
    expect(firstDraftText('{"drafts":[{"text":"a\\')).toBe('a');
    expect(firstDraftText('{"drafts":[{"text":"a\\u00')).toBe('a');
    expect(firstDraftText('{"drafts":[{"text":"a\\u00fc')).toBe('aü');
  });
});
