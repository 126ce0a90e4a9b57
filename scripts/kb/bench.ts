// `npm run bench:kb`: build time, persisted size, load time and ticket-query latency of the knowledge index
// at 10k and 100k passages, with MiniSearch (default options) measured beside it on the same articles.
import MiniSearch from 'minisearch';
import { LexicalIndex } from '../../src/knowledge/index';
import { fromKbFile, toKbFile } from '../../src/knowledge/kbfile';
import { loadIndex, saveIndex } from '../../src/knowledge/snapshot';
import { searchTicket } from '../../src/knowledge/search';
import { syntheticArticles, ticketQueries } from './corpus';
import { asTicket, hasData } from './data';

const BUDGETS: Record<number, { load?: number; p95: number }> = { 10_000: { load: 300, p95: 10 }, 100_000: { p95: 50 } };

function median(values: number[]): number {
  return percentile(values, 50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function line(size: string, figure: string, value: number, unit: string, budget?: number, extra = ''): void {
  const verdict = budget === undefined ? '' : ` (budget <= ${budget} ${unit}: ${value <= budget ? 'ok' : 'OVER'})`;
  process.stdout.write(`kb: ${size} ${figure}: ${value.toFixed(unit === 'ms' ? 2 : 1)} ${unit}${verdict}${extra}\n`);
}

const queries = ticketQueries(400).map((q, i) => asTicket({ id: `q${i}`, subject: q.subject, text: q.text, language: 'en', relevant: '' }));
process.stderr.write(`bench:kb: ${hasData() ? 'text from ../shared/data' : 'generated text (../shared/data not found)'}\n`);

for (const target of [10_000, 100_000]) {
  const size = target === 10_000 ? '10k' : '100k';
  // Articles of ~3 passages each, added until the index holds `target` passages.
  const pool = syntheticArticles(target * 1.5);
  let index = new LexicalIndex();
  const articles: typeof pool = [];
  const buildMs = time(() => {
    for (const article of pool) {
      if (index.passageCount >= target) break;
      index.add(article);
      articles.push(article);
    }
  });
  const texts = new Map(articles.map((article) => [article.id, article]));
  const snapshot = saveIndex(index);
  const json = JSON.stringify(toKbFile(articles, index));
  const indexBytes = snapshot.passages.length + snapshot.postings.length + JSON.stringify({ ...snapshot, passages: 0, postings: 0 }).length;
  // In the extension the snapshot comes out of IndexedDB by structured clone, then decodes.
  const loads: number[] = [];
  for (let run = 0; run < 5; run++) loads.push(time(() => (index = loadIndex(structuredClone(snapshot)))));
  const fileLoads: number[] = [];
  for (let run = 0; run < 3; run++) fileLoads.push(time(() => fromKbFile(JSON.parse(json))));
  const latencies: number[] = [];
  for (const ticket of queries) latencies.push(time(() => searchTicket(index, ticket, { top: 5, text: (id) => texts.get(id) })));
  process.stdout.write(`kb: ${size} passages: ${index.passageCount} (articles ${articles.length})\n`);
  line(size, 'build time', buildMs, 'ms');
  line(size, 'persisted index (IndexedDB snapshot)', indexBytes / 1e6, 'MB');
  line(size, 'kb.json size (articles + index)', json.length / 1e6, 'MB');
  line(size, 'index load time (clone + decode, median of 5)', median(loads), 'ms', BUDGETS[target]!.load);
  line(size, 'kb.json load time (parse + decode, median of 3)', median(fileLoads), 'ms');
  line(size, 'ticket query p50', median(latencies), 'ms');
  line(size, 'ticket query p95', percentile(latencies, 95), 'ms', BUDGETS[target]!.p95);

  // MiniSearch with default options, same articles; its queries are slow on ticket-length text, so fewer.
  const mini = new MiniSearch<{ id: string; title: string; body: string }>({ fields: ['title', 'body'] });
  const miniBuild = time(() => mini.addAll(articles));
  const miniJson = JSON.stringify(mini);
  const miniLoad = time(() => MiniSearch.loadJSON(miniJson, { fields: ['title', 'body'] }));
  const miniLatencies: number[] = [];
  for (const ticket of queries.slice(0, target === 10_000 ? 20 : 3)) {
    miniLatencies.push(time(() => mini.search(`${ticket.subject ?? ''}\n${ticket.messages[0]!.text}`)));
  }
  const miniP95 = percentile(miniLatencies, 95);
  line(size, 'MiniSearch build time', miniBuild, 'ms', undefined, ` (ours/MiniSearch ${(buildMs / miniBuild).toFixed(2)}x)`);
  line(
    size,
    'MiniSearch persisted index',
    miniJson.length / 1e6,
    'MB',
    undefined,
    ` (ours/MiniSearch ${(indexBytes / miniJson.length).toFixed(2)}x)`,
  );
  line(size, 'MiniSearch load time', miniLoad, 'ms', undefined, ` (ours/MiniSearch ${(median(loads) / miniLoad).toFixed(2)}x)`);
  line(
    size,
    'MiniSearch ticket query p95',
    miniP95,
    'ms',
    undefined,
    ` (ours/MiniSearch ${(percentile(latencies, 95) / miniP95).toFixed(3)}x)`,
  );
}
