// Multinomial logistic regression over sparse binary hashed features, trained with Adagrad.
// Small enough to read, fast enough for ~30k short texts in seconds on one core.
import { int8ToBase64, type SerializedHead } from '../../src/cue/linear-model';

export interface TrainExample {
  ids: Int32Array;
  label: number;
  weight: number;
}

export interface TrainOptions {
  buckets: number;
  classes: string[];
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * A fixed value per (bucket, class) that multiplies the binary feature for that class (NB log-count
   * ratios or IDF, see featureScales); the returned weights have it folded in, so inference is unchanged.
   */
  featureScale?: Float32Array;
}

function shuffle<T>(items: T[], seed: number): void {
  let state = seed >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

export function trainHead(examples: TrainExample[], options: TrainOptions): { weights: Float32Array; bias: Float32Array } {
  const k = options.classes.length;
  const weights = new Float32Array(options.buckets * k);
  const gradSq = new Float32Array(options.buckets * k).fill(1e-6);
  const bias = new Float32Array(k);
  const biasSq = new Float32Array(k).fill(1e-6);
  const order = examples.slice();
  const scores = new Float64Array(k);
  const scale = options.featureScale;
  const at = (id: number, c: number) => id * k + c;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, options.seed + epoch);
    for (const example of order) {
      // Each feature counts 1/sqrt(n): long and short texts get logits of the same scale.
      const value = 1 / Math.sqrt(example.ids.length);
      for (let c = 0; c < k; c++) scores[c] = 0;
      for (const id of example.ids) for (let c = 0; c < k; c++) scores[c]! += weights[at(id, c)]! * (scale ? scale[at(id, c)]! : 1);
      for (let c = 0; c < k; c++) scores[c] = scores[c]! * value + bias[c]!;
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, scores[c]!);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        scores[c] = Math.exp(scores[c]! - max);
        sum += scores[c]!;
      }
      for (let c = 0; c < k; c++) {
        const gradient = (scores[c]! / sum - (c === example.label ? 1 : 0)) * example.weight;
        biasSq[c]! += gradient * gradient;
        bias[c]! -= (options.learningRate * gradient) / Math.sqrt(biasSq[c]!);
        for (const id of example.ids) {
          const i = at(id, c);
          const g = gradient * value * (scale ? scale[i]! : 1) + options.l2 * weights[i]!;
          gradSq[i]! += g * g;
          weights[i]! -= (options.learningRate * g) / Math.sqrt(gradSq[i]!);
        }
      }
    }
  }
  if (scale) for (let i = 0; i < weights.length; i++) weights[i]! *= scale[i]!;
  return { weights, bias };
}

/** Quantises to int8 with one scale per head; clipping the rare extreme weights keeps resolution for the rest. */
export function quantizeHead(classes: string[], trained: { weights: Float32Array; bias: Float32Array }): SerializedHead {
  const magnitudes = Array.from(trained.weights, Math.abs)
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  const clip = magnitudes[Math.floor(magnitudes.length * 0.9995)] ?? 1;
  const scale = clip / 127;
  const q = new Int8Array(trained.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(trained.weights[i]! / scale)));
  return { classes, scale, bias: Array.from(trained.bias, (b) => Math.round(b * 1e4) / 1e4), weights: int8ToBase64(q) };
}

/** Inverse-frequency class weights (square-rooted by default), so macro-F1 is not sacrificed to the majority class. */
export function classWeights(labels: number[], k: number, power = 0.5): number[] {
  const counts = new Array<number>(k).fill(0);
  for (const l of labels) counts[l]! += 1;
  const total = labels.length;
  return counts.map((n) => (n ? (total / (k * n)) ** power : 0));
}

/**
 * Per-(bucket, class) feature scales computed from the training set. `nb`: the magnitude of the
 * class-vs-rest log-count ratio (NB-SVM, Wang & Manning 2012), with add-`alpha` smoothing and a `floor`
 * so unseen-leaning features still learn; `idf`: log(N / df), the same for every class.
 */
export function featureScales(
  examples: TrainExample[],
  buckets: number,
  k: number,
  mode: 'nb' | 'idf',
  alpha = 1,
  floor = 0,
): Float32Array {
  const counts = new Float64Array(buckets * k);
  const df = new Float64Array(buckets);
  for (const e of examples)
    for (const id of e.ids) {
      counts[id * k + e.label]! += e.weight;
      df[id]! += 1;
    }
  const out = new Float32Array(buckets * k);
  if (mode === 'idf') {
    for (let id = 0; id < buckets; id++) {
      const v = Math.log((examples.length + 1) / (df[id]! + 1));
      for (let c = 0; c < k; c++) out[id * k + c] = v + floor;
    }
    return out;
  }
  const classTotal = new Float64Array(k);
  for (let i = 0; i < counts.length; i++) classTotal[i % k]! += counts[i]! + alpha;
  const all = classTotal.reduce((a, b) => a + b, 0);
  for (let id = 0; id < buckets; id++) {
    let row = 0;
    for (let c = 0; c < k; c++) row += counts[id * k + c]! + alpha;
    for (let c = 0; c < k; c++) {
      const p = (counts[id * k + c]! + alpha) / classTotal[c]!;
      const q = (row - counts[id * k + c]! - alpha) / (all - classTotal[c]!);
      out[id * k + c] = Math.abs(Math.log(p / q)) + floor;
    }
  }
  return out;
}

/**
 * The mean of two heads' logits, as one head: both read the same features with the same 1/sqrt(n) value,
 * so averaging their weights and biases is averaging their scores (no size or time at inference).
 */
export function averageHeads(
  a: { weights: Float32Array; bias: Float32Array },
  b: { weights: Float32Array; bias: Float32Array },
  share = 0.5,
): { weights: Float32Array; bias: Float32Array } {
  return {
    weights: a.weights.map((w, i) => (1 - share) * w + share * b.weights[i]!),
    bias: a.bias.map((w, i) => (1 - share) * w + share * b.bias[i]!),
  };
}
