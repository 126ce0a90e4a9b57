// The persisted form of the lexical index: varint-packed passages and postings plus the term list, so
// loading decodes numbers instead of re-tokenizing and re-stemming every article.
// Titles and bodies are not duplicated here: the loader gets them from the stored articles.
import { isLang, type Lang } from '../language/languages';
import { LexicalIndex, type IndexedArticle, type IndexParams } from './index';
import { Postings } from './postings';
import type { Article } from './types';
import { ByteReader, ByteWriter, fromBase64, toBase64 } from './varint';

export const SNAPSHOT_FORMAT = 'souffleur-lexical-index';
export const SNAPSHOT_VERSION = 1;

export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  params: IndexParams;
  defaultLanguage: Lang;
  /** Articles in passage order: id, analysis language, passage count. */
  articles: { id: string; language: Lang; passages: number }[];
  /** Per passage: start, length, title terms, body terms. */
  passages: Uint8Array;
  terms: string[];
  /** Per term: count, then (id gap, body tf, title tf) per posting. */
  postings: Uint8Array;
}

/** The same snapshot with its byte arrays as base64, for JSON files (`souffleur kb build`). */
export type IndexSnapshotJson = Omit<IndexSnapshot, 'passages' | 'postings'> & { passages: string; postings: string };

export function saveIndex(index: LexicalIndex): IndexSnapshot {
  // Live passages get dense new ids, in article order.
  const renumber = new Map<number, number>();
  const articles: IndexSnapshot['articles'] = [];
  const passages = new ByteWriter();
  for (const article of index.articles.values()) {
    articles.push({ id: article.id, language: article.language, passages: article.passages.length });
    for (const p of article.passages) {
      renumber.set(p, renumber.size);
      const start = index.passageStart[p]!;
      passages.uint(start);
      passages.uint(index.passageEnd[p]! - start);
      passages.uint(index.titleLength[p]!);
      passages.uint(index.bodyLength[p]!);
    }
  }
  const terms: string[] = [];
  const postings = new ByteWriter();
  for (const [term, list] of index.terms) {
    const live: number[] = [];
    for (let i = 0; i < list.length; i++) if (index.alive[list.ids[i]!]) live.push(i);
    if (live.length === 0) continue;
    terms.push(term);
    postings.uint(live.length);
    let previous = 0;
    for (const i of live) {
      const id = renumber.get(list.ids[i]!)!;
      postings.uint(id - previous);
      postings.uint(list.body[i]!);
      postings.uint(list.title[i]!);
      previous = id;
    }
  }
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    params: index.params,
    defaultLanguage: index.defaultLanguage,
    articles,
    passages: passages.finish(),
    terms,
    postings: postings.finish(),
  };
}

/**
 * Rebuilds the index from a snapshot and the articles it was built from (matched by id).
 * Throws when they do not belong together; the caller then rebuilds from the articles.
 */
export function loadIndex(snapshot: IndexSnapshot, articles: Iterable<Article>): LexicalIndex {
  if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.version !== SNAPSHOT_VERSION) {
    throw new Error(`unsupported index snapshot (${String(snapshot.format)} v${String(snapshot.version)})`);
  }
  const byId = new Map<string, Article>();
  for (const article of articles) byId.set(article.id, article);
  const index = new LexicalIndex(snapshot.params, snapshot.defaultLanguage);
  const reader = new ByteReader(snapshot.passages);
  for (const { id, language, passages } of snapshot.articles) {
    const article = byId.get(id);
    if (!article || !isLang(language)) throw new Error(`index snapshot does not match the articles (${id})`);
    const entry: IndexedArticle = { id, title: article.title, body: article.body, language, passages: [] };
    if (article.url) entry.url = article.url;
    for (let i = 0; i < passages; i++) {
      const start = reader.uint();
      const end = start + reader.uint();
      if (end > article.body.length) throw new Error(`index snapshot does not match the article text (${id})`);
      index.addPassage(entry, start, end, reader.uint(), reader.uint());
    }
    index.articles.set(id, entry);
  }
  const postings = new ByteReader(snapshot.postings);
  for (const term of snapshot.terms) {
    const count = postings.uint();
    const list = new Postings(count);
    let id = 0;
    for (let i = 0; i < count; i++) {
      id += postings.uint();
      list.ids[i] = id;
      list.body[i] = postings.uint();
      list.title[i] = postings.uint();
    }
    list.length = count;
    list.df = count;
    index.terms.set(term, list);
  }
  return index;
}

export function snapshotToJson(snapshot: IndexSnapshot): IndexSnapshotJson {
  return { ...snapshot, passages: toBase64(snapshot.passages), postings: toBase64(snapshot.postings) };
}

export function snapshotFromJson(json: IndexSnapshotJson): IndexSnapshot {
  return { ...json, passages: fromBase64(json.passages), postings: fromBase64(json.postings) };
}
