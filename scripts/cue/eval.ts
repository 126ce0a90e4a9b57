// `npm run eval:cue`: scores the cue analyzer on ../shared/data beside the plain lexicon baseline
// (multilang-sentiment, AFINN-based) computed in the same run, and prints one Markdown table.
// Reported splits are never trained on: UMSAB val (the shipped model learns from it, so its rows come
// from the report model, the same recipe trained without val, which `npm run eval:cue` trains first), the MAIA test conversations (a fifth, by conversation
// id), the XED test half (by text hash); see scripts/cue/data.ts. And the held-out part of our own
// labelled support messages (data/cue, scripts/cue/support.ts), never trained or calibrated on, and the
// held-out halves of our four sets of support chats (data/cue/chat, chat2, chat3, chat4, written apart from
// the model; scripts/cue/chat.ts), the register issue 16 is measured in.
// Where the cue names disappointment, frustration or anger ("upset"), precision and recall are at the
// threshold the sidebar and `souffleur cue` use (tuning.upsetThreshold); the baseline names it on a
// negative lexicon score.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { analyzeMessageDetail, isUpset, tuning } from '../../src/cue/analyze-message';
import { featureIds } from '../../src/cue/features';
import { headProbabilities, idsForHead, type SerializedModel } from '../../src/cue/linear-model';
import { cueModel, unloadCueModel, useCueModel } from '../../src/cue/model';
import type { Emotion } from '../../src/cue/types';
import { maia, REPORT_MODEL, requireData, SHIPPED_MODEL, umsab, xed, UMSAB_LANGS, XED_LANGS, type Example } from './data';
import { binaryF1, macroF1, pct, precisionRecall } from './metrics';
import { CHAT_LANGS, chatLayout, chatSet, chats } from './chat';
import { support, SUPPORT_LANGS } from './support';

requireData();
const require = createRequire(import.meta.url);
const afinn = require('multilang-sentiment') as (text: string, lang: string) => { score: number };

/** `goal`: 'baseline' means the row must beat the baseline; a number is a floor for ours (issue 16 targets). */
type Row = {
  set: string;
  lang: string;
  metric: string;
  n: number;
  ours: number;
  modelOnly: number;
  baseline: number;
  goal?: 'baseline' | number;
};
const rows: Row[] = [];

// The baseline's fuzzy dictionary lookup is slow (minutes per run, far more under load); its answers never
// change, so they are cached in .cache/ (git-ignored), and written every 500 new answers, so a cold run
// cut short (a shared machine's deadline) keeps what it computed (cue26).
const CACHE = '.cache/cue-baseline.json';
const cache: Record<string, string> = existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, string>) : {};
let unsaved = 0;
const saveCache = () => {
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(cache));
  unsaved = 0;
};
const baselineSentiment = (e: Example) => {
  const key = e.lang + '\t' + e.text;
  if (!cache[key]) {
    const score = afinn(e.text, e.lang).score;
    cache[key] = score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral';
    if (++unsaved >= 500) saveCache();
  }
  return cache[key]!;
};
const modelSentiment = (e: Example) => {
  const model = cueModel();
  const head = model.heads.sentiment!;
  const probs = headProbabilities(head, idsForHead(head, featureIds(e.text, model.features, e.lang), e.text, e.lang, model.features));
  return model.heads.sentiment!.classes[probs.indexOf(Math.max(...probs))]!;
};
const modelEmotion = (e: Example) => {
  const model = cueModel();
  const probs = headProbabilities(model.heads.emotion!, featureIds(e.text, model.features, e.lang));
  return model.heads.emotion!.classes[probs.indexOf(Math.max(...probs))]!;
};

