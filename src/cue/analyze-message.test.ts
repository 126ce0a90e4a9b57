import { afterEach, describe, expect, it } from 'vitest';
import shipped from '../../models/cue/model.json';
import { analyzeMessage, analyzeMessageDetail, isUpset, tuning } from './analyze-message';
import type { SerializedModel } from './linear-model';
import { unloadCueModel, useCueModel } from './model';

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

// A worried or unsure customer is not an angry one (issue 16): with a worried or confused word and no
// upset word or upset-leaning trigger, no confidence names disappointment, frustration or anger.
describe('analyzeMessage on worried or unsure customers', () => {
  const upset = ['disappointment', 'frustration', 'anger'];
  for (const [lang, text] of [
    ['de', 'Ich bin mir nicht sicher, ob die Zahlung überhaupt angekommen ist, ich habe keine Quittung erhalten.'],
    ['en', "I don't understand why my order has not been shipped yet."],
  ] as const) {
    it(`does not name an upset emotion in ${JSON.stringify(text)}, even from a threshold of 0`, () => {
      const saved = tuning.upsetThreshold;
      tuning.upsetThreshold = 0;
      try {
        const detail = analyzeMessageDetail(text, lang);
        expect(detail.sentiment).toBe('negative');
        expect(upset).not.toContain(detail.emotion);
      } finally {
        tuning.upsetThreshold = saved;
      }
    });
  }

  it('still names an upset emotion when an upset word comes with the doubt', () => {
    expect(upset).toContain(analyzeMessageDetail("I don't understand why you charged me twice, this is outrageous!", 'en').emotion);
  });
});

// The chat-register rule (off in the shipped model) on the shipped heads with the option switched on:
// how a model trained with --chat-register reads the chat lines session cue11 looked at (scripts/cue/README.md).
describe('analyzeMessage with the chat-register option', () => {
  const withChatRegister = () => {
    const serialized = structuredClone(shipped) as unknown as SerializedModel;
    serialized.features = { ...serialized.features, chatRegister: true };
    useCueModel(serialized);
  };
  afterEach(() => unloadCueModel());
  const upset = (text: string) => isUpset(analyzeMessageDetail(text, null).emotion);

  it('reads shouting and an impatient stated wait as upset evidence, with or without the option', () => {
    const shouting = 'hab ich schon versucht. hab ich schon versucht. HAB ICH ALLES SCHON VERSUCHT';
    const waiting = 'hello?? been waiting in this chat for 40 minutes';
    // The shipped model reads both through implicit-upset.ts since session cue13 (confidence 0 before).
    for (const text of [shouting, waiting]) expect(upset(text)).toBe(true);
    withChatRegister();
    // These heads were not trained with the option: the shouting line rises, but stays under the threshold.
    expect(analyzeMessageDetail(shouting, null).confidence).toBeGreaterThan(0.4);
    expect(analyzeMessageDetail(waiting, null).confidence).toBeGreaterThanOrEqual(tuning.upsetThreshold);
    expect(analyzeMessageDetail(waiting, null).emotion).toBe('frustration');
  });

  it('does not name praise with a friendly emoji upset, however a negation-looking word read', () => {
    const text = 'top service, hätte ich nicht gedacht 😊';
    expect(upset(text)).toBe(true);
    withChatRegister();
    expect(upset(text)).toBe(false);
  });

  it('leaves the sentiment alone and keeps calm questions about a wait calm', () => {
    const text = 'hab ich schon versucht. hab ich schon versucht. HAB ICH ALLES SCHON VERSUCHT';
    const before = analyzeMessageDetail(text, null).sentiment;
    withChatRegister();
    expect(analyzeMessageDetail(text, null).sentiment).toBe(before);
    expect(upset('die sendungsverfolgung zeigt seit 4 tagen "in zustellung", ist das normal?')).toBe(false);
    expect(upset('I LOVE the new dashboard, thanks!!')).toBe(false);
  });
});

// Issue 16: `sentiment` is the model's best guess (scored by macro-F1); the rule that a short plain
// question with no negative word is no complaint serves the upset reading's precision, so it gates the
// cue's tone (upset confidence, intensity, trend) and no longer the sentiment.
describe('analyzeMessage on a plain question the model hears as negative', () => {
  // "Why can't I log in?" until cue24 shipped cue22's sentiment head (valence detail), which hears it neutral
  // (p(neg) 0.44); the tone reads a head of its own and reads both calm.
  const text = "Why can't I log in anymore?";

  it('reports the sentiment the model and the lexicon give', () => {
    expect(analyzeMessageDetail(text, 'en').sentiment).toBe('negative');
  });

  it('reads the tone as calm: no upset reading, no intensity of a complaint', () => {
    const detail = analyzeMessageDetail(text, 'en');
    expect(detail.tone).toBe('neutral');
    expect(detail.confidence).toBe(0);
    expect(isUpset(detail.emotion)).toBe(false);
    expect(detail.negativity).toBe(0);
  });

  it('still reads a negative tone where a negative word backs it', () => {
    const detail = analyzeMessageDetail("Why can't I log in? This is ridiculous!", 'en');
    expect(detail.sentiment).toBe('negative');
    expect(detail.tone).toBe('negative');
  });
});
