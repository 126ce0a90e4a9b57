import { describe, expect, it } from 'vitest';
import { featureIds, fnv1a } from './features';
import { headProbabilities, idsForHead, predict } from './linear-model';
import { cueModel } from './model';
import { valenceDetailKeys, valenceHits, valenceKeys, valenceScore, withValence } from './valence';

describe('valence score (AFINN-165 lists, exact matching)', () => {
  it('sums the rated words and emoji', () => {
    expect(valenceScore('I am happy', 'en')).toBe(3);
    expect(valenceScore('I am happy 😍', 'en')).toBe(6);
    expect(valenceScore('Das ist schrecklich', 'de')).toBeLessThan(0);
    expect(valenceScore('Send me the invoice', 'en')).toBe(0);
  });

  it('turns a word round after a negator, in the text language', () => {
    expect(valenceScore('I am not happy', 'en')).toBe(-3);
    expect(valenceScore('Je ne suis pas content', 'fr')).toBeLessThan(0);
    expect(valenceScore('Das ist nicht gut', 'de')).toBeLessThan(0);
    expect(valenceScore('Das ist gut', 'de')).toBeGreaterThan(0);
  });

  it('lets a negator reach five words, no further', () => {
    expect(valenceScore('not one two three four happy', 'en')).toBe(-3);
    expect(valenceScore('not one two three four five happy', 'en')).toBe(3);
  });

  it('matches words exactly: "four" is not "foul"', () => {
    expect(valenceScore('foul', 'en')).toBeLessThan(0);
    expect(valenceScore('four', 'en')).toBe(0);
  });

  it('matches a listed phrase as one rating', () => {
    expect(valenceScore('that was cool stuff', 'en')).toBe(3);
  });

  it('keeps the emoji lists from turning letters into ratings (NFKC makes ⓘ an "i")', () => {
    expect(valenceScore('i', 'en')).toBe(0);
    expect(valenceScore('ⓘ', 'en')).toBe(0);
  });

  it('reads nothing into an empty text', () => {
    expect(valenceScore('', 'en')).toBe(0);
    expect(valenceScore('  \n ', 'de')).toBe(0);
  });

  it('hears a negator of two words ("kan niet", "war nicht")', () => {
    expect(valenceScore('Ik kan niet blij zijn', 'nl')).toBeLessThan(0);
    expect(valenceScore('Ik ben blij', 'nl')).toBeGreaterThan(0);
    expect(valenceScore('Das war nicht gut', 'de')).toBeLessThan(0);
  });

  it('rates a listed two-word phrase, not its parts', () => {
    // "stand" alone is not rated; "can't stand" is -3 as a phrase, not a negated "stand".
    expect(valenceScore('stand', 'en')).toBe(0);
    expect(valenceScore("I can't stand this", 'en')).toBe(-3);
  });

  it('reads a typographic apostrophe like a straight one (phones type ’)', () => {
    expect(valenceScore('I can’t stand this', 'en')).toBe(valenceScore("I can't stand this", 'en'));
    expect(valenceScore('It isn’t good', 'en')).toBeLessThan(0);
  });

  it('reads a word in typographic quotes as the word (‘terrible’ is terrible)', () => {
    expect(valenceScore('The support was ‘terrible’', 'en')).toBe(valenceScore('The support was terrible', 'en'));
    expect(valenceScore('They call this ‘great’ service', 'en')).toBe(3);
  });

  it('reads only emoji in a language it has no list for', () => {
    expect(valenceScore('happy', 'xx')).toBe(0);
    expect(valenceScore('😍', 'xx')).toBeGreaterThan(0);
  });
});

describe('valence features', () => {
  it('says the sign, a strong sum and "nothing rated"', () => {
    expect(valenceKeys(0)).toEqual(['#v-zero']);
    expect(valenceKeys(-1)).toEqual(['#v-neg']);
    expect(valenceKeys(-4)).toEqual(['#v-neg', '#v-neg3']);
    expect(valenceKeys(3)).toEqual(['#v-pos', '#v-pos3']);
  });

  it('are added to the ids once, without duplicates', () => {
    const buckets = 1 << 4;
    const zero = fnv1a('#v-zero') & (buckets - 1);
    const ids = withValence(Int32Array.from([zero]), 'hello', 'en', buckets);
    expect(Array.from(ids)).toEqual([zero]);
  });

  it('add the sign and strength to ids that do not hold them', () => {
    const buckets = 1 << 20;
    const mask = buckets - 1;
    const ids = withValence(Int32Array.from([7]), 'I am furious', 'en', buckets);
    expect(Array.from(ids)).toEqual([7, fnv1a('#v-neg') & mask, fnv1a('#v-neg3') & mask]);
  });

  it('reach only a head trained with them: the shipped sentiment head, not the emotion heads', () => {
    const model = cueModel();
    expect(model.heads.sentiment!.valence).toBe(true);
    expect(model.heads.emotion!.valence).toBe(false);
    expect(model.heads.upset!.valence).toBe(false);
    const ids = Int32Array.from([1, 2, 3]);
    expect(idsForHead(model.heads.emotion!, ids, 'I am furious', 'en', model.features)).toBe(ids);
    // The sum's two features, then (cue22, shipped by cue24) the word's coefficient and the sum's two again tagged 'en'.
    expect(idsForHead(model.heads.sentiment!, ids, 'I am furious', 'en', model.features).length).toBe(8);
    // The upset confidence's and the tone's own head reads the sum's two only (cue24).
    expect(idsForHead(model.heads.upsetSentiment!, ids, 'I am furious', 'en', model.features).length).toBe(5);
  });

  it('move the sentiment the way the list leans', () => {
    // The same words with and without the valence features: the features alone push the rated words'
    // way, so a head that lost them (or read them backwards) fails here.
    const model = cueModel();
    const head = model.heads.sentiment!;
    const negative = head.classes.indexOf('negative');
    const positive = head.classes.indexOf('positive');
    const lean = (text: string) => {
      const ids = featureIds(text, model.features, 'en');
      const without = headProbabilities(head, ids);
      const withFeatures = headProbabilities(head, idsForHead(head, ids, text, 'en', model.features));
      return { negative: withFeatures[negative]! - without[negative]!, positive: withFeatures[positive]! - without[positive]! };
    };
    expect(lean('This is a terrible, awful disaster').negative).toBeGreaterThan(0);
    expect(lean('Wonderful, thank you, great help').positive).toBeGreaterThan(0);
    const negated = predict(model, 'I am not happy with this', 'en').sentiment!;
    const plain = predict(model, 'I am happy with this', 'en').sentiment!;
    expect(negated.negative!).toBeGreaterThan(plain.negative!);
  });
});

