import { describe, expect, it } from 'vitest';
import { analyzeMessage, analyzeMessageDetail } from './analyze-message';

// A customer sometimes answers with an emoji or punctuation alone. The evidence search windows over
// words; with none, it once read past the end and rejected the whole ticket's analysis.
describe('analyzeMessage on messages without words', () => {
  for (const text of ['👍', '😡', '!!!', '?? 😡😡']) {
    it(`reads ${JSON.stringify(text)} without throwing`, () => {
      const detail = analyzeMessageDetail(text, 'en');
      expect(['negative', 'neutral', 'positive']).toContain(detail.sentiment);
      for (const phrase of detail.evidence) expect(text).toContain(phrase);
      const cue = analyzeMessage(text, { lang: 'en', uiLang: 'en' });
      expect(typeof cue.cue).toBe('string');
    });
  }

  it('does not hear an angry emoji as positive, nor a thumbs-up as negative', () => {
    expect(analyzeMessageDetail('😡', 'en').sentiment).not.toBe('positive');
    expect(analyzeMessageDetail('👍', 'en').sentiment).not.toBe('negative');
  });
});

// Formal German problem reports (written here in the style of the synthetic support tickets, not copied
// from them) that the model trained without calm ticket sentences named disappointed or angry.
describe('analyzeMessage on calm formal problem reports', () => {
  for (const text of [
    'Das betroffene Gerät ist unser Drucker im zweiten Stock.',
    'Diese Störung beeinträchtigt die Arbeit unseres Teams.',
  ]) {
    it(`does not name an upset emotion in ${JSON.stringify(text)}`, () => {
      const { emotion } = analyzeMessageDetail(text, 'de');
      expect(['disappointment', 'frustration', 'anger']).not.toContain(emotion);
    });
  }

  it('still names an upset emotion where the customer shows it', () => {
    expect(['disappointment', 'frustration', 'anger']).toContain(
      analyzeMessageDetail('Ich bin total enttäuscht, das ist jetzt schon das dritte Mal!', 'de').emotion,
    );
  });
});
