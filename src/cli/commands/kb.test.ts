import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kb } from './kb';

const dir = mkdtempSync(join(tmpdir(), 'souffleur-kb-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk).trim()), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe('souffleur kb', () => {
  it('builds a kb.json from several formats and searches it (single and batch)', async () => {
    const md = file('refunds.md', '# Refunds\n\nWe refund purchases within 30 days.\n');
    const csv = file('faq.csv', 'id,title,body\nship,Shipping,Parcels arrive in three days.\n');
    const out = join(dir, 'kb.json');
    const lines = captureStdout();
    await kb(['build', md, csv, '--out', out]);
    expect(JSON.parse(lines[0]!)).toMatchObject({ articles: 2, skipped: 0 });
    await kb(['search', '--kb', out, '--top', '1', 'refunded purchases']);
    const single = JSON.parse(lines[1]!);
    expect(single.results).toHaveLength(1);
    expect(single.results[0]).toMatchObject({ id: md.replace(/\.md$/, ''), title: 'Refunds', snippet: 'We refund purchases within 30 days.' });
    const queries = file('q.jsonl', '{"id":"a","query":"parcel"}\n{"id":"b","query":"refund"}\n');
    await kb(['search', '--kb', out, '--queries', queries]);
    expect(lines.slice(2).map((l) => JSON.parse(l).results[0].id)).toEqual(['ship', md.replace(/\.md$/, '')]);
  });

  it('fails with a one-line reason on malformed input, and --partial imports the valid rows', async () => {
    const bad = file('bad.jsonl', '{"id":"a","title":"A","body":"x"}\n{"id":"b","title":"","body":""}\n');
    const out = join(dir, 'kb2.json');
    captureStdout();
    await expect(kb(['build', bad, '--out', out])).rejects.toThrow(/bad.jsonl line 2: missing title and body; fix the file or pass --partial/);
    const lines = captureStdout();
    await kb(['build', bad, '--out', out, '--partial']);
    expect(JSON.parse(lines[0]!)).toMatchObject({ articles: 1, skipped: 1 });
    await expect(kb(['search', '--kb', bad, 'x'])).rejects.toThrow(/not a Souffleur knowledge-base file|not valid JSON/);
  });
});
