// `node scripts/run.mjs scripts/cue/cv-sentiment.ts`: five-fold out-of-fold sentiment on UMSAB, for choosing
// sentiment settings on ~2,700 tweets per language instead of val's 324 (+-2.5 points). Folds by text hash;
// each fold trains the sentiment head of the --report recipe without that fifth (the sentiment decision
// reads no other head: the emotion and upset heads come from the shipped model), then scores the shipped
// decision (head + lexicon + rules) on it. Prints the out-of-fold macro-F1 per language.
// `--with-val`: the folds cover UMSAB train + val (the shipped model's data; val is then one more part of
// the pool, never a figure of its own). `--seeds 7,11,13`: the whole thing once per shuffling seed, then
// per language the mean over seeds and, for the 7-language mean, its spread: the seeds' standard
// deviation and the folds' standard error. `--json FILE` writes the per-seed figures; `--against FILE`
// prints the paired difference with such a file (same seeds, same folds): the figure a change is decided on.
// `--lexicon` sweeps the lexicon weight too (chosen on folds 0-2, checked on folds 3-4), `--rules` turns the
// rules after the head (analyze-message.ts) off one by one.
// CUE_SEED as in train:cue (when no --seeds); CV_CLASS_POWER, CV_XED_WEIGHT, CV_MAIA_WEIGHT and
// CV_FEATURES (JSON, e.g. '{"langWords":true}') change the recipe; each run takes ~2-4 minutes a seed.
// CV_SCALE=nb|idf|none (feature scaling, trainer.ts featureScales, nb as shipped; CV_SCALE_ALPHA, CV_SCALE_FLOOR), CV_L2, CV_LR and
// CV_EPOCHS change the trainer; CV_ENSEMBLE=S averages the head's scores with a head trained without scaling (share S).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeMessageDetail, tuning } from '../../src/cue/analyze-message';
import { featureIds, fnv1a, type FeatureOptions } from '../../src/cue/features';
import { idsForHead, type SerializedModel } from '../../src/cue/linear-model';
import { useCueModel } from '../../src/cue/model';
import type { Sentiment } from '../../src/cue/types';
import { maia, requireData, SHIPPED_MODEL, umsab, UMSAB_LANGS, xed, type Example } from './data';
import { macroF1, pct } from './metrics';
import { support } from './support';
import { calmTicketSentences } from './calm-tickets';
import { averageHeads, classWeights, featureScales, quantizeHead, trainHead } from './trainer';

const { values: args } = parseArgs({
  options: {
    'with-val': { type: 'boolean', default: false },
    seeds: { type: 'string', default: process.env.CUE_SEED ?? '7' },
    json: { type: 'string' },
    against: { type: 'string' },
    lexicon: { type: 'boolean', default: false },
    rules: { type: 'boolean', default: false },
  },
});
requireData();
const K = 5;
const SEEDS = args.seeds.split(',').map(Number);
const SENTIMENTS: Sentiment[] = ['negative', 'neutral', 'positive'];
const shipped = JSON.parse(readFileSync(SHIPPED_MODEL, 'utf8')) as SerializedModel;
// CV_FEATURES='{"negScope":true}' tries feature options the shipped model was not trained with.
const features: FeatureOptions = { ...shipped.features, ...(JSON.parse(process.env.CV_FEATURES ?? '{}') as Partial<FeatureOptions>) };
const umsabTrain = args['with-val'] ? [...umsab('train'), ...umsab('val')] : umsab('train');
const fold = (e: Example) => fnv1a(e.text) % K;
// CV_XED_WEIGHT, CV_MAIA_WEIGHT: the other sets' weight in the sentiment head (0.5 and 1 as shipped).
const weightOf = (e: Example) =>
  e.group.startsWith('xed')
    ? Number(process.env.CV_XED_WEIGHT ?? 0.5)
    : e.group.startsWith('support')
      ? 2
      : e.group === 'tickets'
        ? Number(process.env.CV_CALM_TICKETS ?? 0)
        : e.group.startsWith('maia')
          ? Number(process.env.CV_MAIA_WEIGHT ?? 1)
          : 1;
// CV_CALM_TICKETS=W: the calm synthetic ticket sentences (fit half) as neutral, weight W (train:cue --calm-tickets-sentiment).
const calmTickets = Number(process.env.CV_CALM_TICKETS ?? 0) > 0 ? calmTicketSentences('fit') : [];
const others = [
  ...maia('train', true, { repeats: 'as-published' }),
  ...xed('train'),
  ...support('fit'),
  ...calmTickets.map((e) => ({ ...e, sentiment: 'neutral' as const })),
].filter((e) => weightOf(e) > 0);
const LANGS = Object.values(UMSAB_LANGS);
// Feature scaling as train:cue ships it (NB log-count ratios); CV_SCALE=idf or none to compare.
const scaleMode = process.env.CV_SCALE === 'none' ? undefined : ((process.env.CV_SCALE ?? 'nb') as 'nb' | 'idf');

