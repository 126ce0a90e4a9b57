// Search entry points for the background and the CLI: a query (typed text or a ticket) in,
// SearchHit[] out: one hit per article, its best passage as the snippet, and the snippet's matched words.
import { analyzeWithSurface } from '../language/analyze';
import type { Ticket } from '../ticket/schema';
import type { ArticleMatch, ArticleText, LexicalIndex, QueryTerm } from './index';
import { wholeSentences } from './passages';
import { queryFromText, queryFromTicket, type QueryOptions } from './query';
import type { SearchHit } from './types';

export type { ArticleText } from './index';

export interface SearchOptions extends QueryOptions {
  /** How many articles to return (default 5). */
  top?: number;
  /** Where snippet text comes from; default `index.articleText` (set by `fromKbFile`). */
  text?: ArticleText;
}

export function searchText(index: LexicalIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = queryFromText(index, query, options);
  return toHits(index.search(terms, options.top ?? 5), terms, textSource(index, options));
}

export function searchTicket(index: LexicalIndex, ticket: Ticket, options: SearchOptions = {}): SearchHit[] {
  const terms = queryFromTicket(index, ticket, options);
  return toHits(index.search(terms, options.top ?? 5), terms, textSource(index, options));
}

function textSource(index: LexicalIndex, options: SearchOptions): ArticleText {
  return options.text ?? index.articleText ?? (() => undefined);
}

/** Hits for index matches: the snippet is the best passage's text, `matches` its words that met the query. */
export function toHits(matches: ArticleMatch[], query: QueryTerm[], textOf: ArticleText): SearchHit[] {
  const wanted = new Set(query.map((q) => q.term));
  return matches.map(({ article, score, start, end }) => {
    const text = textOf(article.id);
    const body = text?.body;
    const snippet = body?.slice(start, end) || article.title;
    const matched = new Set<string>();
    for (const { term, surface } of analyzeWithSurface(snippet, article.language)) if (wanted.has(term)) matched.add(surface);
    const passage = body ? wholeSentences(body, start, end) : '';
    const hit: SearchHit = {
      id: article.id,
      score: round(score),
      title: article.title,
      snippet,
      passage: passage || snippet,
      matches: [...matched],
      language: article.language,
    };
    if (article.url) hit.url = article.url;
    if (text?.source) hit.source = text.source;
    return hit;
  });
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
