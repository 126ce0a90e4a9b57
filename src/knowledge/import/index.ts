// One entry point for every file the options page or the CLI is given: decodes it safely, then picks the
// importer by extension, or by content when the extension says nothing.
import { importCsv } from './csv';
import { decodeFile, DecodeError, checkTextSize } from './decode';
import { htmlTitle, htmlToText } from './html';
import { importJson } from './json';
import { importMarkdown } from './markdown';
import { overLimit } from './limits';
import { fatal, type ImportIssue, type ImportOptions, type ImportResult } from './types';

export { articlesToImport, describeIssue, issueCount } from './types';
export type { ImportIssue, ImportOptions, ImportResult } from './types';

export function importFile(file: string, input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  return limited(file, importAny(file, input, options));
}

/** Markdown and HTML articles over a limit, reported by file (CSV and JSON report theirs by row and line). */
function limited(file: string, result: ImportResult): ImportResult {
  const issues: ImportIssue[] = [];
  const articles = result.articles.filter((article) => {
    const reason = overLimit(article);
    if (reason) issues.push({ file, reason: `"${article.title.slice(0, 80)}": ${reason}` });
    return !reason;
  });
  return issues.length ? { ...result, articles, issues: [...result.issues, ...issues] } : result;
}

function importAny(file: string, input: Uint8Array | string, options: ImportOptions): ImportResult {
  let text: string;
  try {
    if (typeof input === 'string') {
      checkTextSize(input, options.maxBytes);
      text = input;
    } else text = decodeFile(input, options.maxBytes);
  } catch (error) {
    if (error instanceof DecodeError) return fatal(file, error.message);
    throw error;
  }
  if (text.includes('\u0000')) return fatal(file, 'binary file (contains NUL bytes), not text');
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  switch (extension) {
    case 'md':
    case 'markdown':
      return importMarkdown(file, text, options);
    case 'html':
    case 'htm':
      return importHtml(file, text, options);
    case 'csv':
    case 'tsv':
      return importCsv(file, text, options);
    case 'json':
    case 'jsonl':
    case 'ndjson':
      return importJson(file, text, options);
  }
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return importJson(file, text, options);
  if (start === '<') return importHtml(file, text, options);
  return fatal(file, 'unsupported file type (use .md, .html, .csv, .json or .jsonl)');
}

export function importHtml(file: string, html: string, options: ImportOptions = {}): ImportResult {
  const body = htmlToText(html);
  const title =
    htmlTitle(html) ??
    file
      .split(/[\\/]/)
      .pop()!
      .replace(/\.html?$/i, '');
  if (!body && !title) return fatal(file, 'no text in the HTML');
  const article = { id: file.replace(/\.html?$/i, ''), title, body, source: options.source ?? `file:${file}` };
  const lang = /<html\b[^>]*\blang=["']?([a-zA-Z-]+)/i.exec(html)?.[1];
  return { articles: [lang ? { ...article, language: lang } : article], issues: [], fatal: false };
}
