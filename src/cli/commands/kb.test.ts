import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(single.results[0]).toMatchObject({
      id: md.replace(/\.md$/, ''),
      title: 'Refunds',
      snippet: 'We refund purchases within 30 days.',
    });
    const queries = file('q.jsonl', '{"id":"a","query":"parcel"}\n{"id":"b","query":"refund"}\n');
    await kb(['search', '--kb', out, '--queries', queries]);
    expect(lines.slice(2).map((l) => JSON.parse(l).results[0].id)).toEqual(['ship', md.replace(/\.md$/, '')]);
  });

  it('refuses a file over --max-mb by its size, before reading it, and writes nothing', async () => {
    const big = file('big.jsonl', `${'{"id":"x","title":"T","body":"' + 'b'.repeat(2 * 1024 * 1024) + '"}'}\n`);
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'previous build');
    captureStdout();
    await expect(kb(['build', big, '--out', out, '--max-mb', '1'])).rejects.toThrow(
      /big\.jsonl: too large \(2\.0 MB; the limit is 1\.0 MB, raise it with --max-mb\); nothing written/,
    );
    expect(readFileSync(out, 'utf8')).toBe('previous build');
    await expect(kb(['build', big, '--out', out, '--max-mb', 'lots'])).rejects.toThrow(/--max-mb lots/);
  });

  it('streams JSON lines: the same articles as a whole-file import, line numbers in its issues', async () => {
    const lines = Array.from({ length: 450 }, (_, i) => JSON.stringify({ id: `a${i}`, title: `Article ${i}`, body: `Body ${i}` }));
    lines.splice(300, 0, '', '{"id":"a7","title":"Again","body":"dup"}');
    const jsonl = file('many.jsonl', '\ufeff' + lines.join('\r\n') + '\n');
    const out = join(dir, 'many.json');
    const printed = captureStdout();
    await expect(kb(['build', jsonl, '--out', out])).rejects.toThrow(/many\.jsonl line 302: duplicate id "a7" \(first at line 8\)/);
    await kb(['build', jsonl, '--out', out, '--partial']);
    expect(JSON.parse(printed[0]!)).toMatchObject({ articles: 450, skipped: 1 });
    const broken = file('broken.jsonl', '{"id":"a","title":"A","body":"a"}\n{"id":\n');
    await expect(kb(['build', broken, '--out', out])).rejects.toThrow(/broken\.jsonl line 2: not valid JSON/);
    const latin1 = join(dir, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0x74, 0xe9, 0x22, 0x7d, 0x0a]));
    await expect(kb(['build', latin1, '--out', out])).rejects.toThrow(/not UTF-8 text/);
  });

  it('fails with a one-line reason on malformed input, and --partial imports the valid rows', async () => {
    const bad = file('bad.jsonl', '{"id":"a","title":"A","body":"x"}\n{"id":"b","title":"","body":""}\n');
    const out = join(dir, 'kb2.json');
    captureStdout();
    await expect(kb(['build', bad, '--out', out])).rejects.toThrow(
      /bad.jsonl line 2: missing title and body; fix the file or pass --partial/,
    );
    const lines = captureStdout();
    await kb(['build', bad, '--out', out, '--partial']);
    expect(JSON.parse(lines[0]!)).toMatchObject({ articles: 1, skipped: 1 });
    await expect(kb(['search', '--kb', bad, 'x'])).rejects.toThrow(/not a Souffleur knowledge-base file|not valid JSON/);
  });
});
