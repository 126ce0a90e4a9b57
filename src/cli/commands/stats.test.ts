import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handBuiltLog } from '../../../tests/fixtures/stats/log';
import { toNdjson } from '../../stats/exchange';
import { summarize } from '../../stats/summary';
import { CliError } from '../io';
import { stats } from './stats';

const dir = mkdtempSync(join(tmpdir(), 'souffleur-stats-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  return { out, err };
}
afterEach(() => vi.restoreAllMocks());

const log = handBuiltLog();
// Two agents' overlapping exports of the hand-built log.
const ana = file('ana.ndjson', toNdjson(log.slice(0, 30)));
const bo = file('bo.ndjson', toNdjson(log.slice(20)) + 'not json\n');

async function run(args: string[]) {
  const io = capture();
  await stats(['summary', ...args]);
  return { json: JSON.parse(io.out.join('')) as ReturnType<typeof summarize> & { import: { rejected: number } }, err: io.err.join('') };
}

describe('souffleur stats summary', () => {
  it('prints the same figures as the dashboard over the merged exports, with the import report', async () => {
    const { json, err } = await run([ana, bo]);
    const { import: report, ...figures } = json;
    expect(figures).toEqual(JSON.parse(JSON.stringify(summarize(log))));
    expect(json.headline).toMatchObject({ ticketsAssisted: 4, draftsShown: 6, insertionRate: 0.5, meanSimilarity: 0.6 });
    expect(json.headline.timeSaved.minutes).toBe(14);
    expect(json.holdout.ratio).toBe(0.6);
    expect(report).toMatchObject({ events: log.length, duplicates: 10, rejected: 1 });
    expect(err).toMatch(/bo\.ndjson:\d+: not valid JSON/);
  });

  it('applies date, agent and helpdesk filters and the minutes per use', async () => {
    const a2 = await run([ana, bo, '--agent', 'a2', '--minutes-per-use', '10', '--snippet-minutes', '0']);
    expect(a2.json.headline.draftsShown).toBe(2);
    expect(a2.json.headline.timeSaved.minutes).toBe(10);
    const week1 = await run([ana, bo, '--from', '2026-03-02', '--to', '2026-03-03']);
    expect(week1.json.headline.draftsShown).toBe(3);
    const zendesk = await run([ana, bo, '--helpdesk', 'zendesk']);
    expect(zendesk.json.breakdowns.helpdesk.map((r) => r.key)).toEqual(['zendesk']);
  });

  it('a poisoned export (time 9e15, an over-long line) is reported line by line; the summary still runs', async () => {
    const poisoned = file(
      'poisoned.ndjson',
      [
        JSON.stringify({ ...log[0], id: 'p1', time: 9e15 }),
        JSON.stringify({ ...log[1], id: 'p2', msSinceTicketOpened: 1e300 }),
        'x'.repeat(100_001),
        toNdjson(log),
      ].join('\n'),
    );
    const { json, err } = await run([poisoned]);
    expect(json.headline).toMatchObject({ ticketsAssisted: 4, draftsShown: 6 });
    expect(json.import).toMatchObject({ events: log.length, rejected: 3 });
    expect(err).toMatch(/skipped 3 malformed line\(s\), first .*poisoned\.ndjson:1: time: time outside/);
  });

  it('refuses a file over the size limit unread, and summarizes the others', async () => {
    const io = capture();
    await stats(['summary', file('big.ndjson', toNdjson(log) + ' '.repeat(2_000_000)), ana], 1024 * 1024);
    const json = JSON.parse(io.out.join('')) as { import: { rejections: { file: string; reason: string }[]; events: number } };
    expect(json.import.rejections).toEqual([{ file: expect.stringMatching(/big\.ndjson$/), line: 0, reason: 'file larger than 1 MB' }]);
    expect(json.import.events).toBe(30);
  });

  it('merges v1 exports (no schema version, unkeyed hashes) with v2 ones', async () => {
    const v1 = file(
      'v1.ndjson',
      toNdjson(log.slice(0, 10))
        .replace(/"v":2,/g, '')
        .replace(/,"keyId":"k-test"/g, '')
        .replace(/,"source":"model"/g, ''),
    );
    expect(readFileSync(v1, 'utf8')).not.toMatch(/"v"|keyId|source/);
    const { json } = await run([v1, file('v2.ndjson', toNdjson(log.slice(10)))]);
    expect(json.import).toMatchObject({ events: log.length, rejected: 0 });
    expect(json).toMatchObject({ headline: JSON.parse(JSON.stringify(summarize(log).headline)) });
  });

  it('fails with a one-line reason on bad input', async () => {
    capture();
    await expect(stats(['summary'])).rejects.toThrow(/no export files/);
    await expect(stats(['summary', join(dir, 'missing.ndjson')])).rejects.toThrow(/cannot read .*ENOENT/);
    await expect(stats(['summary', ana, '--from', 'last week'])).rejects.toThrow(CliError);
    await expect(stats(['summary', ana, '--minutes-per-use', '-1'])).rejects.toThrow(/minutes-per-use/);
    await expect(stats(['total'])).rejects.toThrow(/unknown stats subcommand/);
  });
});
