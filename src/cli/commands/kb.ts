// `souffleur kb build <files...> --out <kb.json>` and `souffleur kb search --kb <kb.json> [--top N]
// (<query> | --queries <file.jsonl>)`: the knowledge base an admin builds and checks from the shell.
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { articlesToImport, describeIssue, importFile, type ImportOptions, type ImportResult } from '../../knowledge/import/index';
import { importJsonLinesStream } from '../../knowledge/import/stream';
import { DEFAULT_MAX_BYTES } from '../../knowledge/import/types';
import { LexicalIndex } from '../../knowledge/index';
import { fromKbFile, toKbFile } from '../../knowledge/kbfile';
import { searchText } from '../../knowledge/search';
import type { Article, SearchHit } from '../../knowledge/types';
import { isLang } from '../../language/languages';
import { CliError, note, printJson, readJson, readJsonLines, type Command } from '../io';

const USAGE = [
  'usage: souffleur kb build <files...> --out <kb.json> [--partial] [--split-headings] [--map field=column ...] [--max-mb 50]',
  '       souffleur kb search --kb <kb.json> [--top N] [--lang xx] (<query> | --queries <file.jsonl>)',
].join('\n');

export const kb: Command = async (argv) => {
  const [sub, ...rest] = argv;
  if (sub === 'build') return build(rest);
  if (sub === 'search') return search(rest);
  throw new CliError(USAGE.split('\n')[0]!);
};

const MAPPED = ['id', 'title', 'body', 'url', 'language', 'tags', 'updated'] as const;

function mapping(pairs: string[] | undefined): ImportOptions['mapping'] {
  const out: NonNullable<ImportOptions['mapping']> = {};
  for (const pair of pairs ?? []) {
    const [field, column] = pair.split('=', 2);
    if (!column || !(MAPPED as readonly string[]).includes(field!))
      throw new CliError(`--map ${pair}: expected field=column with field one of ${MAPPED.join(', ')}`);
    out[field as (typeof MAPPED)[number]] = column;
  }
  return out;
}

async function build(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      partial: { type: 'boolean' },
      'split-headings': { type: 'boolean' },
      map: { type: 'string', multiple: true },
      'max-mb': { type: 'string' },
    },
    allowPositionals: true,
  });
  if (!positionals.length || !values.out) throw new CliError(USAGE.split('\n')[0]!);
  const maxMb = values['max-mb'] === undefined ? DEFAULT_MAX_BYTES / 1024 / 1024 : Number(values['max-mb']);
  if (!(maxMb > 0)) throw new CliError(`--max-mb ${values['max-mb']}: expected a positive number of megabytes`);
  const options: ImportOptions = {
    mapping: mapping(values.map),
    markdownSplit: values['split-headings'] ? 'heading' : 'file',
    maxBytes: Math.floor(maxMb * 1024 * 1024),
  };
  const articles = new Map<string, Article>();
  let skipped = 0;
  for (const file of positionals) {
    const result = await importPath(file, options);
    const [first] = result.issues;
    if (result.fatal && first) throw new CliError(describeIssue(first));
    if (first && !values.partial) {
      const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
      throw new CliError(`${describeIssue(first)}${more}; fix the file or pass --partial to import the valid rows`);
    }
    for (const issue of result.issues) note(`skipped ${describeIssue(issue)}`);
    skipped += result.issues.length;
    // A later file updates an article with the same id, as a re-import does.
    for (const article of articlesToImport(result, values.partial)) articles.set(article.id, article);
  }
  const index = new LexicalIndex();
  for (const article of articles.values()) index.add(article);
  await writeFile(values.out, JSON.stringify(toKbFile([...articles.values()], index)));
  printJson({ out: values.out, articles: articles.size, passages: index.passageCount, skipped });
}

/**
 * One file, refused by its size before it is read (nothing is written then: --out keeps its old
 * content). JSON lines are parsed as a stream, line by line; other formats are read whole.
 */
async function importPath(file: string, options: ImportOptions): Promise<ImportResult> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const { size } = await stat(file);
    if (size > limit) {
      throw new CliError(
        `${file}: too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${(limit / 1024 / 1024).toFixed(1)} MB, raise it with --max-mb); nothing written`,
      );
    }
    if (/\.(jsonl|ndjson)$/i.test(file)) return await importJsonLinesStream(file, createReadStream(file), options);
    return importFile(file, await readFile(file), options);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function search(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { kb: { type: 'string' }, top: { type: 'string' }, queries: { type: 'string' }, lang: { type: 'string' } },
    allowPositionals: true,
  });
  if (!values.kb || (!values.queries && !positionals.length) || (values.queries && positionals.length))
    throw new CliError(USAGE.split('\n')[1]!.trim());
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > 100) throw new CliError(`--top ${values.top}: expected a whole number from 1 to 100`);
  if (values.lang !== undefined && !isLang(values.lang))
    throw new CliError(`--lang ${values.lang}: expected one of en de nl sv ar fr es it pt`);
  const lang = isLang(values.lang) ? values.lang : undefined;
  let loaded;
  try {
    loaded = fromKbFile(await readJson(values.kb));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${values.kb}: ${(error as Error).message}`);
  }
  const { index } = loaded;
  const run = (query: string) => results(searchText(index, query, { top, ...(lang ? { lang } : {}) }));
  if (!values.queries) return printJson({ query: positionals.join(' '), results: run(positionals.join(' ')) });
  for await (const { line, value } of readJsonLines(values.queries)) {
    const item = value as { id?: unknown; query?: unknown } | null;
    if (!item || typeof item.query !== 'string') throw new CliError(`${values.queries}:${line}: expected {"id": ..., "query": "..."}`);
    printJson({ id: item.id ?? null, results: run(item.query) });
  }
}

function results(hits: SearchHit[]) {
  return hits.map(({ id, score, title, snippet, matches, url, language }) => ({ id, score, title, snippet, matches, url, language }));
}
