// `npm run eval:summary`: the extractive thread summary (src/summary/extractive.ts) on multi-message
// threads: how long it is (budget <= 120 words shown, 105 quoted), how often it quotes the customer's
// last question (what the reply must answer), and how long it takes (budget <= 5 ms for 60 messages).
import { performance } from 'node:perf_hooks';
import { lastCustomerQuestion, summarizeThread, SUMMARY_MIN_MESSAGES, type ThreadSummary } from '../../src/summary/extractive';
import { summaryInput } from '../../src/summary/input';
import { isQuestion, sentencesOf } from '../../src/summary/sentences';
import { fixtureThreads, MAIA_PATH, maiaThreads, type Thread } from './threads';

const quoted = (s: ThreadSummary) => [...s.asked, ...s.team, ...(s.open.text ? [s.open.text] : [])].map((l) => l.text.replace(/…$/, ''));
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : 'n/a');
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

function report(label: string, threads: Thread[]) {
  const long = threads.filter((t) => t.ticket.messages.length >= SUMMARY_MIN_MESSAGES);
  const words: number[] = [];
  let covered = 0;
  let withQuestion = 0;
  let internal = 0;
  let askedAny = 0;
  let coveredAny = 0;
  for (const { ticket } of long) {
    const summary = summarizeThread(summaryInput(ticket))!;
    words.push(summary.words);
    if (summary.usesInternal) internal++;
    // Independent of the summarizer's own choice: the latest question mark in any customer message.
    const anyQuestion = ticket.messages
      .filter((m) => m.role === 'customer')
      .flatMap((m) => sentencesOf(m.text))
      .filter(isQuestion)
      .at(-1);
    if (anyQuestion) {
      askedAny++;
      if (quoted(summary).some((text) => anyQuestion.startsWith(text))) coveredAny++;
    }
    const question = lastCustomerQuestion(ticket);
    if (!question) continue;
    withQuestion++;
    if (quoted(summary).some((text) => question.startsWith(text) || text.startsWith(question.replace(/…$/, '')))) covered++;
  }
  console.log(`summary (${label}): threads with ${SUMMARY_MIN_MESSAGES}+ messages: ${long.length} of ${threads.length}`);
  if (!long.length) return;
  const msgs = long.map((t) => t.ticket.messages.length);
  console.log(`summary (${label}): messages per thread: median ${quantile(msgs, 0.5)}, max ${Math.max(...msgs)}`);
  console.log(
    `summary (${label}): quoted words: mean ${(words.reduce((a, b) => a + b, 0) / words.length).toFixed(1)}, p95 ${quantile(words, 0.95)}, max ${Math.max(...words)} (budget <= 105: ${Math.max(...words) <= 105 ? 'ok' : 'OVER'})`,
  );
  // Stricter: the very last customer message (its question, else its first sentence, often a "thanks").
  console.log(`summary (${label}): the last customer message itself quoted: ${covered}/${withQuestion} = ${pct(covered, withQuestion)}`);
  console.log(
    `summary (${label}): last customer question (latest '?' in any customer message) quoted: ${coveredAny}/${askedAny} = ${pct(coveredAny, askedAny)}`,
  );
  console.log(`summary (${label}): uses internal notes: ${internal}/${long.length}`);
}

/** Median time of the summary of a 60-message thread (input bounding included), over 200 runs after warm-up. */
export function timeSixty(threads: Thread[]): number {
  const sixty =
    threads.find((t) => t.ticket.messages.length === 60) ?? threads.sort((a, b) => b.ticket.messages.length - a.ticket.messages.length)[0]!;
  const ticket = {
    ...sixty.ticket,
    messages: Array.from({ length: 60 }, (_, i) => sixty.ticket.messages[i % sixty.ticket.messages.length]!),
  };
  for (let i = 0; i < 50; i++) summarizeThread(summaryInput(ticket));
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    summarizeThread(summaryInput(ticket));
    times.push(performance.now() - start);
  }
  return quantile(times, 0.5);
}

if (process.argv[1]?.includes('summary-eval')) {
  const fixtures = await fixtureThreads();
  report('fixture threads', fixtures);
  const maia = maiaThreads();
  if (maia.length) report('MAIA dialogues', maia);
  else console.log(`summary: MAIA dialogues not found at ${MAIA_PATH} (../shared/data absent): fixture figures only`);
  const ms = timeSixty(fixtures);
  console.log(`summary: time for 60 messages: median ${ms.toFixed(2)} ms (budget <= 5 ms: ${ms <= 5 ? 'ok' : 'OVER'})`);
}
