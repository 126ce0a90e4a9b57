// `node scripts/run.mjs scripts/cue/upset-ranking.ts [--model .cache/cue-dev-model.json]`: a diagnostic for
// the precision-first threshold on dev data only (the MAIA quarter `train:cue --dev` holds out and the
// calibration part of data/cue): how well each signal alone ranks the upset sentences, as the best recall
// reached at precision >= 60 % and the precision at recall 40 %. Reads ../shared/data; exits 2 without it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeMessageDetail, isUpset, tuning } from '../../src/cue/analyze-message';
import { featureIds, fnv1a } from '../../src/cue/features';
import { headProbabilities, idsForHead, upsetSentimentHead, type SerializedModel } from '../../src/cue/linear-model';
import { cueModel, useCueModel } from '../../src/cue/model';
import { rankingAt } from './context';
import { maia, requireData } from './data';
import { pct } from './metrics';
import { support } from './support';

const { values } = parseArgs({ options: { model: { type: 'string', default: '.cache/cue-dev-model.json' } } });
requireData();
useCueModel(JSON.parse(readFileSync(values.model, 'utf8')) as SerializedModel);
tuning.upsetThreshold = 0;

const sets = {
  'MAIA dev': maia('train').filter((e) => fnv1a(e.conversation ?? '') % 4 === 1),
  'data/cue calibrate': support('calibrate'),
};

function curve(scored: { gold: boolean; score: number }[]): string {
  const { recallAtP60, precisionAtR40 } = rankingAt(scored);
  return `R@P60 ${pct(recallAtP60)} | P@R40 ${pct(precisionAtR40)}`;
}

for (const [name, rows] of Object.entries(sets)) {
  const model = cueModel();
  const scored = rows.map((e) => {
    const ids = featureIds(e.text, model.features, e.lang);
    const upset = model.heads.upset!;
    // The negative sentiment the confidence reads: its own head since cue24.
    const sentiment = upsetSentimentHead(model);
    const detail = analyzeMessageDetail(e.text, e.lang);
    const emotion = model.heads.emotion!;
    const pEmo = headProbabilities(emotion, ids);
    const group = (['disappointment', 'frustration', 'anger'] as const).reduce(
      (sum, c) => sum + (pEmo[emotion.classes.indexOf(c)] ?? 0),
      0,
    );
    return {
      group,
      gold: isUpset(e.emotion!),
      head: headProbabilities(upset, ids)[upset.classes.indexOf('upset')]!,
      neg: headProbabilities(sentiment, idsForHead(sentiment, ids, e.text, e.lang, model.features))[0]!,
      confidence: isUpset(detail.emotion) ? detail.confidence : 0,
      // The confidence whatever emotion was finally named (only the negative-sentiment gate remains).
      ungated: detail.confidence,
    };
  });
  const n = scored.filter((s) => s.gold).length;
  process.stdout.write(`${name} (n=${rows.length}, upset ${n})\n`);
  process.stdout.write(`  upset head alone:      ${curve(scored.map((s) => ({ gold: s.gold, score: s.head })))}\n`);
  process.stdout.write(`  negative sentiment:    ${curve(scored.map((s) => ({ gold: s.gold, score: s.neg })))}\n`);
  process.stdout.write(`  shipped confidence:    ${curve(scored.map((s) => ({ gold: s.gold, score: s.confidence })))}\n`);
  // Idea (a) of session 9: the 7-way head's summed disappointment + frustration + anger, alone and with the
  // upset head, and the confidence before the named emotion gates it.
  process.stdout.write(`  emotion head, 3 summed: ${curve(scored.map((s) => ({ gold: s.gold, score: s.group })))}\n`);
  process.stdout.write(`  upset head + 3 summed: ${curve(scored.map((s) => ({ gold: s.gold, score: (s.head + s.group) / 2 })))}\n`);
  process.stdout.write(`  confidence, ungated:   ${curve(scored.map((s) => ({ gold: s.gold, score: s.ungated })))}\n`);
}
