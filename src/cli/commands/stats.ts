// `souffleur stats summary <export files...>`: the dashboard's figures over merged NDJSON exports, as JSON.
// Same merge (src/stats/exchange.ts) and same summary (src/stats/summary.ts) as the dashboard page.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { EventMerger, MAX_IMPORT_FILE_BYTES } from '../../stats/exchange';
import { DEFAULT_MINUTES_PER_USE, summarize } from '../../stats/summary';
import { CliError, note, printJson, type Command } from '../io';

export const STATS_USAGE =
  'souffleur stats summary <export.ndjson...> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--agent ID]... ' +
  '[--helpdesk NAME]... [--minutes-per-use N] [--snippet-minutes N]';

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

async function readInto(merger: EventMerger, path: string, maxBytes: number): Promise<void> {
  // Read line by line (never the whole file); a file over the limit is refused unread, like the dashboard's.
  const size = await stat(path).then(
    (s) => s.size,
    () => 0, // unreadable: the stream below reports why
  );
  if (size > maxBytes) return merger.rejectFile(path, `file larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const stream = createReadStream(path, 'utf8');
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error: NodeJS.ErrnoException) => reject(new CliError(`cannot read ${path}: ${error.code ?? error.message}`)));
  });
  merger.startFile(path);
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) merger.addLine(raw, ++line);
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
    },
  });
  if (positionals.length === 0) throw new CliError(`no export files; usage: ${STATS_USAGE}`);
  const from = parseDate(values.from, 'from', false);
  const to = parseDate(values.to, 'to', true);
  if (from !== undefined && to !== undefined && from > to) throw new CliError('--from is after --to');
  const minutesPerUse = {
    draft: parseMinutes(values['minutes-per-use'], 'minutes-per-use', DEFAULT_MINUTES_PER_USE.draft),
    snippet: parseMinutes(values['snippet-minutes'], 'snippet-minutes', DEFAULT_MINUTES_PER_USE.snippet),
  };

  const merger = new EventMerger();
  for (const path of positionals) await readInto(merger, path, maxFileBytes);
  const report = merger.report();
  if (report.rejected > 0) {
    const first = report.rejections[0]!;
    note(`stats: skipped ${report.rejected} malformed line(s), first ${first.file}:${first.line}: ${first.reason}`);
  }
  const result = summarize(merger.events(), {
    filter: { from, to, agentIds: values.agent, helpdesks: values.helpdesk },
    minutesPerUse,
  });
  printJson({ ...result, import: report });
}

/** `maxFileBytes` is for tests; the CLI always uses the import limit. */
export const stats = (async (argv: string[], maxFileBytes = MAX_IMPORT_FILE_BYTES): Promise<void> => {
  const [sub, ...rest] = argv;
  if (sub === 'summary') return summary(rest, maxFileBytes);
  throw new CliError(`unknown stats subcommand ${sub === undefined ? '(none)' : JSON.stringify(sub)}; usage: ${STATS_USAGE}`);
}) satisfies Command;