// Out-of-fold: for each UMSAB train tweet, the sentiment under each candidate setting (`--lexicon` sweeps
// the lexicon weight; `--rules` turns the rules after the head off one by one, with and without the
// lexicon; otherwise only the shipped setting).
type Setting = Pick<typeof tuning, 'lexiconWeight' | 'plainPositive' | 'plainNegative' | 'plainQuestion'>;
const shippedSetting: Setting = { ...tuning };
const RULES_OFF = { plainPositive: 0, plainNegative: 0, plainQuestion: 0 };
const candidates: Setting[] = args.lexicon
  ? [0, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8].map((lexiconWeight) => ({ ...shippedSetting, lexiconWeight }))
  : args.rules
    ? [
        shippedSetting,
        { ...shippedSetting, plainPositive: 0 },
        { ...shippedSetting, plainQuestion: 0 },
        { ...shippedSetting, ...RULES_OFF },
        { ...shippedSetting, lexiconWeight: 0 },
        { ...shippedSetting, ...RULES_OFF, lexiconWeight: 0 },
        ...[0.2, 0.4, 0.8].map((lexiconWeight) => ({ ...shippedSetting, ...RULES_OFF, lexiconWeight })),
      ]
    : [shippedSetting];
const describe = (c: Setting) =>
  Object.entries(c)
    .filter(([k, v]) => v !== shippedSetting[k as keyof Setting])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'as shipped';
// The sentiment head's own options as shipped (valence; Arabic folded since cue21, CV_ARABIC_FOLD=0 without;
// the valence detail as shipped, cue22).
const headFeatures = {
  valence: true,
  arabicFold: (process.env.CV_ARABIC_FOLD ?? (shipped.heads.sentiment!.arabicFold ? '1' : '0')) === '1',
  // The valence lists' detail features (valence.ts valenceDetailKeys, cue22): as the shipped head; CV_VALENCE_DETAIL=1 with, 0 without.
  valenceDetail: (process.env.CV_VALENCE_DETAIL ?? (shipped.heads.sentiment!.valenceDetail ? '1' : '0')) === '1',
};
// The features of each example once for every fold and seed (they depend on the recipe, not the fold).
const idCache = new Map<Example, Int32Array>();
const idsOf = (e: Example) => {
  let ids = idCache.get(e);
  if (!ids) idCache.set(e, (ids = idsForHead(headFeatures, featureIds(e.text, features, e.lang), e.text, e.lang, features)));
  return ids;
};

/** Out-of-fold sentiment of every pooled tweet under each candidate setting, for one shuffling seed. */
function outOfFold(seed: number): Map<Example, Sentiment[]> {
  const predicted = new Map<Example, Sentiment[]>();
  for (let k = 0; k < K; k++) {
    const rows = [...umsabTrain.filter((e) => fold(e) !== k), ...others].filter((e) => e.sentiment);
    const labels = rows.map((e) => SENTIMENTS.indexOf(e.sentiment!));
    // The calm tickets do not count in the class balance (as in train:cue).
    const perClass = classWeights(
      labels.filter((_, i) => rows[i]!.group !== 'tickets'),
      3,
      Number(process.env.CV_CLASS_POWER ?? 0.5),
    );
    // CV_NEUTRAL=X: the neutral class's weight times X (cue22: 1.2 cost 0.2 on seed 7).
    perClass[1]! *= Number(process.env.CV_NEUTRAL ?? 1);
    const train = rows.map((e, i) => ({ ids: idsOf(e), label: labels[i]!, weight: perClass[labels[i]!]! * weightOf(e) }));
    const options = {
      buckets: features.buckets,
      classes: SENTIMENTS,
      epochs: Number(process.env.CV_EPOCHS ?? 10),
      learningRate: Number(process.env.CV_LR ?? 0.1),
      l2: Number(process.env.CV_L2 ?? 1e-6),
      seed,
    };
    const scaled = trainHead(train, {
      ...options,
      ...(scaleMode
        ? {
            featureScale: featureScales(
              train,
              features.buckets,
              3,
              scaleMode,
              Number(process.env.CV_SCALE_ALPHA ?? 1),
              Number(process.env.CV_SCALE_FLOOR ?? 0),
            ),
          }
        : {}),
    });
    // CV_ENSEMBLE=S: the scores averaged with a head trained without scaling, share S of the plain one.
    const share = Number(process.env.CV_ENSEMBLE ?? 0);
    const head = share > 0 ? averageHeads(scaled, trainHead(train, options), share) : scaled;
    useCueModel({ ...shipped, features, heads: { ...shipped.heads, sentiment: { ...quantizeHead(SENTIMENTS, head), ...headFeatures } } });
    for (const e of umsabTrain.filter((x) => fold(x) === k)) {
      predicted.set(
        e,
        candidates.map((c) => {
          Object.assign(tuning, c);
          return analyzeMessageDetail(e.text, e.lang).sentiment;
        }),
      );
    }
    process.stderr.write(`seed ${seed} fold ${k} done\n`);
  }
  Object.assign(tuning, shippedSetting);
  return predicted;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => (xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1)) : 0);
