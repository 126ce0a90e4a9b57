// Import in the page: read each file, run the importer, and send what may be stored to the background
// in chunks (a message per chunk keeps each one small and lets the page show progress).
import { decodeFile } from '../../../knowledge/import/decode';
import { parseCsv } from '../../../knowledge/import/csv';
import { resolveMapping, type Mapping } from '../../../knowledge/import/fields';
import { importFile, type ImportResult } from '../../../knowledge/import/index';
import { importJsonLinesStream } from '../../../knowledge/import/stream';
import { DEFAULT_MAX_BYTES, fatal } from '../../../knowledge/import/types';
import type { Article } from '../../../knowledge/types';
import { ARTICLE_LIMITS } from '../../../knowledge/article-limits';
import type { AskFn } from '../ask';
import type { ImportTotals } from '../../../messaging/responses';

export const ACCEPTED_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.csv', '.tsv', '.json', '.jsonl'];
/** Articles in one message: the background takes no more (ARTICLE_LIMITS.articlesPerMessage). */
export const CHUNK_SIZE = ARTICLE_LIMITS.articlesPerMessage;

export interface FileReport {
  name: string;
  /** The file's bytes, kept for reading again with a mapping; empty for streamed files (see `blob`). */
  bytes: Uint8Array;
  /** JSON lines are parsed as a stream from the file itself, never held as one string. */
  blob?: Blob;
  result: ImportResult;
  /** Columns (CSV) or fields (JSON) of a file whose title/body the importer did not recognize. */
  unmapped: string[] | null;
  mapping: Mapping;
  state: 'waiting' | 'imported';
  /** Refused by size before reading: its size and the limit, for the admin's own-language message. */
  tooLarge?: { size: number; limit: number };
}

export type MarkdownSplit = 'file' | 'heading';

export function analyze(name: string, bytes: Uint8Array, mapping: Mapping = {}, markdownSplit: MarkdownSplit = 'file'): FileReport {
  const result = importFile(name, bytes, { mapping, markdownSplit });
  const columns = columnsOf(name, bytes);
  const keys = columns ? resolveMapping(columns, mapping) : {};
  const unmapped = columns && columns.length > 0 && (!keys.title || !keys.body) ? columns : null;
  return { name, bytes, result, unmapped, mapping, state: 'waiting' };
}

/**
 * Reads the files one at a time (a drop of many large files never sits in memory at once), and refuses
 * a file over `maxBytes` by its size alone, before reading a byte of it; the other files go on.
 */
export async function readFiles(
  files: readonly File[],
  markdownSplit: MarkdownSplit = 'file',
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    if (file.size > maxBytes) {
      const result = fatal(file.name, `file is too large (${toMegabytes(file.size)} MB; the limit is ${toMegabytes(maxBytes)} MB)`);
      reports.push({
        name: file.name,
        bytes: new Uint8Array(),
        result,
        unmapped: null,
        mapping: {},
        state: 'waiting',
        tooLarge: { size: file.size, limit: maxBytes },
      });
      continue;
    }
    reports.push(
      STREAMED.test(file.name)
        ? await analyzeStreamed(file.name, file)
        : analyze(file.name, new Uint8Array(await file.arrayBuffer()), {}, markdownSplit),
    );
  }
  return reports;
}

const STREAMED = /\.(jsonl|ndjson)$/i;

/** `analyze` for JSON lines, line by line from the file; the sampled records' keys are the mappable fields. */
export async function analyzeStreamed(name: string, blob: Blob, mapping: Mapping = {}): Promise<FileReport> {
  let sample: unknown[] = [];
  const result = await importJsonLinesStream(name, chunksOf(blob), { mapping }, (records) => (sample = records));
  const columns = [...new Set(sample.flatMap((r) => (r && typeof r === 'object' && !Array.isArray(r) ? Object.keys(r) : [])))];
  const keys = resolveMapping(columns, mapping);
  const unmapped = !result.fatal && columns.length > 0 && (!keys.title || !keys.body) ? columns : null;
  return { name, bytes: new Uint8Array(), blob, result, unmapped, mapping, state: 'waiting' };
}

/** Reads a file again with a new mapping, streamed or from its kept bytes. */
export function reanalyze(report: FileReport, mapping: Mapping, markdownSplit: MarkdownSplit): Promise<FileReport> {
  return report.blob
    ? analyzeStreamed(report.name, report.blob, mapping)
    : Promise.resolve(analyze(report.name, report.bytes, mapping, markdownSplit));
}

async function* chunksOf(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

export const toMegabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The header of a CSV/TSV file or the keys of JSON records; null for other formats or unreadable files. */
export function columnsOf(name: string, bytes: Uint8Array): string[] | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  try {
    const text = decodeFile(bytes).replace(/^\ufeff/, '');
    if (extension === 'csv' || extension === 'tsv') return parseCsv(text)[0]?.cells ?? null;
    if (extension !== 'json' && extension !== 'jsonl') return null;
    const records = jsonRecords(text);
    // Zendesk and Freshdesk exports are recognized by their shape, never by a mapping.
    if (records === null) return null;
    return [...new Set(records.slice(0, 200).flatMap((r) => (r && typeof r === 'object' && !Array.isArray(r) ? Object.keys(r) : [])))];
  } catch {
    return null;
  }
}

function jsonRecords(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value;
    if (value && typeof value === 'object') return 'articles' in value ? null : [value];
    return null;
  } catch {
    return text
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .slice(0, 200)
      .map((line) => JSON.parse(line) as unknown);
  }
}

/** The next chunk from `start`: at most CHUNK_SIZE articles and ARTICLE_LIMITS.charsPerMessage of titles and bodies. */
function chunkEnd(articles: readonly Article[], start: number): number {
  let chars = 0;
  let end = start;
  while (end < articles.length && end - start < CHUNK_SIZE) {
    chars += articles[end]!.title.length + articles[end]!.body.length;
    if (chars > ARTICLE_LIMITS.charsPerMessage && end > start) break;
    end += 1;
  }
  return end;
}

/** Sends articles in chunks the background takes (chunkEnd); stops at the first failure and says why. */
export async function sendArticles(
  ask: AskFn,
  articles: readonly Article[],
  source: string,
  onProgress: (sent: number) => void,
  /** The helpdesk accounts chosen for these articles; empty: all accounts. */
  accounts: readonly string[] = [],
): Promise<{ ok: true; totals: ImportTotals } | { ok: false; error: string; totals: ImportTotals }> {
  const totals = { added: 0, updated: 0 };
  for (let start = 0, end = 0; start < articles.length; start = end) {
    end = chunkEnd(articles, start);
    const chunk = articles.slice(start, end);
    const reply = await ask({ kind: 'knowledge-import', articles: chunk, source, ...(accounts.length ? { accounts: [...accounts] } : {}) });
    if (!reply.ok) return { ok: false, error: reply.error, totals };
    totals.added += reply.data.added;
    totals.updated += reply.data.updated;
    onProgress(end);
  }
  return { ok: true, totals };
}
