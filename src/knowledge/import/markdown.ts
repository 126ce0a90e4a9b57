// Markdown imports: one article per file (title from front matter or the first heading) or one per
// heading (level 1–2), with Markdown syntax reduced to plain text and any inline HTML stripped.
import type { Article } from '../types';
import { slug } from './fields';
import { htmlToText } from './html';
import type { ImportOptions, ImportResult } from './types';

interface FrontMatter {
  [key: string]: string | string[] | undefined;
}

function frontMatter(text: string): { meta: FrontMatter; rest: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { meta: {}, rest: text };
  const meta: FrontMatter = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const value = kv[2]!.trim().replace(/^["']|["']$/g, '');
    meta[kv[1]!.toLowerCase()] = /^\[.*\]$/.test(value)
      ? value
          .slice(1, -1)
          .split(',')
          .map((v) => v.trim().replace(/^["']|["']$/g, ''))
          .filter(Boolean)
      : value;
  }
  return { meta, rest: text.slice(match[0].length) };
}

export function markdownToText(markdown: string): string {
  let text = markdown;
  if (/<\/?[a-z][^>]*>/i.test(text)) text = htmlToText(text.replace(/\n/g, '<br>'));
  return text
    .replace(/^\s*(```|~~~).*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[*+]\s+/gm, '- ')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s).,!?:;]|$)/gm, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s*([-*_])(\s*\1){2,}\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function importMarkdown(file: string, text: string, options: ImportOptions = {}): ImportResult {
  const { meta, rest } = frontMatter(text.replace(/^\ufeff/, ''));
  const baseId = typeof meta.id === 'string' && meta.id ? meta.id : file.replace(/\.(md|markdown)$/i, '');
  const fileName = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.(md|markdown)$/i, '');
  const base: Partial<Article> = { source: options.source ?? `file:${file}` };
  if (typeof meta.url === 'string' && meta.url) base.url = meta.url;
  const language = meta.language ?? meta.lang;
  if (typeof language === 'string' && language) base.language = language;
  if (meta.tags)
    base.tags = Array.isArray(meta.tags)
      ? meta.tags
      : meta.tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
  if (typeof meta.updated === 'string' && meta.updated) base.updated = meta.updated;

  const firstHeading = /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(rest);
  const docTitle = (typeof meta.title === 'string' && meta.title) || firstHeading?.[1] || fileName;
  if (options.markdownSplit !== 'heading') {
    const body = firstHeading && firstHeading.index === rest.search(/\S/) ? rest.slice(firstHeading.index + firstHeading[0].length) : rest;
    return { articles: [{ ...base, id: baseId, title: docTitle, body: markdownToText(body) }], issues: [], fatal: false };
  }
  const articles: Article[] = [];
  const used = new Set<string>();
  const sections = rest.split(/^(?=\s{0,3}#{1,2}\s)/m);
  for (const section of sections) {
    const heading = /^\s{0,3}#{1,2}\s+(.+?)\s*#*\s*$/m.exec(section);
    const starts = heading && heading.index === section.search(/\S/);
    const title = starts ? heading[1]! : docTitle;
    const body = markdownToText(starts ? section.slice(heading.index + heading[0].length) : section);
    if (!body) continue;
    let id = starts ? `${baseId}#${slug(title)}` : baseId;
    for (let n = 2; used.has(id); n++) id = `${baseId}#${slug(title)}-${n}`;
    used.add(id);
    articles.push({ ...base, id, title: starts && title !== docTitle ? `${docTitle} › ${title}` : title, body });
  }
  return { articles, issues: [], fatal: false };
}