const line = (name: string, scores: number[]) =>
  `${name}: ${LANGS.map((l, i) => `${l} ${pct(scores[i]!)}`).join(' | ')} | mean ${pct(mean(scores))}\n`;
const byLang = (rows: Example[]) => LANGS.map((l) => rows.filter((e) => e.lang === l));

// Per seed, per candidate: the per-language out-of-fold macro-F1, and the 7-language mean of each fold alone.
interface SeedResult {
  seed: number;
  perLang: number[][];
  perFold: number[][];
}
const results: SeedResult[] = [];
process.stdout.write(
  `pool: UMSAB ${args['with-val'] ? 'train + val' : 'train'}, ${umsabTrain.length} tweets, ${K} folds by text hash; seeds ${SEEDS.join(', ')}\n`,
);
for (const seed of SEEDS) {
  const predicted = outOfFold(seed);
  const f1 = (rows: Example[], c: number) =>
    macroF1(
      rows.map((e) => e.sentiment!),
      rows.map((e) => predicted.get(e)![c]!),
    );
  const langMean = (rows: Example[], c: number) => mean(byLang(rows).map((r) => f1(r, c)));
  const result: SeedResult = { seed, perLang: [], perFold: [] };
  for (let c = 0; c < candidates.length; c++) {
    result.perLang.push(byLang(umsabTrain).map((r) => f1(r, c)));
    result.perFold.push(
      Array.from({ length: K }, (_, k) =>
        langMean(
          umsabTrain.filter((e) => fold(e) === k),
          c,
        ),
      ),
    );
    process.stdout.write(line(`seed ${seed}, all folds, ${describe(candidates[c]!)}`, result.perLang[c]!));
  }
  results.push(result);
  // Kept after every seed, so a long run stopped early still leaves the seeds it finished.
  if (args.json) writeFileSync(args.json, JSON.stringify({ withVal: args['with-val'], features, results }));
  if (candidates.length > 1) {
    // Honest check inside the pool: the setting chosen on folds 0-2, scored on folds 3-4.
    const first = umsabTrain.filter((e) => fold(e) < 3);
    const chosen = candidates.reduce((a, _, c) => (langMean(first, c) > langMean(first, a) + 1e-9 ? c : a), 0);
    const rest = umsabTrain.filter((e) => fold(e) >= 3);
    process.stdout.write(`seed ${seed}, chosen on folds 0-2: ${describe(candidates[chosen]!)}\n`);
    process.stdout.write(
      line(
        `seed ${seed}, folds 3-4 at that setting`,
        byLang(rest).map((r) => f1(r, chosen)),
      ),
    );
  }
}

// Over the seeds: the per-language mean, and the spread of the 7-language mean (seeds' standard deviation;
// the folds' standard error, the mean of each fold alone, averaged over seeds).
for (let c = 0; c < candidates.length; c++) {
  const perLang = LANGS.map((_, l) => mean(results.map((r) => r.perLang[c]![l]!)));
  const means = results.map((r) => mean(r.perLang[c]!));
  const folds = Array.from({ length: K }, (_, k) => mean(results.map((r) => r.perFold[c]![k]!)));
  process.stdout.write(
    line(`over ${SEEDS.length} seed(s), ${describe(candidates[c]!)}`, perLang).replace(
      /\n$/,
      ` (seeds sd ${pct(sd(means))}, folds se ${pct(sd(folds) / Math.sqrt(K))})\n`,
    ),
  );
}
if (args.against) {
  // Paired with an earlier run on the same seeds: the difference per seed and language, candidate 0 of each.
  const base = JSON.parse(readFileSync(args.against, 'utf8')) as { results: SeedResult[] };
  const diffs: number[][] = [];
  for (const r of results) {
    const b = base.results.find((x) => x.seed === r.seed);
    if (!b) continue;
    const d = r.perLang[0]!.map((v, l) => v - b.perLang[0]![l]!);
    diffs.push(d);
    process.stdout.write(line(`seed ${r.seed}, minus ${args.against}`, d));
  }
  if (diffs.length) {
    const dMeans = diffs.map(mean);
    // The same difference fold by fold (7-language mean of each fold, averaged over the seeds).
    const paired = results.filter((r) => base.results.some((x) => x.seed === r.seed));
    const foldDiffs = Array.from({ length: K }, (_, k) =>
      mean(paired.map((r) => r.perFold[0]![k]! - base.results.find((x) => x.seed === r.seed)!.perFold[0]![k]!)),
    );
    process.stdout.write(
      line(
        `paired difference over ${diffs.length} seed(s)`,
        LANGS.map((_, l) => mean(diffs.map((d) => d[l]!))),
      ).replace(
        /\n$/,
        ` (sd over seeds ${pct(sd(dMeans))}, folds se ${pct(sd(foldDiffs) / Math.sqrt(K))}; per fold ${foldDiffs.map(pct).join(' ')})\n`,
      ),
    );
  }
}
