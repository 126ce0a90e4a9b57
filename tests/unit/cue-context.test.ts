// The conversation-context diagnostic (scripts/cue/context-ceiling.ts) scores each customer sentence with
// what the product could know when it arrives: the sentence's own upset confidence and the customer's
// earlier sentences of the same conversation, never the later ones and never a label (except in the
// explicitly named oracle ceilings).
import { describe, expect, it } from 'vitest';
import { carryOver, rankingAt } from '../../scripts/cue/context';

describe('carryOver()', () => {
  it('raises a sentence by the decayed upset of the earlier ones, never by later ones', () => {
    const scores = carryOver([0.8, 0, 0, 0.5], { weight: 0.5, decay: 0.5 });
    expect(scores[0]).toBeCloseTo(0.8); // nothing before it
    expect(scores[1]).toBeCloseTo(0.5 * 0.8); // the upset message just before
    expect(scores[2]).toBeCloseTo(0.5 * 0.4); // one message further back: decayed
    expect(scores[3]).toBeCloseTo(1 - 0.5 * (1 - 0.5 * 0.2)); // noisy-OR with its own confidence
  });

  it('with weight 0 is the sentence alone', () => {
    carryOver([0.1, 0.9, 0.3], { weight: 0, decay: 1 }).forEach((score, i) => expect(score).toBeCloseTo([0.1, 0.9, 0.3][i]!));
  });
});

describe('rankingAt()', () => {
  it('gives the best recall at precision 60 and the precision where recall first reaches 40', () => {
    const scored = [
      { score: 0.9, gold: true },
      { score: 0.8, gold: false },
      { score: 0.7, gold: true },
      { score: 0.6, gold: false },
      { score: 0.5, gold: true },
      { score: 0.1, gold: false },
    ];
    // Top 1: P 1, R 1/3. Top 3: P 2/3, R 2/3 (first at R >= 0.4). Top 5: P 3/5, R 1.
    expect(rankingAt(scored)).toEqual({ recallAtP60: 1, precisionAtR40: 2 / 3 });
  });

  it('never splits tied scores: a threshold names all of them or none', () => {
    // Four tied at 0, two upset among them: split, they would reach recall 40 at precision 1.
    const scored = [
      { score: 0.9, gold: true },
      { score: 0, gold: true },
      { score: 0, gold: true },
      { score: 0, gold: false },
      { score: 0, gold: false },
    ];
    expect(rankingAt(scored)).toEqual({ recallAtP60: 1, precisionAtR40: 3 / 5 });
  });
});
