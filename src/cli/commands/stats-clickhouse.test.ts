// `souffleur stats load|summary --clickhouse` against a real ClickHouse on loopback (tests/support/clickhouse).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clickHouseBinary, SKIP_MESSAGE, startClickHouse, USERS, type ClickHouseServer } from '../../../tests/support/clickhouse';
import { handBuiltLog } from '../../../tests/fixtures/stats/log';
import { toNdjson } from '../../stats/exchange';
import { stats } from './stats';

const available = clickHouseBinary() !== null;
if (!available) console.warn(SKIP_MESSAGE);

const dir = mkdtempSync(join(tmpdir(), 'souffleur-ch-cli-'));
const file = (name: string, content: string) => (writeFileSync(join(dir, name), content), join(dir, name));
const log = handBuiltLog();
// v2 events, and the first five as a v1 export (no v, source or keyId) of the same ids.
const ana = file('ana.ndjson', toNdjson(log.slice(0, 30)));
const bo = file('bo.ndjson', toNdjson(log.slice(20)) + 'not json\n');
const v1 = file(
  'v1.ndjson',
  log
    .slice(0, 5)
    .map(({ v: _v, source: _s, keyId: _k, ...rest }) => JSON.stringify(rest))
    .join('\n') + '\n',
);

async function cli(args: string[], user: { user: string; password: string } = USERS.agent) {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.stubEnv('CLICKHOUSE_USER', user.user);
  vi.stubEnv('CLICKHOUSE_PASSWORD', user.password);
  await stats(args);
  return JSON.parse(out.join('')) as Record<string, unknown>;
}
afterEach(() => (vi.restoreAllMocks(), vi.unstubAllEnvs()));

describe.skipIf(!available)('souffleur stats on ClickHouse', () => {
  let server: ClickHouseServer;
  let url: string;
  beforeAll(async () => {
    server = await startClickHouse();
    url = `${server.url}/?database=souffleur`;
  }, 60_000);
  afterAll(async () => server?.dispose());

  it('loads v1 and v2 exports idempotently and prints {loaded, rejected, duplicates}', async () => {
    expect(await cli(['load', '--clickhouse', url, ana, bo])).toEqual({ loaded: log.length, rejected: 1, duplicates: 10 });
    // Loading again changes nothing; the v1 copies of known ids are duplicates too.
    expect(await cli(['load', '--clickhouse', url, ana, v1])).toEqual({ loaded: 0, rejected: 0, duplicates: 35 });
  });

  it('prints the same JSON as the summary of the files, for the lead (read-only user), with filters', async () => {
    for (const filters of [
      [],
      ['--agent', 'a2', '--minutes-per-use', '10'],
      ['--from', '2026-03-02', '--to', '2026-03-03'],
      ['--helpdesk', 'zendesk'],
    ]) {
      const { import: _report, ...fromFiles } = await cli(['summary', ana, bo, ...filters]);
      expect(await cli(['summary', '--clickhouse', url, ...filters], USERS.lead)).toEqual(fromFiles);
    }
  });

  it('the lead cannot load, wrong credentials are refused, and credentials in the URL are rejected', async () => {
    await expect(cli(['load', '--clickhouse', url, ana], USERS.lead)).rejects.toThrow(
      /ClickHouse at http:\/\/127\.0\.0\.1:\d+: ClickHouse answered 500: .*readonly/i,
    );
    await expect(cli(['summary', '--clickhouse', url], { user: 'lead', password: 'wrong' })).rejects.toThrow(
      /answered 401: .*Wrong password/,
    );
    await expect(cli(['summary', '--clickhouse', url.replace('http://', 'http://lead:lead-secret@')])).rejects.toThrow(/CLICKHOUSE_USER/);
  });
});