/** Precision and recall of naming an upset emotion, at the shown threshold, beside the model's argmax and the baseline. */
function upsetRows(set: string, lang: string, examples: Example[]): void {
  const gold = examples.map((e) => isUpset(e.emotion!));
  const ours = precisionRecall(
    gold,
    examples.map((e) => isUpset(analyzeMessageDetail(e.text, e.lang).emotion)),
  );
  const modelOnly = precisionRecall(
    gold,
    examples.map((e) => isUpset(modelEmotion(e) as Emotion)),
  );
  const baseline = precisionRecall(
    gold,
    examples.map((e) => baselineSentiment(e) === 'negative'),
  );
  const metric = `upset named at ${tuning.upsetThreshold}`;
  rows.push({
    set,
    lang,
    metric: `${metric}: precision`,
    n: examples.length,
    ours: ours.precision,
    modelOnly: modelOnly.precision,
    baseline: baseline.precision,
    goal: 0.6,
  });
  rows.push({
    set,
    lang,
    metric: `${metric}: recall`,
    n: examples.length,
    ours: ours.recall,
    modelOnly: modelOnly.recall,
    baseline: baseline.recall,
    goal: 0.4,
  });
}

/** The upset rows of one of our labelled sets, per language and all languages together. */
function upsetRowsPerLang(set: string, langs: readonly string[], all: string, examples: Example[]): void {
  for (const lang of langs)
    upsetRows(
      set,
      lang,
      examples.filter((e) => e.lang === lang),
    );
  upsetRows(set, all, examples);
}

// Our labelled support messages, held-out part; both sets of support chats, held-out half (by situation).
upsetRowsPerLang('data/cue held-out', SUPPORT_LANGS, 'all 5', support('heldout'));
upsetRowsPerLang('chat held-out', CHAT_LANGS, 'de + en', chats('heldout'));
upsetRowsPerLang('chat2 held-out', CHAT_LANGS, 'de + en', chatSet('chat2', 'heldout'));
// The third set (messenger register, with Portuguese; split by text): its held-out half is reported, its
// tune half printed beside it because the issue asks for both figures (never trained on, may guide a change).
upsetRowsPerLang('chat3 held-out', chatLayout('chat3').langs, 'de + en + pt', chatSet('chat3', 'heldout'));
upsetRowsPerLang('chat3 tune', chatLayout('chat3').langs, 'de + en + pt', chatSet('chat3', 'tune'));
// The fourth set (chat, e-mail and messenger in all six languages; split by text), the same way.
upsetRowsPerLang('chat4 held-out', chatLayout('chat4').langs, 'all 6', chatSet('chat4', 'heldout'));
upsetRowsPerLang('chat4 tune', chatLayout('chat4').langs, 'all 6', chatSet('chat4', 'tune'));
// The fifth set (Portuguese and German, written to check that what helps MAIA generalises; split by text).
upsetRowsPerLang('chat5 held-out', chatLayout('chat5').langs, 'pt + de', chatSet('chat5', 'heldout'));
upsetRowsPerLang('chat5 tune', chatLayout('chat5').langs, 'pt + de', chatSet('chat5', 'tune'));

// UMSAB: sentiment macro-F1 per language, by the report model (the shipped one has seen val).
// Run alone, this script could report val with a report model older than the shipped one (another
// recipe): it must be newer and read the same features.
const report = existsSync(REPORT_MODEL) ? (JSON.parse(readFileSync(REPORT_MODEL, 'utf8')) as SerializedModel) : null;
if (
  !report ||
  statSync(REPORT_MODEL).mtimeMs < statSync(SHIPPED_MODEL).mtimeMs ||
  JSON.stringify(report.features) !== JSON.stringify(cueModel().features)
) {
  process.stderr.write(`${REPORT_MODEL} is missing or older than ${SHIPPED_MODEL}: run \`npm run eval:cue\`, which trains it first.\n`);
  process.exit(2);
}
useCueModel(report);
const val = umsab('val');
for (const lang of Object.values(UMSAB_LANGS)) {
  const set = val.filter((e) => e.lang === lang);
  const gold = set.map((e) => e.sentiment!);
  rows.push({
    set: 'UMSAB val',
    lang,
    metric: 'sentiment macro-F1',
    n: set.length,
    ours: macroF1(
      gold,
      set.map((e) => analyzeMessageDetail(e.text, e.lang).sentiment),
    ),
    modelOnly: macroF1(gold, set.map(modelSentiment)),
    baseline: macroF1(gold, set.map(baselineSentiment)),
  });
}

