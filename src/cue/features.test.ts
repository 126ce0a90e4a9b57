import { describe, expect, it } from 'vitest';
import { featureIds, fnv1a, type FeatureOptions } from './features';

const plain: FeatureOptions = { buckets: 1 << 17, minChar: 2, maxChar: 5 };
const withCues: FeatureOptions = { ...plain, supportCues: true };
const has = (text: string, key: string, options = withCues) => featureIds(text, options).includes(fnv1a(key) & (options.buckets - 1));

describe('support cues (a trial feature set, off in the shipped model)', () => {
  it('marks repeated contact, blame and a negated problem word, in several languages', () => {
    expect(has('This is the third time I write', '#repeated')).toBe(true);
    expect(has('Das Passwort geht schon wieder nicht', '#repeated')).toBe(true);
    expect(has('You people never answer', '#blame')).toBe(true);
    expect(has('The login does not work', '#problem')).toBe(true);
    expect(has('O aplicativo não funciona', '#problem')).toBe(true);
    expect(has('How do I reset my password?', '#repeated')).toBe(false);
    expect(has('Is this still available?', '#problem')).toBe(false);
  });

  it('changes nothing for a model trained without them', () => {
    const text = 'This is the THIRD time!!! You people do not work';
    expect(has(text, '#repeated', plain)).toBe(false);
    expect(featureIds(text, { ...plain, supportCues: false })).toEqual(featureIds(text, plain));
  });
});

describe('emoticons (a trial feature, off in the shipped model)', () => {
  const withEmoticons: FeatureOptions = { ...plain, emoticons: true };
  it('marks smiling and frowning faces the tokenizer would drop, not times or addresses', () => {
    expect(has('great service :)', '#emo+', withEmoticons)).toBe(true);
    expect(has('Danke <3', '#emo+', withEmoticons)).toBe(true);
    expect(has('still broken :-(', '#emo-', withEmoticons)).toBe(true);
    expect(has('meh :/', '#emo-', withEmoticons)).toBe(true);
    expect(has('see https://example.com at 10:30', '#emo-', withEmoticons)).toBe(false);
    expect(has('see https://example.com at 10:30', '#emo+', withEmoticons)).toBe(false);
    expect(has('great service :)', '#emo+', plain)).toBe(false);
  });
});
