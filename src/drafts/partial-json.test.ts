import { describe, expect, it } from 'vitest';
import { firstDraftText } from './partial-json';
import { parseAnswer } from './schema';

describe('firstDraftText', () => {
  const full = JSON.stringify({
    drafts: [
      { style: 'concise', citations: ['a'], text: 'Hi "Anna",\nline two ü' },
      { style: 'thorough', text: 'other' },
    ],
    reading: {},
  });
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

describe('parseAnswer', () => {
  it('maps near-misses from servers without schemas onto the schema', () => {
    const answer = parseAnswer(
      'Here you go:\n```json\n{"drafts":[{"style":"Short","text":"Hi","citations":"kb-1"},{"text":""},{"text":"b"},{"text":"c"},{"text":"d"}],"reading":{"emotion":"Angry-ish","needsHumanTouch":"true"}}\n```',
    );
    expect(answer?.drafts.map((d) => [d.style, d.text, d.citations])).toEqual([
      ['concise', 'Hi', ['kb-1']],
      ['concise', 'b', []],
      ['concise', 'c', []],
    ]);
    expect(answer?.reading).toEqual({ emotion: 'unknown', intent: '', needsHumanTouch: true, reason: '' });
  });
  it('rejects answers without any draft text', () => {
    expect(parseAnswer('{"drafts":[{"text":"  "}],"reading":{}}')).toBeNull();
    expect(parseAnswer('not json')).toBeNull();
  });
});
