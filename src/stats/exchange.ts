// The team view's exchange format: agents export their events as NDJSON (one event per line) or CSV for
// spreadsheets; a lead imports many NDJSON exports, merged by event id. Imported files are untrusted: each
// line is validated on its own, a bad line is reported (file, line, reason) and skipped, and every valid
// line is kept — one broken line never costs the rest of an export.
import { inEventTimeBounds, parseEvent, type StatsEvent } from './events';

export interface Rejection {
  file: string;
  line: number;
  reason: string;
}

export interface FileReport {
  file: string;
  lines: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

export interface ImportReport {
  files: FileReport[];
  /** Distinct events kept, after deduplication. */
  events: number;
  duplicates: number;
  /** The first `maxRejections` bad lines (a garbage file must not produce a garbage-sized report). */
  rejections: Rejection[];
  rejected: number;
}

const MAX_LINE_CHARS = 100_000;

/** One line of an export file: too long, not JSON, or not a valid event is a reason to reject it. */
export function parseExportLine(raw: string): ReturnType<typeof parseEvent> {
  if (raw.length > MAX_LINE_CHARS) return { ok: false, reason: `line longer than ${MAX_LINE_CHARS} characters` };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  return parseEvent(value);
}
/**
 * Import limits, for files from anyone: one file at most 256 MB (about 600k events of ~400 bytes, a year of
 * a 30-agent team), at most 2 million distinct events held for one merge (~1 GB of objects in a tab).
 * Files are read as streams, line by line, so a file's text is never one string.
 */
export const MAX_IMPORT_FILE_BYTES = 256 * 1024 * 1024;
export const MAX_IMPORT_EVENTS = 2_000_000;

/** Merges lines from many files into one deduplicated set of events; the first copy of an id wins. */
export class EventMerger {
  private readonly byId = new Map<string, StatsEvent>();
  private readonly files: FileReport[] = [];
  private readonly rejections: Rejection[] = [];
  private rejected = 0;
  private duplicates = 0;
  private current: FileReport | undefined;

  constructor(
    private readonly maxRejections = 1000,
    private readonly maxEvents = MAX_IMPORT_EVENTS,
  ) {}

  startFile(file: string): void {
    this.current = { file, lines: 0, accepted: 0, duplicates: 0, rejected: 0 };
    this.files.push(this.current);
  }

  /** One line of the current file (1-based line number); blank lines are ignored. */
  addLine(raw: string, line: number): void {
    const file = this.current ?? (this.startFile('(input)'), this.current!);
    if (!raw.trim()) return;
    file.lines++;
    const reject = (reason: string) => {
      file.rejected++;
      this.rejected++;
      if (this.rejections.length < this.maxRejections) this.rejections.push({ file: file.file, line, reason });
    };
    const parsed = parseExportLine(raw);
    if (!parsed.ok) return reject(parsed.reason);
    if (this.byId.size >= this.maxEvents && !this.byId.has(parsed.event.id))
      return reject(`more than ${this.maxEvents} events in one import`);
    if (this.byId.has(parsed.event.id)) {
      file.duplicates++;
      this.duplicates++;
      return;
    }
    this.byId.set(parsed.event.id, parsed.event);
    file.accepted++;
  }

  /** A whole file's text at once (the dashboard's file picker); CRLF and a trailing newline are fine. */
  addText(file: string, text: string): void {
    this.startFile(file);
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) this.addLine(lines[i]!, i + 1);
  }

  /** A file as a stream of text chunks (e.g. a File's stream through TextDecoderStream): lines may span chunks. */
  async addChunks(file: string, chunks: AsyncIterable<string>): Promise<void> {
    this.startFile(file);
    let rest = '';
    let line = 0;
    for await (const chunk of chunks) {
      const lines = (rest + chunk).split(/\r?\n/);
      rest = lines.pop()!;
      for (const raw of lines) this.addLine(raw, ++line);
      // An endless line is rejected when it ends; meanwhile only its first characters are kept.
      if (rest.length > MAX_LINE_CHARS + 1) rest = rest.slice(0, MAX_LINE_CHARS + 1);
    }
    if (rest) this.addLine(rest.replace(/\r$/, ''), ++line);
  }

  /** A file over the size limit: reported as one rejection, never read. */
  rejectFile(file: string, reason: string): void {
    this.startFile(file);
    this.current!.rejected++;
    this.rejected++;
    if (this.rejections.length < this.maxRejections) this.rejections.push({ file, line: 0, reason });
  }

  events(): StatsEvent[] {
    return [...this.byId.values()];
  }

  report(): ImportReport {
    return {
      files: this.files.map((f) => ({ ...f })),
      events: this.byId.size,
      duplicates: this.duplicates,
      rejections: [...this.rejections],
      rejected: this.rejected,
    };
  }
}

/** Merges whole exports: `[{name, text}]` → the distinct valid events and the report. */
export function mergeExports(files: readonly { name: string; text: string }[]): { events: StatsEvent[]; report: ImportReport } {
  const merger = new EventMerger();
  for (const f of files) merger.addText(f.name, f.text);
  return { events: merger.events(), report: merger.report() };
}

/** NDJSON in chunks of `linesPerChunk` lines, so a million events never become one giant string. */
export function* ndjsonChunks(events: Iterable<StatsEvent>, linesPerChunk = 10_000): Generator<string> {
  let lines: string[] = [];
  for (const e of events) {
    lines.push(JSON.stringify(e));
    if (lines.length === linesPerChunk) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length) yield lines.join('\n') + '\n';
}

export function toNdjson(events: Iterable<StatsEvent>): string {
  return [...ndjsonChunks(events)].join('');
}

export const CSV_COLUMNS = [
  'id',
  'time',
  'type',
  'agentId',
  'agentName',
  'helpdesk',
  'ticketHash',
  'language',
  'emotion',
  'model',
  'suggestionId',
  'snippetId',
  'kind',
  'msSinceTicketOpened',
  'rating',
  'reason',
  'helpful',
  'similarity',
  'class',
  'holdout',
  'assisted',
  // v2 (appended, so v1 spreadsheets keep their column positions):
  'v',
  'keyId',
  'source',
] as const;

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  // Spreadsheets run cells starting with = + - @ as formulas: agent names and reasons are typed by people.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV (RFC 4180, header row, ISO times) for spreadsheets; one column per field any event type has. */
export function* csvChunks(events: Iterable<StatsEvent>, linesPerChunk = 10_000): Generator<string> {
  let lines: string[] = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const fields = e as Partial<Record<string, unknown>>;
    const row = CSV_COLUMNS.map((column) => {
      if (column === 'time') return inEventTimeBounds(e.time) ? new Date(e.time).toISOString() : '';
      if (column === 'agentId') return csvCell(e.agent.id);
      if (column === 'agentName') return csvCell(e.agent.name);
      return csvCell(fields[column]);
    });
    lines.push(row.join(','));
    if (lines.length >= linesPerChunk) {
      yield lines.join('\r\n') + '\r\n';
      lines = [];
    }
  }
  if (lines.length) yield lines.join('\r\n') + '\r\n';
}

export function toCsv(events: Iterable<StatsEvent>): string {
  return [...csvChunks(events)].join('');
}
