// `node scripts/run.mjs scripts/cue/calibrate-lang.ts [--lang de] [--model models/cue/model.json]`: one
// language's own threshold (tuning.upsetThresholdFor[lang], for the threshold and the model-alone bar both)
// by calibrate:cue's rule (the lowest at which the upset reading is right at least 70 % of the time, above
// the calm password question in that language), on that language's support-domain development data
// alone: the tune halves of every chat set in it (data/cue/chat*, never trained on by the shipped recipe) and
// its lines of the data/cue calibration part. The sweep prints development figures only; the held-out halves
// (chat* held-out, data/cue held-out) are printed once, at the shared threshold and at the chosen one, so
// the choice cannot lean on them. Session cue26 (German: the language issue 16's hidden chats are in).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeMessageDetail, isUpset, tuning } from '../../src/cue/analyze-message';
import type { SerializedModel } from '../../src/cue/linear-model';
import { useCueModel } from '../../src/cue/model';
import type { Lang } from '../../src/language/languages';
import { CALM_PROBLEM_REPORTS } from './calm-reports';
import { CHAT_SETS, chatLayout, chatSet, type ChatSplit } from './chat';
import { SHIPPED_MODEL, type Example } from './data';
import { pct } from './metrics';
import { support, SUPPORT_LANGS } from './support';

const TARGET_PRECISION = 0.7;
const { values } = parseArgs({
  options: { lang: { type: 'string', default: 'de' }, model: { type: 'string', default: SHIPPED_MODEL } },
});
const lang = values.lang as Lang;
useCueModel(JSON.parse(readFileSync(values.model, 'utf8')) as SerializedModel);

const chatsOf = (split: ChatSplit) =>
  CHAT_SETS.filter((set) => chatLayout(set).langs.includes(lang)).flatMap((set) => chatSet(set, split).filter((e) => e.lang === lang));
const ownOf = (split: 'calibrate' | 'heldout') =>
  (SUPPORT_LANGS as readonly string[]).includes(lang) ? support(split).filter((e) => e.lang === lang) : [];
const dev = [...chatsOf('tune'), ...ownOf('calibrate')];
const heldout = [...chatsOf('heldout'), ...ownOf('heldout')];

/** Precision and recall of the upset reading with `threshold` as the language's own (undefined: the shared one). */
function at(examples: Example[], threshold: number | undefined) {
  tuning.upsetThresholdFor = threshold === undefined ? {} : { [lang]: threshold };
  const rows = examples.map((e) => ({ gold: isUpset(e.emotion!), named: isUpset(analyzeMessageDetail(e.text, e.lang).emotion) }));
  const right = rows.filter((r) => r.gold && r.named).length;
  const named = rows.filter((r) => r.named).length;
  const precision = named ? right / named : 1;
  return { precision, text: `P ${pct(precision)} R ${pct(right / rows.filter((r) => r.gold).length)} (named ${named}, n ${rows.length})` };
}

tuning.upsetThresholdFor = {};
const calm = Math.max(
  0,
  ...CALM_PROBLEM_REPORTS.filter(([l]) => l === lang).map(([, text]) => analyzeMessageDetail(text, lang).confidence),
);
process.stdout.write(`${lang}: dev ${dev.length} messages, the calm password question reads ${calm.toFixed(2)}\n`);
process.stdout.write(`shared threshold ${tuning.upsetThreshold}: dev ${at(dev, undefined).text}\n`);
let chosen: number | null = null;
for (let t = 0.3; t <= 0.9001; t += 0.05) {
  const threshold = Math.round(t * 100) / 100;
  const { precision, text } = at(dev, threshold);
  process.stdout.write(`${lang} ${threshold.toFixed(2)}: dev ${text}\n`);
  if (chosen === null && threshold > calm && precision >= TARGET_PRECISION) chosen = threshold;
}
process.stdout.write(`held-out at the shared threshold ${tuning.upsetThreshold}: ${at(heldout, undefined).text}\n`);
if (chosen === null) process.stdout.write(`no threshold reaches ${pct(TARGET_PRECISION)} on dev\n`);
else process.stdout.write(`chosen ${lang} threshold ${chosen}; held-out there: ${at(heldout, chosen).text}\n`);
