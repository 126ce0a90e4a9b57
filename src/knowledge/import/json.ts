// JSON and JSONL imports: Souffleur's line format {"id","title","body","url"?,"language"?,"tags"?} (also what
// the export writes), any records with mappable fields, a Zendesk Help Center articles export page
// ({articles:[…], next_page}) and Freshdesk solution articles ([{id,title,description,description_text,…}]).
import { recordToArticle, resolveMapping } from './fields';
import { htmlToText } from './html';
import { fatal, issueList, type ImportOptions, type ImportResult } from './types';
import type { Article } from '../types';
import { ARTICLE_LIMITS } from '../article-limits';
import { IMPORT_FULL, withinLimits } from './limits';

type Json = Record<string, unknown>;
interface Located {
  record: unknown;
  line?: number;
  row?: number;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function importJson(file: string, text: string, options: ImportOptions = {}): ImportResult {
  const source = text.replace(/^\ufeff/, '');
  let records: Located[];
  let value: unknown;
  const asLines = /\.(jsonl|ndjson)$/i.test(file) || !looksLikeOneValue(source);
  if (asLines) {
    records = [];
    const lines = source.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.trim()) continue;
      try {
        records.push({ record: JSON.parse(lines[i]!), line: i + 1 });
      } catch (error) {
        return fatal(file, `not valid JSON: ${(error as Error).message}`, { line: i + 1 });
      }
    }
  } else {
    try {
      value = JSON.parse(source);
    } catch (error) {
      return fatal(file, `not valid JSON: ${(error as Error).message}`);
    }
    if (isObject(value) && Array.isArray(value.articles)) return importZendeskPage(file, value.articles);
    const list = Array.isArray(value) ? value : isObject(value) ? [value] : null;
    if (!list) return fatal(file, 'expected an array of articles, an object with "articles", or JSON lines');
    records = list.map((record, i) => ({ record, row: i + 1 }));
  }
  return collect(
    file,
    records,
    converterFor(
      records.map(({ record }) => record),
      options,
      file,
    ),
  );
}

/** A whole-document JSON value rather than JSON lines (several top-level values). */
function looksLikeOneValue(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) return true;
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim());
  return lines.length <= 1 || !lines[0]!.trim().endsWith('}');
}

export function importZendeskPage(file: string, articles: unknown[]): ImportResult {
  return collect(
    file,
    articles.map((record, i) => ({ record, row: i + 1 })),
    zendeskArticle,
  );
}

export function zendeskArticle(record: unknown): Article | string {
  if (!isObject(record)) return 'not an object';
  const id = record.id;
  if (typeof id !== 'number' && typeof id !== 'string') return 'missing id';
  if (typeof record.title !== 'string') return 'missing title';
  const article: Article = {
    id: String(id),
    title: record.title,
    body: htmlToText(typeof record.body === 'string' ? record.body : ''),
    source: 'zendesk-help-center',
  };
  if (typeof record.html_url === 'string') article.url = record.html_url;
  if (typeof record.locale === 'string') article.language = record.locale;
  if (Array.isArray(record.label_names)) article.tags = record.label_names.filter((t): t is string => typeof t === 'string');
  if (typeof record.updated_at === 'string') article.updated = record.updated_at;
  return article;
}

function isFreshdeskArticle(record: unknown): boolean {
  return isObject(record) && 'folder_id' in record && ('description' in record || 'description_text' in record);
}

export function freshdeskArticle(record: Json): Article | string {
  const id = record.id;
  if (typeof id !== 'number' && typeof id !== 'string') return 'missing id';
  if (typeof record.title !== 'string') return 'missing title';
  const body =
    typeof record.description_text === 'string'
      ? record.description_text
      : typeof record.description === 'string'
        ? htmlToText(record.description)
        : '';
  const article: Article = { id: String(id), title: record.title, body, source: 'freshdesk-solutions' };
  if (Array.isArray(record.tags)) article.tags = record.tags.filter((t): t is string => typeof t === 'string');
  if (typeof record.updated_at === 'string') article.updated = record.updated_at;
  if (typeof record.language === 'string') article.language = record.language;
  return article;
}

/** Runs the converter on every record, collecting per-row issues and refusing duplicate ids. */
function collect(file: string, records: Located[], convert: (record: unknown) => Article | string): ImportResult {
  const collector = createCollector(file);
  for (const located of records) collector.add(located, convert);
  return collector.result();
}

/** `collect`, one record at a time (the streamed JSON-lines import feeds it line by line). */
export function createCollector(file: string) {
  const articles: Article[] = [];
  const issues = issueList();
  const seen = new Map<string, string>();
  return {
    add({ record, line, row }: Located, convert: (record: unknown) => Article | string): void {
      const at = line !== undefined ? { line } : { row };
      const article = articles.length >= ARTICLE_LIMITS.articlesPerImport ? IMPORT_FULL : withinLimits(convert(record));
      if (typeof article === 'string') {
        issues.add({ file, ...at, reason: article });
        return;
      }
      const first = seen.get(article.id);
      if (first) {
        issues.add({ file, ...at, reason: `duplicate id "${article.id}" (first at ${first})` });
        return;
      }
      seen.set(article.id, line !== undefined ? `line ${line}` : `row ${row}`);
      articles.push(article);
    },
    result: (): ImportResult => ({ articles, ...issues.result(), fatal: false }),
  };
}

/**
 * The converter for JSON records, chosen from a sample of them: Freshdesk solution articles when every
 * sampled record is one, else the line format / mappable fields with the sample's keys.
 */
export function converterFor(sample: unknown[], options: ImportOptions, file: string): (record: unknown) => Article | string {
  if (sample.length > 0 && sample.every(isFreshdeskArticle))
    return (record) => (isObject(record) ? freshdeskArticle(record) : 'not an object');
  const keys = resolveMapping([...new Set(sample.flatMap((record) => (isObject(record) ? Object.keys(record) : [])))], options.mapping);
  const label = options.source ?? `file:${file}`;
  return (record) => (isObject(record) ? recordToArticle(record, keys, label) : 'not an object');
}
