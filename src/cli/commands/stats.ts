// `souffleur stats summary <export files...>`: the dashboard's figures over merged NDJSON exports, as JSON;
// with `--clickhouse URL` the same JSON computed by the team's ClickHouse, which `stats load` fills.
// Same merge (src/stats/exchange.ts) and same summary (src/stats/summary.ts) as the dashboard page.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { sendStatsRequest } from '../../egress/gate';
import { ClickHouseLoader } from '../../stats/clickhouse/load';
import { summarizeInClickHouse, type RunSql } from '../../stats/clickhouse/summary';
import { EventMerger, MAX_IMPORT_FILE_BYTES } from '../../stats/exchange';
import { DEFAULT_MINUTES_PER_USE, summarize } from '../../stats/summary';
import { CliError, note, printJson, type Command } from '../io';

export const STATS_USAGE =
  'souffleur stats summary <export.ndjson...> | --clickhouse URL [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--agent ID]... ' +
  '[--helpdesk NAME]... [--minutes-per-use N] [--snippet-minutes N]; ' +
  'souffleur stats load --clickhouse URL <export.ndjson...> (credentials from CLICKHOUSE_USER / CLICKHOUSE_PASSWORD)';

const DAY = 86_400_000;

/** A date or date-time; a bare date as `--to` means the end of that day (UTC), so ranges are inclusive. */
function parseDate(value: string | undefined, option: string, endOfDay: boolean): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (!/^\d{4}-\d\d-\d\d/.test(value) || Number.isNaN(ms)) throw new CliError(`--${option}: not a date: ${value}`);
  return endOfDay && /^\d{4}-\d\d-\d\d$/.test(value) ? ms + DAY - 1 : ms;
}

function parseMinutes(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new CliError(`--${option}: not a non-negative number: ${value}`);
  return n;
}

/** A file's lines, read as a stream (never the whole file); an unreadable file is a CliError. */
async function* fileLines(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, 'utf8');
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error: NodeJS.ErrnoException) => reject(new CliError(`cannot read ${path}: ${error.code ?? error.message}`)));
  });
  yield* createInterface({ input: stream, crlfDelay: Infinity });
}

async function readInto(merger: EventMerger, path: string, maxBytes: number): Promise<void> {
  // A file over the limit is refused unread, like the dashboard's.
  const size = await stat(path).then(
    (s) => s.size,
    () => 0, // unreadable: the stream below reports why
  );
  if (size > maxBytes) return merger.rejectFile(path, `file larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const lines = fileLines(path);
  await lines.next().then((first) => {
    merger.startFile(path);
    if (!first.done) merger.addLine(first.value, 1);
  });
  let line = 1;
  for await (const raw of lines) merger.addLine(raw, ++line);
}

/** The ClickHouse endpoint from --clickhouse and the environment (never credentials on the command line). */
function clickHouseRun(url: string): RunSql {
  let endpoint: URL;
  try {
    endpoint = new URL(url);
  } catch {
    throw new CliError(`--clickhouse: not a URL: ${url}`);
  }
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') throw new CliError('--clickhouse: the URL must be http(s)');
  if (endpoint.username || endpoint.password)
    throw new CliError('--clickhouse: put credentials in CLICKHOUSE_USER / CLICKHOUSE_PASSWORD, not the URL');
  const target = { url: endpoint.href, user: process.env.CLICKHOUSE_USER, password: process.env.CLICKHOUSE_PASSWORD };
  return (sql, body) =>
    sendStatsRequest(target, sql, body).catch((error: unknown) => {
      throw new CliError(`ClickHouse at ${endpoint.origin}: ${error instanceof Error ? error.message : String(error)}`);
    });
}

async function load(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { clickhouse: { type: 'string' } } });
  if (!values.clickhouse) throw new CliError(`stats load needs --clickhouse URL; usage: ${STATS_USAGE}`);
  if (positionals.length === 0) throw new CliError(`no export files; usage: ${STATS_USAGE}`);
  const loader = new ClickHouseLoader(clickHouseRun(values.clickhouse));
  await loader.start();
  for (const path of positionals) {
    let line = 0;
    for await (const raw of fileLines(path)) await loader.addLine(raw, path, ++line);
  }
  const { rejections, ...report } = await loader.finish();
  if (rejections.length)
    note(
      `stats: skipped ${report.rejected} malformed line(s), first ${rejections[0]!.file}:${rejections[0]!.line}: ${rejections[0]!.reason}`,
    );
  printJson(report);
}

async function summary(argv: string[], maxFileBytes = MAX_IMPORT_FILE_BYTES): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      agent: { type: 'string', multiple: true },
      helpdesk: { type: 'string', multiple: true },
      'minutes-per-use': { type: 'string' },
      'snippet-minutes': { type: 'string' },
      clickhouse: { type: 'string' },
    },
  });
  if (positionals.length === 0 && !values.clickhouse) throw new CliError(`no export files; usage: ${STATS_USAGE}`);
  if (positionals.length > 0 && values.clickhouse)
    throw new CliError('give export files or --clickhouse, not both (load files with `souffleur stats load`)');
  const from = parseDate(values.from, 'from', false);
  const to = parseDate(values.to, 'to', true);
  if (from !== undefined && to !== undefined && from > to) throw new CliError('--from is after --to');
  const minutesPerUse = {
    draft: parseMinutes(values['minutes-per-use'], 'minutes-per-use', DEFAULT_MINUTES_PER_USE.draft),
    snippet: parseMinutes(values['snippet-minutes'], 'snippet-minutes', DEFAULT_MINUTES_PER_USE.snippet),
  };

  const filter = { from, to, agentIds: values.agent, helpdesks: values.helpdesk };
  if (values.clickhouse) return printJson(await summarizeInClickHouse(clickHouseRun(values.clickhouse), { filter, minutesPerUse }));

  const merger = new EventMerger();
  for (const path of positionals) await readInto(merger, path, maxFileBytes);
  const report = merger.report();
  if (report.rejected > 0) {
    const first = report.rejections[0]!;
    note(`stats: skipped ${report.rejected} malformed line(s), first ${first.file}:${first.line}: ${first.reason}`);
  }
  const result = summarize(merger.events(), {
    filter,
    minutesPerUse,
  });
  printJson({ ...result, import: report });
}

/** `maxFileBytes` is for tests; the CLI always uses the import limit. */
export const stats = (async (argv: string[], maxFileBytes = MAX_IMPORT_FILE_BYTES): Promise<void> => {
  const [sub, ...rest] = argv;
  if (sub === 'summary') return summary(rest, maxFileBytes);
  if (sub === 'load') return load(rest);
  throw new CliError(`unknown stats subcommand ${sub === undefined ? '(none)' : JSON.stringify(sub)}; usage: ${STATS_USAGE}`);
}) satisfies Command;
