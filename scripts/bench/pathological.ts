// `npm run bench:pathological` (issue 12 item 4): hostile text through what the background does for
// `analyze-ticket` (the cue, the knowledge search, offline drafts and their checks: the same functions the
// handler calls, in Node) and through `souffleur suggest --offline`. Budget: each pathological ticket costs
// at most 3x the typical 1.6 KB ticket. Figures are medians; the CLI figure includes Node's start-up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeTicket } from '../../src/cue';
import { suggestDrafts } from '../../src/drafts/pipeline';
import { DEFAULT_DRAFT_SETTINGS } from '../../src/drafts/settings';
import { LexicalIndex } from '../../src/knowledge/index';
import { searchTicket } from '../../src/knowledge/search';
import type { Article } from '../../src/knowledge/types';
import { capTicket } from '../../src/ticket/caps';
import type { Ticket } from '../../src/ticket/schema';
import { ticketWith, typicalTicket } from './typical-ticket';

const BUDGET_RATIO = 3;
const KB = 200_000;
const kb = (JSON.parse(readFileSync('tests/fixtures/output-checks/kb.json', 'utf8')) as (Article & { lang: string })[]).map((a) => ({
  ...a,
  language: a.lang,
}));
const index = new LexicalIndex();
for (const article of kb) index.add(article);
const articles = new Map(kb.map((a) => [a.id, a]));
index.articleText = (id) => articles.get(id);

/** What the background's analyze-ticket handler does for a ticket, without the browser around it. */
async function analyze(untrusted: Ticket): Promise<void> {
  const ticket = capTicket(untrusted);
  const cue = analyzeTicket(ticket, { uiLang: 'en' });
  const snippets = searchTicket(index, ticket, { top: 5 });
  await suggestDrafts({ ticket, snippets, pinned: [], cue, settings: DEFAULT_DRAFT_SETTINGS, agentLanguage: 'en' }, null);
}

async function median(run: () => unknown, repeats: number): Promise<number> {
  await run(); // warm up
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const fill = (unit: string, size = KB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const PATHOLOGICAL: [string, Ticket][] = [
  ['200 KB of "a.a.a."', ticketWith(fill('a.'))],
  ['200 KB of repeated punctuation "!?."', ticketWith(fill('!?.'))],
  ['200 KB of "....." ', ticketWith(fill('.'))],
  ['one 200 KB token', ticketWith(fill('x'))],
  ['one 200 KB link', ticketWith(`https://acme.example/${fill('ab/')}`)],
  ['200 KB of "a@a.a "', ticketWith(fill('a@a.a '))],
  ['200 KB of digits and spaces "0 1 "', ticketWith(fill('0 1 '))],
  ['200 KB of prose', ticketWith(fill('My order has not arrived and I am really upset about it. '))],
  ['200 KB of emoji and RTL marks', ticketWith(fill('😡\u202e!! '))],
  [
    '200 KB subject, 1000 tags',
    {
      ...ticketWith('Where is my order?'),
      subject: fill('refund '),
      tags: Array.from({ length: 1000 }, (_, i) => `tag-${i}-${'x'.repeat(50)}`),
    },
  ],
  [
    '60 messages of 200 KB ÷ 60',
    {
      ...ticketWith(''),
      messages: Array.from({ length: 60 }, (_, i) => ({ ...ticketWith(fill('a.a. late! ', KB / 60)).messages[0]!, id: `p${i}` })),
    },
  ],
];

const typicalMs = await median(() => analyze(typicalTicket()), 30);
const report = (figure: string, ms: number, base: number) => {
  const ratio = ms / base;
  console.log(
    `pathological: ${figure}: ${ms.toFixed(1)} ms = ${ratio.toFixed(2)}x typical (budget <= ${BUDGET_RATIO}x: ${ratio <= BUDGET_RATIO ? 'ok' : 'OVER'})`,
  );
};
console.log(`pathological: analyze-ticket path, typical 1.6 KB ticket: ${typicalMs.toFixed(1)} ms`);
for (const [name, ticket] of PATHOLOGICAL) report(`analyze-ticket path, ${name}`, await median(() => analyze(ticket), 9), typicalMs);

// The CLI, as a user runs it: a fresh Node process per call (start-up included in both figures).
const dir = mkdtempSync(join(tmpdir(), 'souffleur-bench-'));
const cli = (ticket: Ticket) => {
  const file = join(dir, 'ticket.json');
  writeFileSync(file, JSON.stringify(ticket));
  return () => {
    const run = spawnSync(process.execPath, ['bin/souffleur.mjs', 'suggest', file, '--offline'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`souffleur suggest failed: ${run.stderr}`);
  };
};
const typicalCli = await median(cli(typicalTicket()), 5);
console.log(`pathological: souffleur suggest --offline, typical 1.6 KB ticket: ${typicalCli.toFixed(1)} ms`);
for (const [name, ticket] of PATHOLOGICAL.slice(0, 4))
  report(`souffleur suggest --offline, ${name}`, await median(cli(ticket), 3), typicalCli);
