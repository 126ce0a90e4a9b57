// `node scripts/run.mjs scripts/cue/calibrate-alone.ts [--dev-model .cache/cue-dev-model.json]`: the bar
// from which the model alone (no upset word, no implicit cue, no upset-leaning trigger: no emotional
// evidence) names disappointment, frustration or anger in de, en and pt when the line has not even a
// complaint's shape (src/cue/complaint-shape.ts), tuning.upsetPlainAlone. calibrate:cue's rule asked
// of those names alone: the lowest bar at which the names the model alone makes at or above it are right at
// least 70 % of the time. Development data only: the tune halves of every support-chat set (data/cue/chat*,
// all languages) and the data/cue calibration part, read by the shipped model (never trained on either), and
// the MAIA dev quarter without cue23's held-out half (`dev-tune`), read by the dev model that held it out
// (`npm run train:cue -- --dev` first; skipped without ../shared/data). The held-out halves (chat* held-out,
// data/cue held-out, MAIA `dev-heldout`) are printed once, at the shipped bar and the chosen one.
// Session cue26.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeMessageDetail, isUpset, tuning } from '../../src/cue/analyze-message';
import { fnv1a } from '../../src/cue/features';
import type { SerializedModel } from '../../src/cue/linear-model';
import { unloadCueModel, useCueModel } from '../../src/cue/model';
import { CHAT_SETS, chatSet, type ChatSplit } from './chat';
import { DATA, maia, type Example } from './data';
import { pct } from './metrics';
import { support } from './support';

const TARGET_PRECISION = 0.7;
const NEVER = 1.01;
const { values } = parseArgs({ options: { 'dev-model': { type: 'string', default: '.cache/cue-dev-model.json' } } });
const withMaia = existsSync(DATA) && existsSync(values['dev-model']);
const devModel = withMaia ? (JSON.parse(readFileSync(values['dev-model'], 'utf8')) as SerializedModel) : null;

const ours = (split: ChatSplit) => [
  ...CHAT_SETS.flatMap((set) => chatSet(set, split)),
  ...support(split === 'tune' ? 'calibrate' : 'heldout'),
];
// cue23's held-out half of the MAIA dev quarter (scripts/cue/maia-misses.ts --part dev-heldout).
const maiaHalf = (split: ChatSplit) =>
  withMaia
    ? maia('train').filter(
        (e) =>
          fnv1a(e.conversation ?? '') % 4 === 1 && ((fnv1a(`cue23:${e.conversation ?? ''}`) >>> 16) % 2 === 0) === (split === 'heldout'),
      )
    : [];

type Count = { right: number; named: number; gold: number };
function count(examples: Example[], bar: number, model: SerializedModel | null): Count {
  tuning.upsetPlainAlone = bar;
  if (model) useCueModel(model);
  const rows = examples.map((e) => ({ gold: isUpset(e.emotion!), named: isUpset(analyzeMessageDetail(e.text, e.lang).emotion) }));
  unloadCueModel();
  return {
    right: rows.filter((r) => r.gold && r.named).length,
    named: rows.filter((r) => r.named).length,
    gold: rows.filter((r) => r.gold).length,
  };
}
const add = (a: Count, b: Count): Count => ({ right: a.right + b.right, named: a.named + b.named, gold: a.gold + b.gold });
const show = ({ right, named, gold }: Count) => `P ${pct(named ? right / named : 1)} R ${pct(gold ? right / gold : 0)} (named ${named})`;
const both = (split: ChatSplit, bar: number) => {
  const [a, b] = [count(ours(split), bar, null), count(maiaHalf(split), bar, devModel)];
  return { ours: a, maia: b, pooled: add(a, b) };
};

const shipped = tuning.upsetPlainAlone;
const never = both('tune', NEVER);
process.stdout.write(
  `dev: ${ours('tune').length} support messages${withMaia ? `, ${maiaHalf('tune').length} MAIA dev-tune sentences` : ' (no MAIA: data or dev model missing)'}\n`,
);
let chosen: number | null = null;
for (let t = 0.5; t <= 1.0001; t += 0.05) {
  const bar = Math.round(t * 100) / 100;
  const at = both('tune', bar);
  // The names the model alone adds at this bar: what it names here and not when it may never name plainly alone.
  const alone = { right: at.pooled.right - never.pooled.right, named: at.pooled.named - never.pooled.named };
  const alonePrecision = alone.named ? alone.right / alone.named : 1;
  process.stdout.write(
    `bar ${bar.toFixed(2)}: ours ${show(at.ours)} | MAIA dev-tune ${show(at.maia)} | model-alone names ${alone.right} of ${alone.named} right (${pct(alonePrecision)})\n`,
  );
  if (chosen === null && alonePrecision >= TARGET_PRECISION) chosen = bar;
}
const heldout = (bar: number) => {
  const at = both('heldout', bar);
  return `ours ${show(at.ours)} | MAIA dev-heldout ${show(at.maia)}`;
};
process.stdout.write(`held-out at the shipped bar ${shipped}: ${heldout(shipped)}\n`);
process.stdout.write(chosen === null ? 'no bar reaches it\n' : `chosen upsetPlainAlone ${chosen}; held-out there: ${heldout(chosen)}\n`);
tuning.upsetPlainAlone = shipped;
