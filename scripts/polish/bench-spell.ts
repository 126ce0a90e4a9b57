// `npm run bench:spell` (part of `npm run bench`): what polishing a reply costs offline, in the
// background: loading a language's dictionary once, then checking one reply (median over the held-out
// replies, tests/fixtures/spelling, each polished ten times).
import { performance } from 'node:perf_hooks';
import { createSpellerCache } from '../../src/polish/dictionaries';
import { loadNodeDictionary } from '../../src/polish/node-dictionaries';
import { offlineEdits } from '../../src/polish/polish-reply';
import { EVAL_LANGUAGES, readSpellingSet, TEAM_WORDS } from './spelling-set';

// The agent clicks and waits; the work runs in the background, never on the page's main thread. Under half
// a second reads as immediate for an action the agent asked for. Most of it is nspell's suggest() on a
// large dictionary (de, sv, nl), one call per unknown word.
const REPLY_BUDGET_MS = 500;
const LOAD_BUDGET_MS = 3000;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const verdict = (value: number, budget: number) => `(budget <= ${budget} ms: ${value <= budget ? 'ok' : 'OVER'})`;

for (const lang of EVAL_LANGUAGES) {
  const spellers = createSpellerCache(loadNodeDictionary);
  const loadStart = performance.now();
  const speller = await spellers(lang);
  const load = performance.now() - loadStart;
  // A reply is a few of these sentences: three in a row, as an agent writes them.
  const sentences = readSpellingSet(lang).map((c) => c.text);
  const replies = sentences.map((_, i) =>
    [sentences[i], sentences[(i + 1) % sentences.length], sentences[(i + 2) % sentences.length]].join(' '),
  );
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const reply of replies) {
      const start = performance.now();
      offlineEdits(reply, lang, speller, TEAM_WORDS);
      times.push(performance.now() - start);
    }
  }
  const perReply = median(times);
  console.log(`spell: ${lang} dictionary load (once per background start): ${load.toFixed(0)} ms ${verdict(load, LOAD_BUDGET_MS)}`);
  console.log(`spell: ${lang} one reply of three sentences, median: ${perReply.toFixed(2)} ms ${verdict(perReply, REPLY_BUDGET_MS)}`);
}
