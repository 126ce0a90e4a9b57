// `node scripts/run.mjs scripts/cue/maia-misses.ts [--part train|dev|dev-tune|dev-heldout] [--model path.json] [--list]`: a
// diagnostic on MAIA TRAINING conversations only (never the test fifth): the upset sentences the cue misses
// and the calm ones it names upset, at the shipped threshold, with the implicit-upset cues each carries.
// `--part train` reads the three quarters `train:cue --dev` trains on (look at these to find cues), each
// quarter read by the dev model that held it out (`npm run train:cue -- --dev --dev-fold K`, K = 0, 2, 3),
// so a miss is one the model did not learn by heart; `--part dev` the quarter the usual dev model holds out
// (measure on it; `npm run train:cue -- --dev`). `--model` reads every sentence with one model instead.
// Reads ../shared/data in place (never copied); exits 2 without it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeMessageDetail, isUpset } from '../../src/cue/analyze-message';
import { fnv1a } from '../../src/cue/features';
import { implicitUpset } from '../../src/cue/implicit-upset';
import type { SerializedModel } from '../../src/cue/linear-model';
import { useCueModel } from '../../src/cue/model';
import { maia, requireData } from './data';
import { pct } from './metrics';

const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'dev' },
    model: { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});
const PARTS = ['train', 'dev', 'dev-tune', 'dev-heldout'];
if (!PARTS.includes(values.part)) throw new Error(`--part is one of ${PARTS.join(', ')}`);
requireData();

// The quarter train.ts --dev holds out is fold 1 (as calibrate.ts and upset-ranking.ts read it).
const foldOf = (e: { conversation?: string }) => fnv1a(e.conversation ?? '') % 4;
// Session cue23 held out half of the dev quarter's conversations before looking (`dev-heldout`: measured,
// never tuned on); `dev-tune` is the other half.
const inDevHeldout = (e: { conversation?: string }) => (fnv1a(`cue23:${e.conversation ?? ''}`) >>> 16) % 2 === 0;
const inPart = (e: { conversation?: string }) =>
  values.part === 'train'
    ? foldOf(e) !== 1
    : foldOf(e) === 1 && (values.part === 'dev' || inDevHeldout(e) === (values.part === 'dev-heldout'));
const modelPath = (fold: number) => values.model ?? (fold === 1 ? '.cache/cue-dev-model.json' : `.cache/cue-dev-model-fold${fold}.json`);
let loaded = '';
const rows = maia('train')
  .filter(inPart)
  .sort((a, b) => foldOf(a) - foldOf(b))
  .map((e) => {
    const path = modelPath(foldOf(e));
    if (path !== loaded) useCueModel(JSON.parse(readFileSync((loaded = path), 'utf8')) as SerializedModel);
    const detail = analyzeMessageDetail(e.text, e.lang);
    return { ...e, gold: isUpset(e.emotion!), named: isUpset(detail.emotion), detail, cues: implicitUpset(e.text, 'pt') };
  });

const gold = rows.filter((r) => r.gold).length;
const found = rows.filter((r) => r.gold && r.named).length;
const named = rows.filter((r) => r.named).length;
const cued = rows.filter((r) => r.cues.length > 0);
console.log(
  `MAIA ${values.part} (${rows.length} sentences, ${gold} upset): upset found ${found}, calm named ${named - found} | P ${pct(named ? found / named : 1)} R ${pct(gold ? found / gold : 0)}`,
);
console.log(`implicit cues fire on ${cued.length} sentences, ${cued.filter((r) => r.gold).length} of them upset`);
const show = (r: (typeof rows)[number]) =>
  `${r.emotion!.padEnd(14)} -> ${r.detail.emotion.padEnd(14)} ${r.detail.sentiment.padEnd(8)} ${r.detail.confidence.toFixed(2)} ${r.cues.map((c) => `[${c.kind}: ${c.phrase}]`).join(' ')} ${r.text}`;
for (const kind of new Set(cued.flatMap((r) => r.cues.map((c) => c.kind)))) {
  const withKind = cued.filter((r) => r.cues.some((c) => c.kind === kind));
  console.log(`  ${kind}: ${withKind.filter((r) => r.gold).length} upset, ${withKind.filter((r) => !r.gold).length} calm`);
}
console.log('\nfalse alarms (calm named upset):');
for (const r of rows.filter((r) => !r.gold && r.named)) console.log('  ' + show(r));
console.log('\ncues on calm sentences:');
for (const r of cued.filter((r) => !r.gold)) console.log('  ' + show(r));
if (values.list) {
  console.log('\nupset found with a cue:');
  for (const r of cued.filter((r) => r.gold && r.named)) console.log('  ' + show(r));
  console.log('\nmisses (upset not named):');
  for (const r of rows.filter((r) => r.gold && !r.named)) console.log('  ' + show(r));
}
