// The labelled support messages in data/cue/ (written and labelled for Souffleur, in the repository;
// see data/cue/README.md). Split by situation: the k-th message of a class is the same situation in
// every language, so a situation is held out in all five languages at once (about 30 %). The rest is
// cut the same way into a part the model trains on (about 40 %) and a part the precision-first
// threshold is calibrated on (about 30 %), so the threshold is not chosen on messages the model has seen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../../src/cue/features';
import { EMOTIONS, type Emotion } from '../../src/cue/types';
import { sentimentOf, type Example } from './data';

export const SUPPORT_LANGS = ['en', 'de', 'nl', 'sv', 'ar'] as const;

export type SupportSplit = 'fit' | 'calibrate' | 'heldout';

export function support(split: SupportSplit, dir = join(process.cwd(), 'data', 'cue')): Example[] {
  const out: Example[] = [];
  for (const lang of SUPPORT_LANGS) {
    const rank = new Map<string, number>();
    for (const line of readFileSync(join(dir, `${lang}.tsv`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const [label, text] = line.split('\t') as [Emotion, string];
      if (!EMOTIONS.includes(label) || !text) throw new Error(`data/cue/${lang}.tsv: bad line ${JSON.stringify(line)}`);
      const k = rank.get(label) ?? 0;
      rank.set(label, k + 1);
      const bucket = fnv1a(`${label}:${k}`) % 10;
      const part: SupportSplit = bucket < 3 ? 'heldout' : bucket < 7 ? 'fit' : 'calibrate';
      if (part !== split) continue;
      out.push({ text, lang, emotion: label, sentiment: sentimentOf(label), group: `support-${lang}` });
    }
  }
  return out;
}
