// Knowledge base → JSONL, one article per line in the import line format plus `source` and `updated`,
// so importing the export gives back the same articles.
import type { Article } from '../types';

export function articleToLine(article: Article): string {
  const { id, title, body, url, language, tags, source, updated } = article;
  return JSON.stringify({ id, title, body, url, language, tags, source, updated });
}

export function exportJsonl(articles: Iterable<Article>): string {
  let out = '';
  for (const article of articles) out += articleToLine(article) + '\n';
  return out;
}
