// A compact multinomial logistic-regression model over hashed features: int8-quantised weights in a
// base64 string (so one JSON import carries it through both Vite and esbuild), decoded once on load.
import { ARABIC_SCRIPT } from '../language/normalize';
import { featureIds, type FeatureOptions } from './features';
import { withValence } from './valence';

export interface SerializedHead {
  classes: string[];
  /** Dequantisation factor: weight = int8 * scale. */
  scale: number;
  bias: number[];
  /** base64 of Int8Array(buckets * classes.length), bucket-major. */
  weights: string;
  /** Trained with the valence features too (src/cue/valence.ts); only the sentiment head is. */
  valence?: boolean;
  /**
   * Trained on Arabic spelling folded (features.ts arabicFold); only the sentiment head is, so the emotion and
   * upset heads keep the tokens they were trained on (cue21, scripts/cue/README.md).
   */
  arabicFold?: boolean;
  /** Trained with the valence lists' detail features too (valence.ts valenceDetailKeys); the sentiment head, cue22. */
  valenceDetail?: boolean;
}

/**
 * What the `upsetSentiment` head reads (cue24): the sentiment head's recipe as shipped since cue21 (valence
 * features, Arabic folded, no valence detail), frozen. The upset confidence and the tone read that head, so
 * the sentiment head can change without moving the cue's reading (scripts/cue/README.md, session cue24).
 */
export const UPSET_SENTIMENT_READS = { valence: true, arabicFold: true } as const;

export interface SerializedModel {
  format: 'souffleur-cue-linear/1';
  features: FeatureOptions;
  heads: Record<string, SerializedHead>;
  trainedOn: string;
}

export interface LinearHead {
  classes: string[];
  weights: Int8Array;
  scale: number;
  bias: Float32Array;
  valence?: boolean;
  arabicFold?: boolean;
  valenceDetail?: boolean;
}

export interface LinearModel {
  features: FeatureOptions;
  heads: Record<string, LinearHead>;
}

function base64ToInt8(text: string): Int8Array {
  const binary = atob(text);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24;
  return out;
}

export function int8ToBase64(values: Int8Array): string {
  let binary = '';
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function decodeModel(serialized: SerializedModel): LinearModel {
  if (serialized.format !== 'souffleur-cue-linear/1') throw new Error(`unknown cue model format ${String(serialized.format)}`);
  const heads: Record<string, LinearHead> = {};
  for (const [name, head] of Object.entries(serialized.heads)) {
    const weights = base64ToInt8(head.weights);
    if (weights.length !== serialized.features.buckets * head.classes.length) throw new Error(`cue model head ${name} has the wrong size`);
    heads[name] = {
      classes: head.classes,
      weights,
      scale: head.scale,
      bias: Float32Array.from(head.bias),
      valence: head.valence === true,
      arabicFold: head.arabicFold === true,
      valenceDetail: head.valenceDetail === true,
    };
  }
  return { features: serialized.features, heads };
}

/**
 * The feature ids one head reads: the text's shared ids (read again with Arabic folded for a head trained so,
 * when the text has Arabic letters), plus the valence features for a head trained with them.
 */
export function idsForHead(
  head: Pick<LinearHead, 'valence' | 'arabicFold' | 'valenceDetail'>,
  ids: Int32Array,
  text: string,
  lang: string | undefined,
  features: FeatureOptions,
): Int32Array {
  if (head.arabicFold && ARABIC_SCRIPT.test(text)) ids = featureIds(text, { ...features, arabicFold: true }, lang);
  // A language without lists still gets the emoji and the "nothing rated" feature the head was trained with.
  return head.valence ? withValence(ids, text, lang ?? '', features.buckets, head.valenceDetail === true) : ids;
}

/** The sentiment head the cue's own reading goes by: its own since cue24, the sentiment head in older models. */
export const upsetSentimentHead = (model: LinearModel): LinearHead => model.heads.upsetSentiment ?? model.heads.sentiment!;

/** Softmax probabilities of one head for already-extracted feature ids. */
export function headProbabilities(head: LinearHead, ids: Int32Array): Float64Array {
  const k = head.classes.length;
  const scores = new Float64Array(k);
  for (const id of ids) {
    const base = id * k;
    for (let c = 0; c < k; c++) scores[c]! += head.weights[base + c]!;
  }
  // Feature values are 1/sqrt(n), as in training (scripts/cue/trainer.ts).
  const value = ids.length ? head.scale / Math.sqrt(ids.length) : 0;
  let max = -Infinity;
  for (let c = 0; c < k; c++) {
    scores[c] = scores[c]! * value + head.bias[c]!;
    if (scores[c]! > max) max = scores[c]!;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < k; c++) scores[c] = scores[c]! / sum;
  return scores;
}

export function predict(model: LinearModel, text: string, lang?: string): Record<string, Record<string, number>> {
  const ids = featureIds(text, model.features, lang);
  const out: Record<string, Record<string, number>> = {};
  for (const [name, head] of Object.entries(model.heads)) {
    const probs = headProbabilities(head, idsForHead(head, ids, text, lang, model.features));
    out[name] = Object.fromEntries(head.classes.map((c, i) => [c, probs[i]!]));
  }
  return out;
}
