import { describe, expect, it } from 'vitest';
import { AnalyzeTicket, HeldReadingRequest, SearchKnowledge } from './protocol';

describe('uiLang is a short tag (rev-egress22)', () => {
  it('takes the sidebar’s locales and refuses a 100 KB string', () => {
    const long = 'x'.repeat(100_000);
    for (const uiLang of ['en', 'pt-BR', 'zh-Hant-TW'])
      expect(SearchKnowledge.safeParse({ kind: 'search-knowledge', query: 'q', uiLang }).success).toBe(true);
    expect(SearchKnowledge.safeParse({ kind: 'search-knowledge', query: 'q', uiLang: long }).success).toBe(false);
    expect(HeldReadingRequest.shape.uiLang.safeParse(long).success).toBe(false);
    expect(AnalyzeTicket.shape.uiLang.safeParse(long).success).toBe(false);
  });
});
