// `node scripts/run.mjs scripts/cue/context-ceiling.ts`: does conversation context separate MAIA's upset
// sentences (issue 16, session 12)? Dev data only: every MAIA training conversation, each quarter read by
// the dev model that held it out (`npm run train:cue -- --dev --dev-fold K` for K = 0..3; fold 1 is the
// usual .cache/cue-dev-model.json), so no sentence is scored by a model that trained on it. Sentences in
// conversation order, as the product would see the ticket grow. Prints how well each score ranks the
// upset sentences (R@P60, P@R40) and P / R at the shipped threshold:
// - the sentence alone (today's cue);
// - carry-over: the strongest earlier confidence of the customer, decayed per sentence (what the product
//   can compute from a ticket's customer messages at run time);
// - oracle ceilings that read the labels (never shippable): the earlier sentences' labels carried over,
//   and the conversation's own share of upset sentences;
// - shapes across turns: the customer repeating a sentence, the position in the conversation;
// - per conversation instead of per sentence.
import { existsSync, readFileSync } from 'node:fs';
import { analyzeMessageDetail, isUpset, tuning } from '../../src/cue/analyze-message';
import { fnv1a } from '../../src/cue/features';
import type { SerializedModel } from '../../src/cue/linear-model';
import { useCueModel } from '../../src/cue/model';
import { carryOver, rankingAt } from './context';
import { maia, requireData } from './data';
import { pct } from './metrics';

requireData();
const threshold = tuning.upsetThreshold;
const modelPath = (fold: number) => (fold === 1 ? '.cache/cue-dev-model.json' : `.cache/cue-dev-model-fold${fold}.json`);
interface Row {
  gold: boolean;
  confidence: number;
  text: string;
}
const conversations = new Map<string, Row[]>();
for (let fold = 0; fold < 4; fold++) {
  if (!existsSync(modelPath(fold))) {
    process.stderr.write(`${modelPath(fold)} is missing: run \`npm run train:cue -- --dev --dev-fold ${fold}\` first.\n`);
    process.exit(2);
  }
  useCueModel(JSON.parse(readFileSync(modelPath(fold), 'utf8')) as SerializedModel);
  tuning.upsetThreshold = 0;
  for (const e of maia('train').filter((x) => fnv1a(x.conversation ?? '') % 4 === fold)) {
    const detail = analyzeMessageDetail(e.text, 'pt');
    const rows = conversations.get(e.conversation!) ?? [];
    rows.push({ gold: isUpset(e.emotion!), confidence: detail.confidence, text: e.text.trim().toLowerCase() });
    conversations.set(e.conversation!, rows);
  }
}
const all = [...conversations.values()];
const gold = all.flat().map((r) => r.gold);
process.stdout.write(
  `MAIA training conversations out of fold: ${all.length} conversations, ${gold.length} sentences, ${gold.filter(Boolean).length} upset\n`,
);

function report(name: string, scores: number[]): void {
  const scored = scores.map((score, i) => ({ score, gold: gold[i]! }));
  const { recallAtP60, precisionAtR40 } = rankingAt(scored);
  const named = scored.filter((s) => s.score >= threshold);
  const right = named.filter((s) => s.gold).length;
  const at = `at ${threshold.toFixed(2)} P ${pct(named.length ? right / named.length : 1)} R ${pct(right / gold.filter(Boolean).length)} (named ${named.length})`;
  process.stdout.write(`  ${name.padEnd(44)} R@P60 ${pct(recallAtP60)} | P@R40 ${pct(precisionAtR40)} | ${at}\n`);
}

report(
  'the sentence alone',
  all.flat().map((r) => r.confidence),
);
for (const weight of [0.3, 0.5, 0.9])
  for (const decay of [0.3, 0.6, 0.9])
    report(
      `carry-over w ${weight} decay ${decay}`,
      all.flatMap((c) =>
        carryOver(
          c.map((r) => r.confidence),
          { weight, decay },
        ),
      ),
    );
// "A problem report after an earlier complaint": only a sentence the cue already reads as negative is raised.
for (const [weight, decay] of [
  [0.3, 0.3],
  [0.9, 0.6],
  [0.9, 0.9],
])
  report(
    `negative after earlier upset w ${weight} decay ${decay}`,
    all.flatMap((c) =>
      carryOver(
        c.map((r) => r.confidence),
        { weight: weight!, decay: decay! },
      ).map((score, i) => (c[i]!.confidence > 0 ? score : 0)),
    ),
  );
for (const weight of [0.5, 0.9])
  report(
    `ORACLE labels carried over w ${weight} decay 0.6`,
    all.flatMap((c) =>
      carryOver(
        c.map((r) => r.confidence),
        { weight, decay: 0.6 },
        c.map((r) => Number(r.gold)),
      ),
    ),
  );
report(
  'ORACLE conversation upset share',
  all.flatMap((c) => c.map((r) => c.filter((x) => x.gold).length / c.length + 0.001 * r.confidence)),
);
report(
  'ORACLE share and own confidence, half each',
  all.flatMap((c) => c.map((r) => (c.filter((x) => x.gold).length / c.length + r.confidence) / 2)),
);
// Shapes across turns, as rates: is an upset sentence likelier after them than without them?
function rate(name: string, shape: (c: Row[], i: number) => boolean): void {
  let yes = 0,
    yesUpset = 0,
    no = 0,
    noUpset = 0;
  for (const c of all)
    c.forEach((r, i) => {
      if (shape(c, i)) {
        yes++;
        yesUpset += Number(r.gold);
      } else {
        no++;
        noUpset += Number(r.gold);
      }
    });
  process.stdout.write(
    `  ${name.padEnd(44)} upset ${yesUpset} of ${yes} (${pct(yesUpset / yes)}) | otherwise ${noUpset} of ${no} (${pct(noUpset / no)})\n`,
  );
}
rate('repeats an earlier sentence of the customer', (c, i) => c.slice(0, i).some((x) => x.text === c[i]!.text));
rate('after an earlier sentence read upset (>= 0.5)', (c, i) => c.slice(0, i).some((x) => x.confidence >= threshold));
rate('after two earlier sentences read negative', (c, i) => c.slice(0, i).filter((x) => x.confidence > 0).length >= 2);
rate('among the first two sentences', (_, i) => i < 2);
rate('the tenth sentence or later', (_, i) => i >= 9);
// The unit the product names an emotion for is the ticket: is this customer upset anywhere in the chat
// (one upset sentence, or two), and does the cue name upset on any of their sentences?
for (const least of [1, 2])
  for (const at of [0.5, 0.6, 0.7]) {
    const upset = all.map((c) => c.filter((r) => r.gold).length >= least);
    const named = all.map((c) => c.some((r) => r.confidence >= at));
    const right = named.filter((n, i) => n && upset[i]).length;
    process.stdout.write(
      `  conversation upset (>= ${least} upset sentence${least > 1 ? 's' : ''}), named at ${at.toFixed(2)}: P ${pct(right / named.filter(Boolean).length)} R ${pct(right / upset.filter(Boolean).length)} (${upset.filter(Boolean).length} of ${all.length} upset)\n`,
    );
  }
