import { describe, expect, it } from 'vitest';
import { asCode } from './codes';

describe('codes the content script reports', () => {
  it('keeps the words and slugs the sidebar sends', () => {
    for (const code of ['en', 'pt-BR', 'frustration', 'wrong-facts', 'good-tone', 'too-long', 'zh_Hant', 'غضب'])
      expect(asCode(code)).toBe(code);
  });

  it('drops anything with a blank, punctuation or length of text', () => {
    for (const text of ['KESTRELNOTE en', 'wren@example.org', '4111 1111 1111 1111', 'a.b', '', 'x'.repeat(21), 'a-b-c-d-e'])
      expect(asCode(text)).toBe('');
    expect(asCode(undefined)).toBe('');
  });
});
