// egress24 item 2 (modelled: oversized files as a broken or hostile export would be): an article over a limit is
// reported by its line or row and the rest of the import is kept; what is kept always fits the background's
// knowledge-import message (the schema the background parses with).
import { describe, expect, it } from 'vitest';
import { BackgroundRequest } from '../../messaging/protocol';
import type { AskFn } from '../../ui/options/ask';
import { sendArticles } from '../../ui/options/knowledge/importing';
import { ARTICLE_LIMITS as L } from '../article-limits';
import { describeIssue, importFile } from './index';
import { IMPORT_FULL } from './limits';
import { importJsonLinesStream } from './stream';
import { issueCount, MAX_ISSUES } from './types';

const line = (fields: Record<string, unknown>) => JSON.stringify({ title: 'Refunds', body: 'Refunds take five days.', ...fields });
const OVERSIZED = [
  line({ id: 'good-1' }),
  line({ id: 'long-body', body: 'word '.repeat(120_000) }),
  line({ id: 'long-title', title: 'T'.repeat(2_000) }),
  line({ id: 'many-tags', tags: Array.from({ length: 150 }, (_, i) => `tag${i}`) }),
  line({ id: 'long-tag', tags: ['ok', 'x'.repeat(500)] }),
  line({ id: 'long-url', url: `https://help.example/${'a'.repeat(3_000)}` }),
  line({ id: 'i'.repeat(600) }),
  line({ id: 'good-2', tags: ['billing'] }),
].join('\n');

async function* chunks(text: string, size = 64 * 1024) {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

/** The background's answer to knowledge-import: the schema's verdict, then the count. */
const background: AskFn = async (request) => {
  const parsed = BackgroundRequest.safeParse(request);
  if (!parsed.success) return { ok: false, error: 'malformed request' };
  const articles = parsed.data.kind === 'knowledge-import' ? parsed.data.articles.length : 0;
  return { ok: true, data: { added: articles, updated: 0 } } as never;
};

describe('an import with articles over the limits', () => {
  const expected = [
    'faq.jsonl line 2: body is 600000 characters, over the limit of 500000',
    'faq.jsonl line 3: title is 2000 characters, over the limit of 1000',
    'faq.jsonl line 4: 150 tags, over the limit of 100',
    'faq.jsonl line 5: a tag is 500 characters, over the limit of 200',
    'faq.jsonl line 6: url is 3021 characters, over the limit of 2048',
    'faq.jsonl line 7: id is 600 characters, over the limit of 500',
  ];

  it('reports each oversized line and keeps the good ones, read whole or streamed', async () => {
    for (const result of [importFile('faq.jsonl', OVERSIZED), await importJsonLinesStream('faq.jsonl', chunks(OVERSIZED))]) {
      expect(result.fatal).toBe(false);
      expect(result.articles.map((a) => a.id)).toEqual(['good-1', 'good-2']);
      expect(result.issues.map(describeIssue)).toEqual(expected);
    }
  });

  it('reports an oversized CSV row and a Markdown file by name, keeping the rest', () => {
    const csv = importFile(
      'faq.csv',
      `id,title,body\na,Refunds,Five days.\nb,Huge,"${'x'.repeat(L.bodyChars + 1)}"\nc,Shipping,Three days.\n`,
    );
    expect(csv.articles.map((a) => a.id)).toEqual(['a', 'c']);
    expect(csv.issues.map(describeIssue)).toEqual(['faq.csv line 3: body is 500001 characters, over the limit of 500000']);
    const md = importFile('huge.md', `# Huge\n\n${'x'.repeat(L.bodyChars + 1)}\n`);
    expect(md).toMatchObject({ fatal: false, articles: [] });
    expect(md.issues.map(describeIssue)).toEqual(['huge.md: "Huge": body is 500001 characters, over the limit of 500000']);
  });

  it('stops at the whole import’s cap, saying so for every line past it', () => {
    const lines = Array.from({ length: L.articlesPerImport + 2 }, (_, i) => JSON.stringify({ id: `a${i}`, title: 't', body: 'b' }));
    const result = importFile('many.jsonl', lines.join('\n'));
    expect(result.articles).toHaveLength(L.articlesPerImport);
    expect(result.issues).toEqual([
      { file: 'many.jsonl', line: L.articlesPerImport + 1, reason: IMPORT_FULL },
      { file: 'many.jsonl', line: L.articlesPerImport + 2, reason: IMPORT_FULL },
    ]);
  });

  it('sends what it keeps in messages the background takes, however large the articles', async () => {
    // 2,100 articles of 10,000 characters: 21 M characters, more than one message may carry.
    const articles = Array.from({ length: 2_100 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, body: 'x'.repeat(10_000) }));
    const progress: number[] = [];
    const sent = await sendArticles(background, articles, 'file:big.jsonl', (n) => progress.push(n));
    expect(sent).toEqual({ ok: true, totals: { added: 2_100, updated: 0 } });
    expect(progress.at(-1)).toBe(2_100);
    expect(progress.length).toBeGreaterThan(1);
  });
});

describe('a file of many bad lines (rev-egress24)', () => {
  // 300,000 two-byte lines that are JSON but no article (50 MB of them would be 25 M): the report keeps the first
  // MAX_ISSUES and counts the rest, instead of one object a line.
  const BAD = `${line({ id: 'good' })}\n${'1\n'.repeat(300_000)}`;

  it('keeps the first issues and counts the others, read whole or streamed; the good line is kept', async () => {
    for (const result of [importFile('bad.jsonl', BAD), await importJsonLinesStream('bad.jsonl', chunks(BAD))]) {
      expect(result.articles.map((a) => a.id)).toEqual(['good']);
      expect(result.issues).toHaveLength(MAX_ISSUES);
      expect(result.issues[0]).toEqual({ file: 'bad.jsonl', line: 2, reason: 'not an object' });
      expect(issueCount(result)).toBe(300_000);
    }
    const csv = importFile('bad.csv', `id,title,body\na,Refunds,Five days.\n${'x\n'.repeat(300_000)}`);
    expect(csv.articles.map((a) => a.id)).toEqual(['a']);
    expect([csv.issues.length, issueCount(csv)]).toEqual([MAX_ISSUES, 300_000]);
  });
});
