// The cue trainer's NB feature scaling (scripts/cue/trainer.ts): a feature that only one class uses must
// weigh more than one every class uses, and the scale must be folded into the returned weights, because
// the runtime (src/cue/linear-model.ts) reads plain binary features.
import { describe, expect, it } from 'vitest';
import { featureScales, trainHead, type TrainExample } from '../../scripts/cue/trainer';

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
