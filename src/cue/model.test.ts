import { describe, expect, it } from 'vitest';
import { predict } from './linear-model';
import { cueModel } from './model';

describe('shipped cue model', () => {
  it('loads and predicts probabilities for both heads', () => {
    const model = cueModel();
    const out = predict(model, 'This is terrible, I am so angry!', 'en');
    const sentiment = out.sentiment!;
    expect(Object.values(sentiment).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(sentiment.negative).toBeGreaterThan(sentiment.positive!);
    expect(Object.keys(out.emotion!)).toHaveLength(7);
  });

  it('hears positive words as positive', () => {
    const out = predict(cueModel(), 'Vielen Dank, alles super, ich bin sehr zufrieden!', 'de');
    expect(out.sentiment!.positive).toBeGreaterThan(out.sentiment!.negative!);
  });
});