describe('valence detail (the sentiment head since cue22)', () => {
  it('keeps each rated word, turned round after a negator, and the sum is theirs', () => {
    expect(valenceHits('I am happy 😍', 'en')).toEqual([3, 3]);
    expect(valenceHits('I am not happy', 'en')).toEqual([-3]);
    expect(valenceHits('Send me the invoice', 'en')).toEqual([]);
    for (const [text, lang] of [
      ['good but terrible', 'en'],
      ['Das ist nicht gut', 'de'],
      ['خدمة ممتازة', 'ar'],
    ] as const)
      expect(valenceScore(text, lang)).toBe(valenceHits(text, lang).reduce((a, b) => a + b, 0));
  });

  it("names each word's coefficient (clipped to 4), mixed signs, and the sum tagged with the language", () => {
    expect(valenceDetailKeys([-3], 'en')).toEqual(['#vh-3', '#v-neg:en', '#v-neg3:en']);
    expect(valenceDetailKeys([5, -2], 'de')).toEqual(['#vh4', '#vh-2', '#v-mix', '#v-pos:de', '#v-pos3:de']);
    expect(valenceDetailKeys([], 'pt')).toEqual(['#v-zero:pt']);
  });

  it('tags no language without lists: a tag the head never saw would read whatever shares its bucket', () => {
    expect(valenceDetailKeys([], 'ru')).toEqual([]);
    expect(valenceDetailKeys([2], '')).toEqual(['#vh2']);
  });

  it('adds nothing to a head trained without it (the valence features only)', () => {
    const buckets = 1 << 20;
    const mask = buckets - 1;
    expect(Array.from(withValence(Int32Array.from([7]), 'I am furious', 'en', buckets))).toEqual([
      7,
      fnv1a('#v-neg') & mask,
      fnv1a('#v-neg3') & mask,
    ]);
    expect(Array.from(withValence(Int32Array.from([7]), 'I am furious', 'en', buckets, true))).toEqual(
      [7, '#v-neg', '#v-neg3', '#vh-3', '#v-neg:en', '#v-neg3:en'].map((k) => (typeof k === 'number' ? k : fnv1a(k) & mask)),
    );
  });

  it('reaches a head trained with it, and the analyzer reads the ids the trainer trained on', () => {
    const model = cueModel();
    // train.ts builds the sentiment head's examples with idsForHead({ valence, arabicFold, valenceDetail }).
    const trainerHead = { valence: true, arabicFold: true, valenceDetail: true };
    const head = { ...model.heads.sentiment!, ...trainerHead };
    const detailed = { ...model, heads: { ...model.heads, sentiment: head } };
    const sorted = (xs: Int32Array) => [...xs].sort((a, b) => a - b);
    for (const [text, lang] of [
      ['I am not happy with this 😡', 'en'],
      ['الخدمة سيئة جدا', 'ar'],
      ['Top, danke!', 'de'],
    ] as const) {
      const ids = featureIds(text, model.features, lang);
      const trained = idsForHead(trainerHead, ids, text, lang, model.features);
      expect(trained.length).toBeGreaterThan(idsForHead({ ...trainerHead, valenceDetail: false }, ids, text, lang, model.features).length);
      const expected = headProbabilities(head, trained);
      const got = predict(detailed, text, lang).sentiment!;
      head.classes.forEach((c, i) => expect(got[c]).toBeCloseTo(expected[i]!, 12));
      // The emotion and upset heads read no detail.
      expect(sorted(idsForHead(model.heads.upset!, ids, text, lang, model.features))).toEqual(sorted(ids));
    }
  });

  it('is read by the shipped sentiment head only, not by the head the upset confidence and the tone read', () => {
    const model = cueModel();
    expect(model.heads.sentiment!.valenceDetail).toBe(true);
    expect(model.heads.upsetSentiment!.valenceDetail).toBe(false);
    expect(model.heads.emotion!.valenceDetail).toBe(false);
    expect(model.heads.upset!.valenceDetail).toBe(false);
  });
});
