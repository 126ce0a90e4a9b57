// `npm run eval:kb`: retrieval quality on ../shared/data, ours beside MiniSearch with default options,
// computed in the same run on the same articles and queries. Needs ../shared/data (or SOUFFLEUR_DATA).
import MiniSearch from 'minisearch';
import { LexicalIndex } from '../../src/knowledge/index';
import { searchTicket } from '../../src/knowledge/search';
import { asTicket, bitextSet, DATA_DIR, hasData, ticketSet, type EvalSet } from './data';

const DEPTH = 10;

interface Scores {
  n: number;
  r1: number;
  r5: number;
  mrr: number;
}

function emptyScores(): Scores {
  return { n: 0, r1: 0, r5: 0, mrr: 0 };
}

function record(scores: Scores, ranked: string[], relevant: string): void {
  const rank = ranked.slice(0, DEPTH).indexOf(relevant) + 1;
  scores.n += 1;
  if (rank === 1) scores.r1 += 1;
  if (rank >= 1 && rank <= 5) scores.r5 += 1;
  if (rank >= 1) scores.mrr += 1 / rank;
}

function evaluate(set: EvalSet): Map<string, { ours: Scores; mini: Scores }> {
  const texts = new Map(set.articles.map((article) => [article.id, article]));
  const ours = new LexicalIndex();
  for (const article of set.articles) ours.add(article);
  const mini = new MiniSearch<{ id: string; title: string; body: string }>({ fields: ['title', 'body'] });
  mini.addAll(set.articles);
  const byLanguage = new Map<string, { ours: Scores; mini: Scores }>();
  for (const query of set.queries) {
    for (const key of [query.language, 'all']) {
      if (!byLanguage.has(key)) byLanguage.set(key, { ours: emptyScores(), mini: emptyScores() });
    }
    const oursRanked = searchTicket(ours, asTicket(query), { top: DEPTH, text: (id) => texts.get(id) }).map((hit) => hit.id);
    const miniRanked = mini.search(`${query.subject}\n${query.text}`).map((hit) => String(hit.id));
    for (const key of [query.language, 'all']) {
      record(byLanguage.get(key)!.ours, oursRanked, query.relevant);
      record(byLanguage.get(key)!.mini, miniRanked, query.relevant);
    }
  }
  return byLanguage;
}

function pct(value: number, n: number): string {
  return ((100 * value) / n).toFixed(1).padStart(5);
}

if (!hasData()) {
  process.stderr.write(`eval:kb needs the development data in ${DATA_DIR} (kb/bitext.dev.jsonl, tickets/tickets.dev.jsonl)\n`);
  process.exit(2);
}
const lines = [
  '| set | lang | n | R@1 ours | R@1 MiniSearch | R@5 ours | R@5 MiniSearch | MRR@10 ours | MRR@10 MiniSearch | beats |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
let allBeat = true;
for (const set of [bitextSet(), ticketSet()]) {
  for (const [lang, { ours, mini }] of [...evaluate(set)].sort()) {
    const beats = ours.r1 > mini.r1 && ours.mrr > mini.mrr;
    allBeat &&= beats;
    lines.push(
      `| ${set.name} | ${lang} | ${ours.n} | ${pct(ours.r1, ours.n)} | ${pct(mini.r1, mini.n)} | ${pct(ours.r5, ours.n)} | ${pct(mini.r5, mini.n)} | ${(ours.mrr / ours.n).toFixed(3)} | ${(mini.mrr / mini.n).toFixed(3)} | ${beats ? 'yes' : 'NO'} |`,
    );
  }
}
process.stdout.write(lines.join('\n') + '\n');
process.stdout.write(`eval:kb: beats default MiniSearch in R@1 and MRR on every set and language: ${allBeat ? 'yes' : 'NO'}\n`);
process.stdout.write('Data: Bitext customer-support intents (CDLA-Sharing 1.0), customer-support-tickets by Tobi Bueck (CC BY-NC 4.0).\n');
