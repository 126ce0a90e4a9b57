// The cue trainer's NB feature scaling (scripts/cue/trainer.ts): a feature that only one class uses must
// weigh more than one every class uses, and the scale must be folded into the returned weights, because
// the runtime (src/cue/linear-model.ts) reads plain binary features.
import { describe, expect, it } from 'vitest';
import { averageHeads, featureScales, trainHead, type TrainExample } from '../../scripts/cue/trainer';

const BUCKETS = 8;
const SHARED = 0;
const ONLY_POSITIVE = 1;
const ONLY_NEGATIVE = 2;
const rows: TrainExample[] = [
  ...Array.from({ length: 20 }, () => ({ ids: Int32Array.of(SHARED, ONLY_POSITIVE), label: 1, weight: 1 })),
  ...Array.from({ length: 20 }, () => ({ ids: Int32Array.of(SHARED, ONLY_NEGATIVE), label: 0, weight: 1 })),
];
const options = { buckets: BUCKETS, classes: ['negative', 'positive'], epochs: 3, learningRate: 0.1, l2: 0, seed: 7 };

describe('NB feature scales', () => {
  it('scale a class-specific feature above a shared one, for the class it separates', () => {
    const scale = featureScales(rows, BUCKETS, 2, 'nb');
    expect(scale[ONLY_POSITIVE * 2 + 1]!).toBeGreaterThan(2);
    expect(scale[ONLY_NEGATIVE * 2 + 0]!).toBeGreaterThan(2);
    expect(scale[SHARED * 2 + 1]!).toBeLessThan(0.1);
  });

  it('are folded into the weights: a text scores the same with plain binary features', () => {
    const featureScale = featureScales(rows, BUCKETS, 2, 'nb');
    const scaled = trainHead(rows, { ...options, featureScale });
    const plain = trainHead(rows, options);
    // Both separate the classes by the class-specific feature...
    expect(scaled.weights[ONLY_POSITIVE * 2 + 1]!).toBeGreaterThan(scaled.weights[ONLY_POSITIVE * 2 + 0]!);
    // ...but the scaled head moved that feature further than plain Adagrad steps could.
    expect(Math.abs(scaled.weights[ONLY_POSITIVE * 2 + 1]!)).toBeGreaterThan(Math.abs(plain.weights[ONLY_POSITIVE * 2 + 1]!));
  });
});

describe('averageHeads', () => {
  // A text's score for each class, as the runtime computes it (src/cue/linear-model.ts headProbabilities).
  const scores = (head: { weights: Float32Array; bias: Float32Array }, ids: number[]) =>
    [0, 1].map((c) => ids.reduce((sum, id) => sum + head.weights[id * 2 + c]!, 0) / Math.sqrt(ids.length) + head.bias[c]!);

  it("scores every text with the given share of each head's scores: one head, the ensemble's logits", () => {
    const scaled = trainHead(rows, { ...options, featureScale: featureScales(rows, BUCKETS, 2, 'nb') });
    const plain = trainHead(rows, options);
    const mixed = averageHeads(scaled, plain, 0.25);
    for (const ids of [[SHARED, ONLY_POSITIVE], [SHARED, ONLY_NEGATIVE], [ONLY_POSITIVE]]) {
      const [a, b, m] = [scores(scaled, ids), scores(plain, ids), scores(mixed, ids)];
      for (const c of [0, 1]) expect(m[c]!).toBeCloseTo(0.75 * a[c]! + 0.25 * b[c]!, 5);
    }
  });
});