unloadCueModel(); // back to the shipped model: it never saw the splits below

// MAIA: customer sentences of the held-out conversations (Portuguese).
const maiaTest = maia('test');
const gold7 = maiaTest.map((e) => e.emotion!);
const ours7 = maiaTest.map((e) => analyzeMessageDetail(e.text, 'pt').emotion);
const model7 = maiaTest.map(modelEmotion);
// The baseline knows only polarity: negative counts as the most frequent negative class, frustration.
const base3 = maiaTest.map(baselineSentiment);
const base7 = base3.map((s) => (s === 'negative' ? 'frustration' : s));
rows.push({
  set: 'MAIA test',
  lang: 'pt',
  metric: 'disappointment/frustration/anger F1',
  n: maiaTest.length,
  ours: binaryF1(gold7.map(isUpset), ours7.map(isUpset)),
  modelOnly: binaryF1(
    gold7.map(isUpset),
    model7.map((e) => isUpset(e as Emotion)),
  ),
  baseline: binaryF1(
    gold7.map(isUpset),
    base3.map((s) => s === 'negative'),
  ),
});
upsetRows('MAIA test', 'pt', maiaTest);
rows.push({
  set: 'MAIA test',
  lang: 'pt',
  metric: '7-class emotion macro-F1',
  n: maiaTest.length,
  ours: macroF1(gold7, ours7),
  modelOnly: macroF1(gold7, model7),
  baseline: macroF1(gold7, base7),
});

// XED: does the analyzer hear a negative emotion (anger, disgust, fear, sadness) in subtitle lines?
const xedTest = xed('test');
for (const lang of XED_LANGS) {
  const set = xedTest.filter((e) => e.lang === lang);
  const gold = set.map((e) => e.negative!);
  rows.push({
    set: 'XED test half',
    lang,
    metric: 'negative-emotion F1',
    n: set.length,
    ours: binaryF1(
      gold,
      set.map((e) => analyzeMessageDetail(e.text, lang).sentiment === 'negative'),
    ),
    modelOnly: binaryF1(
      gold,
      set.map((e) => modelSentiment(e) === 'negative'),
    ),
    baseline: binaryF1(
      gold,
      set.map((e) => baselineSentiment(e) === 'negative'),
    ),
  });
}

saveCache();
const umsabRows = rows.filter((r) => r.set === 'UMSAB val');
const mean = (pick: (r: Row) => number) => umsabRows.reduce((s, r) => s + pick(r), 0) / umsabRows.length;
const met = (r: Row) => (typeof r.goal === 'number' ? r.ours >= r.goal : r.ours > r.baseline);
const verdict = (r: Row) =>
  typeof r.goal === 'number'
    ? `target ≥ ${pct(r.goal)}: ${met(r) ? 'met' : 'NOT met'}; ${r.ours > r.baseline ? 'above' : r.ours === r.baseline ? 'level with' : 'below'} baseline`
    : met(r)
      ? 'yes'
      : 'NO';
const lines = [
  '| set | lang | metric | n | Souffleur (model + lexicon) | model only | baseline (multilang-sentiment) | beats baseline / target |',
  '|---|---|---|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) => `| ${r.set} | ${r.lang} | ${r.metric} | ${r.n} | ${pct(r.ours)} | ${pct(r.modelOnly)} | ${pct(r.baseline)} | ${verdict(r)} |`,
  ),
  `| UMSAB val | mean of 7 | sentiment macro-F1 |  | ${pct(mean((r) => r.ours))} | ${pct(mean((r) => r.modelOnly))} | ${pct(mean((r) => r.baseline))} | ${mean((r) => r.ours) > 0.6 ? 'target > 60: met' : 'target > 60: NOT met'} |`,
];
process.stdout.write(lines.join('\n') + '\n');
process.exitCode = rows.every(met) && mean((r) => r.ours) > 0.6 ? 0 : 1;
