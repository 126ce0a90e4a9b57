// A loose record (CSV row, JSON object) → Article, through a field mapping with sensible defaults.
import type { Article } from '../types';
import type { MappedField } from './types';

/** Column/field names recognized without a mapping, in order of preference. */
export const DEFAULT_NAMES: Record<MappedField, string[]> = {
  id: ['id', 'article_id', 'slug', 'key'],
  title: ['title', 'name', 'subject', 'question'],
  body: ['body', 'content', 'text', 'answer', 'description_text', 'description', 'response'],
  url: ['url', 'link', 'html_url', 'href'],
  language: ['language', 'lang', 'locale'],
  tags: ['tags', 'labels', 'label_names', 'keywords'],
  updated: ['updated', 'updated_at', 'modified', 'last_modified'],
};

export type Mapping = Partial<Record<MappedField, string>>;

/** The key used for each field in records with these keys. */
export function resolveMapping(keys: string[], mapping: Mapping = {}): Partial<Record<MappedField, string>> {
  const lower = new Map(keys.map((key) => [key.trim().toLowerCase(), key]));
  const resolved: Partial<Record<MappedField, string>> = {};
  for (const field of Object.keys(DEFAULT_NAMES) as MappedField[]) {
    const wanted = mapping[field];
    const key = wanted !== undefined ? lower.get(wanted.toLowerCase()) : DEFAULT_NAMES[field].map((name) => lower.get(name)).find(Boolean);
    if (key !== undefined) resolved[field] = key;
  }
  return resolved;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function tagsOf(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '').map((t) => t.trim());
  if (typeof value === 'string')
    return value
      .split(/[,;|]/)
      .map((t) => t.trim())
      .filter(Boolean);
  return undefined;
}

/** A URL-ish slug used as an id when a source has none: stable across re-imports of the same title. */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** Builds an article, or returns why the record is not one. */
export function recordToArticle(
  record: Record<string, unknown>,
  keys: Partial<Record<MappedField, string>>,
  source: string,
): Article | string {
  const get = (field: MappedField) => (keys[field] === undefined ? undefined : record[keys[field]]);
  // Kept exactly as given (no trimming), so an export → import round trip loses nothing.
  const title = text(get('title')) ?? '';
  const body = text(get('body')) ?? '';
  if (!title.trim() && !body.trim()) return keys.title || keys.body ? 'missing title and body' : 'no title or body field (map one)';
  let id = text(get('id'))?.trim();
  if (keys.id && !id) return 'missing id';
  id ||= slug(title.trim() || body.trim().slice(0, 60));
  if (!id) return 'cannot derive an id (add an id field)';
  // A record that names its own source (a Souffleur export) keeps it.
  const article: Article = { id, title, body, source: typeof record.source === 'string' && record.source ? record.source : source };
  const url = text(get('url'))?.trim();
  if (url) article.url = url;
  const language = text(get('language'))?.trim();
  if (language) article.language = language;
  const tags = tagsOf(get('tags'));
  if (tags?.length) article.tags = tags;
  const updated = text(get('updated'))?.trim();
  if (updated) article.updated = updated;
  return article;
}
