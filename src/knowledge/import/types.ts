// What every importer returns, and the rule for what gets imported from it.
import type { Article } from '../types';

export interface ImportIssue {
  /** The file's name as given. */
  file: string;
  /** 1-based line (text formats) or data row (CSV, JSON arrays), when the issue is in one. */
  line?: number;
  row?: number;
  reason: string;
}

export interface ImportResult {
  /** The valid articles (all of them when there are no issues). */
  articles: Article[];
  /** Per-row issues, the first MAX_ISSUES of them; a fatal one (unreadable file) comes with no articles. */
  issues: ImportIssue[];
  /** Issues past the first MAX_ISSUES: counted, not kept (a 50 MB file of bad two-byte lines has 25 M). */
  moreIssues?: number;
  /** The file could not be read at all (encoding, size, syntax): nothing in it is importable. */
  fatal: boolean;
}

export interface ImportOptions {
  /** Source label stored on each article (default "file:<name>"). */
  source?: string;
  /** Refuse files larger than this (default 50 MB). */
  maxBytes?: number;
  /** Markdown: one article per file (default) or one per heading. */
  markdownSplit?: 'file' | 'heading';
  /** CSV/JSON: which column or field holds each article field (defaults recognize common names). */
  mapping?: Partial<Record<MappedField, string>>;
}

export type MappedField = 'id' | 'title' | 'body' | 'url' | 'language' | 'tags' | 'updated';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Issues an import keeps; the rest are counted (`moreIssues`). Far more than anyone reads, far fewer than lines. */
export const MAX_ISSUES = 1_000;

/** An import's issues as they come: the first MAX_ISSUES kept, the others counted. */
export function issueList() {
  const issues: ImportIssue[] = [];
  let more = 0;
  return {
    add(issue: ImportIssue): void {
      if (issues.length < MAX_ISSUES) issues.push(issue);
      else more += 1;
    },
    result: (): Pick<ImportResult, 'issues' | 'moreIssues'> => ({ issues, ...(more ? { moreIssues: more } : {}) }),
  };
}

/** How many issues an import had, kept or counted. */
export const issueCount = (result: ImportResult): number => result.issues.length + (result.moreIssues ?? 0);

/**
 * The articles a caller should store: all when the file is clean, the valid ones of a partly valid file
 * only with `partial`, none for a fatal error.
 */
export function articlesToImport(result: ImportResult, partial = false): Article[] {
  if (result.fatal) return [];
  if (result.issues.length > 0 && !partial) return [];
  return result.articles;
}

/** One line a person can act on: "faq.csv row 3: missing title". */
export function describeIssue(issue: ImportIssue): string {
  const where = issue.line !== undefined ? ` line ${issue.line}` : issue.row !== undefined ? ` row ${issue.row}` : '';
  return `${issue.file}${where}: ${issue.reason}`;
}

export function fatal(file: string, reason: string, at: { line?: number; row?: number } = {}): ImportResult {
  return { articles: [], issues: [{ file, ...at, reason }], fatal: true };
}
