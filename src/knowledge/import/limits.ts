// An imported article within ARTICLE_LIMITS, or why not: the importers report such a line or row and keep
// the others (the options page offers to import the valid ones), instead of the background refusing the whole
// chunk it arrives in.
import { ARTICLE_LIMITS as L } from '../article-limits';
import type { Article } from '../types';

const over = (what: string, length: number, max: number) => `${what} is ${length} characters, over the limit of ${max}`;

/** Why `article` is over a limit, or null when it is within all of them. */
export function overLimit(article: Article): string | null {
  if (article.id.length > L.idChars) return over('id', article.id.length, L.idChars);
  if (article.title.length > L.titleChars) return over('title', article.title.length, L.titleChars);
  if (article.body.length > L.bodyChars) return over('body', article.body.length, L.bodyChars);
  if (article.url !== undefined && article.url.length > L.urlChars) return over('url', article.url.length, L.urlChars);
  if (article.language !== undefined && article.language.length > L.languageChars)
    return over('language', article.language.length, L.languageChars);
  if (article.source !== undefined && article.source.length > L.sourceChars) return over('source', article.source.length, L.sourceChars);
  if (article.updated !== undefined && article.updated.length > L.updatedChars)
    return over('updated', article.updated.length, L.updatedChars);
  const tags = article.tags ?? [];
  if (tags.length > L.tags) return `${tags.length} tags, over the limit of ${L.tags}`;
  const long = tags.find((tag) => tag.length > L.tagChars);
  return long === undefined ? null : over('a tag', long.length, L.tagChars);
}

/** A converter's answer checked against the limits: an article, or the reason it is not imported. */
export const withinLimits = (article: Article | string): Article | string =>
  typeof article === 'string' ? article : (overLimit(article) ?? article);

export const IMPORT_FULL = `the import's limit of ${L.articlesPerImport} articles is reached; import the rest as another file`;
