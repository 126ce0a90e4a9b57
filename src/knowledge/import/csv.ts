// CSV (RFC 4180: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or LF)
// with a header row; semicolon- and tab-separated files are recognized from the header line.
import { recordToArticle, resolveMapping } from './fields';
import { fatal, issueList, type ImportOptions, type ImportResult } from './types';
import type { Article } from '../types';
import { ARTICLE_LIMITS } from '../article-limits';
import { IMPORT_FULL, withinLimits } from './limits';

interface Row {
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): Row[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      const quoteLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError('unterminated quoted field', quoteLine);
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (c === '\n') line += 1;
        cell += c;
        i += 1;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError('text after a closing quote (quotes inside a field must be doubled)', line);
      }
      continue;
    }
    if (ch === delimiter) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else cell += ch;
    i += 1;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

export function importCsv(file: string, text: string, options: ImportOptions = {}): ImportResult {
  let rows: Row[];
  try {
    rows = parseCsv(text.replace(/^\ufeff/, ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fatal(file, error.message, { line: error.line });
    throw error;
  }
  const [header, ...data] = rows;
  if (!header) return fatal(file, 'empty CSV file');
  const keys = resolveMapping(header.cells, options.mapping);
  if (!keys.title && !keys.body) return fatal(file, `no title or body column among: ${header.cells.join(', ')}`, { line: header.line });
  const source = options.source ?? `file:${file}`;
  const articles: Article[] = [];
  const issues = issueList();
  data.forEach((row, index) => {
    if (row.cells.length !== header.cells.length) {
      issues.add({ file, line: row.line, row: index + 1, reason: `${row.cells.length} fields, the header has ${header.cells.length}` });
      return;
    }
    const record = Object.fromEntries(header.cells.map((name, i) => [name, row.cells[i]]));
    const article = articles.length >= ARTICLE_LIMITS.articlesPerImport ? IMPORT_FULL : withinLimits(recordToArticle(record, keys, source));
    if (typeof article === 'string') issues.add({ file, line: row.line, row: index + 1, reason: article });
    else articles.push(article);
  });
  return { articles, ...issues.result(), fatal: false };
}
