// Dev only (session cue25): what MAIA's labels are, on the training conversations only (reads
// ../shared/data/emotion/maia in place, never copies it; never the test conversations). How often each
// label occurs, and, per conversation, how often a customer sentence labelled upset (disappointment,
// frustration, anger: what eval:cue counts as "upset named") sits in a conversation whose other customer
// sentences carry a different label: the question being whether the labels follow the sentence or the chat.
import { maia, requireData } from './data';
import { isUpset } from '../../src/cue/analyze-message';
import { pct } from './metrics';

requireData();
const train = maia('train');
const counts = new Map<string, number>();
for (const e of train) counts.set(e.emotion!, (counts.get(e.emotion!) ?? 0) + 1);
process.stdout.write(`MAIA train: ${train.length} customer sentences\n`);
for (const [label, n] of [...counts].sort((a, b) => b[1] - a[1]))
  process.stdout.write(`  ${label.padEnd(15)} ${String(n).padStart(5)}  ${pct(n / train.length)}\n`);
const negative = ['anxiety', 'disappointment', 'frustration', 'anger'];
const upset = train.filter((e) => isUpset(e.emotion!)).length;
const neg = train.filter((e) => negative.includes(e.emotion!)).length;
process.stdout.write(`upset (dis/fru/ang) ${pct(upset / train.length)}; any negative (with anxiety) ${pct(neg / train.length)}\n`);

// Per conversation: the share of upset sentences in conversations that have at least one.
const byConversation = new Map<string, string[]>();
for (const e of train) byConversation.set(e.conversation!, [...(byConversation.get(e.conversation!) ?? []), e.emotion!]);
let withUpset = 0;
let sentencesInThem = 0;
let upsetInThem = 0;
let single = 0;
for (const labels of byConversation.values()) {
  const u = labels.filter(isUpset).length;
  if (u === 0) continue;
  withUpset++;
  sentencesInThem += labels.length;
  upsetInThem += u;
  if (new Set(labels.filter(isUpset)).size === 1 && u === labels.length) single++;
}
process.stdout.write(
  `${byConversation.size} conversations, ${withUpset} with an upset sentence; in those, ${pct(upsetInThem / sentencesInThem)} of the customer sentences are upset; ${single} are upset in every sentence\n`,
);
// Exact same text with different labels (the label follows the chat, not the words).
const byText = new Map<string, Set<string>>();
for (const e of train) {
  const key = e.text.trim().toLowerCase();
  byText.set(key, (byText.get(key) ?? new Set()).add(e.emotion!));
}
const repeated = [...byText].filter(([, labels]) => labels.size > 1);
process.stdout.write(`${repeated.length} texts carry more than one label, e.g.\n`);
for (const [text, labels] of repeated.slice(0, 8)) process.stdout.write(`  "${text.slice(0, 60)}": ${[...labels].join(', ')}\n`);
