// `node scripts/run.mjs scripts/cue/calibrate-pt.ts [--prefix .cache/cue-dev-model]`: Portuguese's own
// threshold (tuning.upsetThresholdFor.pt, for the threshold and the model-alone bar both), by calibrate:cue's
// rule on Portuguese development data alone: the lowest threshold at which the upset reading is right at
// least 70 % of the time, pooled over the MAIA training conversations out of fold (each quarter read by the
// dev model that held it out: `npm run train:cue -- --dev --dev-fold K`, K = 0..3) without the half of the
// dev quarter session cue23 held out, and the Portuguese lines of the chat3, chat4 and chat5 tune halves
// (shipped model). Never a held-out half, never the MAIA test conversations. Session cue23: on this data
// precision is flat (63-70 %) from 0.20 to 0.55 and recall falls with the threshold, which the pooled
// data/cue + MAIA rule of calibrate:cue could not see (data/cue has no Portuguese).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeMessageDetail, isUpset, tuning } from '../../src/cue/analyze-message';
import { fnv1a } from '../../src/cue/features';
import type { SerializedModel } from '../../src/cue/linear-model';
import { unloadCueModel, useCueModel } from '../../src/cue/model';
import { chatSet } from './chat';
import { maia, requireData } from './data';
import { pct } from './metrics';

const TARGET_PRECISION = 0.7;
const { values } = parseArgs({ options: { prefix: { type: 'string', default: '.cache/cue-dev-model' } } });
requireData();
const foldOf = (e: { conversation?: string }) => fnv1a(e.conversation ?? '') % 4;
// The half of the dev quarter cue23 held out before looking (scripts/cue/maia-misses.ts --part dev-heldout).
const inDevHeldout = (e: { conversation?: string }) => foldOf(e) === 1 && (fnv1a(`cue23:${e.conversation ?? ''}`) >>> 16) % 2 === 0;
const models = [0, 1, 2, 3].map(
  (k) => JSON.parse(readFileSync(k === 1 ? `${values.prefix}.json` : `${values.prefix}-fold${k}.json`, 'utf8')) as SerializedModel,
);
const maiaDev = maia('train').filter((e) => !inDevHeldout(e));
const chatsDev = (['chat3', 'chat4', 'chat5'] as const).flatMap((set) => chatSet(set, 'tune').filter((e) => e.lang === 'pt'));

// And above the calm password question in Portuguese (calibrate.ts's second condition).
const CALM_PASSWORD = 'Olá, minha senha não é mais aceita e a redefinição não funciona. Como posso redefini-la?';
let chosen: number | null = null;
for (let t = 0.2; t <= 0.7001; t += 0.05) {
  const threshold = Math.round(t * 100) / 100;
  tuning.upsetThresholdFor = { pt: threshold };
  const read = (e: { text: string; emotion?: string }) => ({
    gold: isUpset(e.emotion!),
    named: isUpset(analyzeMessageDetail(e.text, 'pt').emotion),
  });
  const fromMaia = maiaDev.map((e) => {
    useCueModel(models[foldOf(e)]!);
    return read(e);
  });
  unloadCueModel();
  const fromChats = chatsDev.map(read);
  const at = (rows: { gold: boolean; named: boolean }[]) => {
    const right = rows.filter((r) => r.gold && r.named).length;
    const named = rows.filter((r) => r.named).length;
    return { precision: named ? right / named : 1, recall: right / rows.filter((r) => r.gold).length };
  };
  const [a, b, pooled] = [at(fromMaia), at(fromChats), at([...fromMaia, ...fromChats])];
  process.stdout.write(
    `pt ${threshold.toFixed(2)}: MAIA P ${pct(a.precision)} R ${pct(a.recall)} | chat3-5 pt tune P ${pct(b.precision)} R ${pct(b.recall)} | pooled P ${pct(pooled.precision)} R ${pct(pooled.recall)}\n`,
  );
  const calm = analyzeMessageDetail(CALM_PASSWORD, 'pt').confidence;
  if (chosen === null && pooled.precision >= TARGET_PRECISION && threshold > calm) chosen = threshold;
}
process.stdout.write(chosen === null ? `no threshold reaches ${TARGET_PRECISION}\n` : `chosen pt threshold ${chosen}\n`);
