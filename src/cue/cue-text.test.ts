import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './analyze-message';
import { cueSentence, UI_LANGS } from './cue-text';

describe('cue sentence', () => {
  it.each(UI_LANGS)('is concrete in %s: quotes the customer and is not a canned phrase', (uiLang) => {
    const cue = analyzeMessage('This is the third time I am writing about the invoice.', { lang: 'en', uiLang });
    expect(cue.cue).toContain('third time');
    expect(cue.cue.toLowerCase()).not.toContain('i understand your frustration');
  });

  it.each([
    ['de', 'Ich bin sehr enttäuscht von der Qualität.', 'enttäuscht'],
    ['ar', 'أنا قلق جدا بشأن طلبي', 'قلق'],
    ['sv', 'Jag förstår inte hur fakturan fungerar.', 'förstår inte'],
  ])('quotes the emotion phrase when there is no trigger (%s)', (lang, text, phrase) => {
    const cue = analyzeMessage(text, { lang, uiLang: 'en' });
    expect(cue.cue).toContain(phrase);
  });

  it('falls back to English for other UI languages and stays short', () => {
    const cue = analyzeMessage('Where is my parcel?', { lang: 'en', uiLang: 'ja' });
    expect(cue.cue.length).toBeLessThan(160);
    expect(cue.cue).toMatch(/[a-z]/);
  });

  it.each(UI_LANGS)('says so in %s when an emotion has no phrase to show it', (uiLang) => {
    const unquoted = cueSentence({ emotion: 'anxiety', evidence: [], triggers: [], triggerEvidence: {} }, uiLang);
    const calm = cueSentence({ emotion: 'neutral', evidence: [], triggers: [], triggerEvidence: {} }, uiLang);
    expect(unquoted).not.toBe(calm);
    expect(unquoted).not.toMatch(/[“„‘”«]/);
    expect(unquoted.length).toBeGreaterThan(20);
  });
});
