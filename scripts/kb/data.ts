// Reads the development data sets in ../shared/data (never copied into the repo) into knowledge-base
// articles and queries for the evaluation and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/knowledge/types';
import type { Ticket } from '../../src/ticket/schema';

export const DATA_DIR = process.env.SOUFFLEUR_DATA ?? join(process.cwd(), '../shared/data');

export function hasData(): boolean {
  return existsSync(join(DATA_DIR, 'kb/bitext.dev.jsonl')) && existsSync(join(DATA_DIR, 'tickets/tickets.dev.jsonl'));
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(join(DATA_DIR, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export interface EvalQuery {
  id: string;
  /** Subject (may be empty) and text, as the sidebar would see a ticket. */
  subject: string;
  text: string;
  language: string;
  relevant: string;
}

export interface EvalSet {
  name: string;
  articles: Article[];
  queries: EvalQuery[];
}

interface BitextRow {
  text: string;
  intent: string;
  response: string;
}
interface TicketRow {
  subject: string | null;
  body: string;
  answer: string;
  language: string;
}

/** Bitext: one article per intent, its body the intent's responses; each request should find its intent. */
export function bitextSet(): EvalSet {
  const rows = readJsonl<BitextRow>('kb/bitext.dev.jsonl');
  const responses = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!responses.has(row.intent)) responses.set(row.intent, new Set());
    responses.get(row.intent)!.add(row.response.replace(/\r\n/g, '\n'));
  }
  const articles: Article[] = [...responses].map(([intent, texts]) => ({
    id: intent,
    title: intent.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    body: [...texts].join('\n\n'),
    language: 'en',
  }));
  const queries = rows.map((row, i) => ({ id: `b${i}`, subject: '', text: row.text, language: 'en', relevant: row.intent }));
  return { name: 'bitext', articles, queries };
}

/** Support tickets: the answers are the knowledge base; each ticket's own answer is its relevant article. */
export function ticketSet(): EvalSet {
  const rows = readJsonl<TicketRow>('tickets/tickets.dev.jsonl');
  const articles = rows.map((row, i) => ({ id: `t${i}`, title: '', body: row.answer, language: row.language }));
  const queries = rows.map((row, i) => ({
    id: `q${i}`,
    subject: row.subject ?? '',
    text: row.body,
    language: row.language,
    relevant: `t${i}`,
  }));
  return { name: 'tickets', articles, queries };
}

/** A query as the ticket the sidebar would read: subject plus one customer message. */
export function asTicket(query: EvalQuery): Ticket {
  return {
    id: query.id,
    helpdesk: 'zendesk',
    url: '',
    subject: query.subject || null,
    requester: { name: null, email: null },
    status: null,
    priority: null,
    tags: [],
    language: null,
    warnings: [],
    source: 'dom',
    messages: [{ id: 'm', author: { name: null }, role: 'customer', visibility: 'public', createdAt: null, text: query.text }],
  };
}
