// `npm run bench:drafts` (Node only, never bundled into the extension): local overhead of the drafts path.
// Prints `drafts: <figure>: <median> <unit> (budget <= X unit: ok|OVER)` lines, medians over repeated runs.
import { CUE, GERMAN_ANSWER, SETTINGS, SNIPPETS, message, ticket } from '../../tests/server/fixtures';
import { TYPICAL_PARAGRAPH as paragraph, typicalTicket } from '../../scripts/bench/typical-ticket';
import { finalizeDrafts } from './pipeline';
import { firstDraftText } from './partial-json';
import { buildRequest } from './prompt';
import { unbackedPromises } from './promises';
import { restore } from '../privacy/vault';
import { checkDraft } from './checks';

function median(run: () => void, repeats: number): number {
  for (let i = 0; i < 20; i++) run(); // warm up the JIT and regex caches
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const line = (figure: string, value: number, budget: number | null, unit = 'ms') =>
  console.log(
    `drafts: ${figure}: ${value.toFixed(3)} ${unit}${budget === null ? '' : ` (budget <= ${budget} ${unit}: ${value <= budget ? 'ok' : 'OVER'})`}`,
  );

// First, before anything has run a promise pattern: V8 compiles a regexp on its first use, and again for the first
// two-byte text (any draft with a '’', '€' or an emoji): the promise patterns (tens of KB of source) cost seconds then.
// One run each, in this fresh process; the budgets are the brief's (chk12), not yet met.
const once = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
const coldContext = { snippets: [], ticketText: 'x', customerText: 'x', customerLanguage: 'en' as const };
line(
  'promise check, first draft in a fresh process (one run)',
  once(() => unbackedPromises('Hi, we will refund you today.', [], coldContext)),
  100,
);
const emoji = '\u{1F600}'.repeat(25_000); // 100 KB in UTF-8
line(
  'checks on 100 KB of one emoji, the first two-byte draft (one run)',
  once(() => checkDraft({ text: emoji, citations: [] }, coldContext)),
  100,
);
line(
  'checks on 100 KB of one emoji, warm',
  median(() => checkDraft({ text: emoji, citations: [] }, coldContext), 5),
  100,
);

const typical = typicalTicket();
const long = ticket([]);
for (let i = 0; i < 12; i++) long.messages.push(message(paragraph.repeat(16).slice(0, 4000), { id: `l${i}` }));

const input = (t: typeof typical) => ({ ticket: t, snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' as const });
line(
  'ticket to request built, typical ticket (4 messages, 1.6 KB)',
  median(() => buildRequest(input(typical)), 300),
  20,
);
line(
  'ticket to request built, long ticket (12 messages, 48 KB)',
  median(() => buildRequest(input(long)), 50),
  20,
);

const request = buildRequest(input(typical));
line(
  'checks and restore on a 2-draft answer',
  median(() => finalizeDrafts(GERMAN_ANSWER as never, request), 300),
  5,
);

// Background side of streaming: per chunk, re-read the first draft from the partial JSON and restore it.
const content = JSON.stringify(GERMAN_ANSWER);
const cut = Math.floor(content.length * 0.8);
line(
  'per streamed chunk: first-draft extraction + restore',
  median(() => restore(firstDraftText(content.slice(0, cut)) ?? '', request.redactionVault), 2000),
  1,
);

// The promise check on a hostile 20 000-character draft (10 000 one-line clauses): seconds before chk11, as matchAll
// copied its large patterns per clause.
line(
  'promise check on 20 000 characters of "1\\n"',
  median(() => unbackedPromises('1\n'.repeat(10_000), [], request.context), 10),
  200,
);
