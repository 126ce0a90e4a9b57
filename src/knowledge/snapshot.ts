// The persisted form of the lexical index: varint-packed passages and postings plus the term list, so
// loading decodes numbers instead of re-tokenizing and re-stemming every article.
// Bodies are not duplicated here (hits carry passage ranges; the caller has the article text), so the
// snapshot loads on its own.
import { isLang, type Lang } from '../language/languages';
import { LexicalIndex, type IndexParams } from './index';
import { Postings } from './postings';
import { ByteWriter, decodeVarints, fromBase64, toBase64 } from './varint';

export const SNAPSHOT_FORMAT = 'souffleur-lexical-index';
export const SNAPSHOT_VERSION = 1;

export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  params: IndexParams;
  defaultLanguage: Lang;
  /** Articles in passage order: id, title, url, analysis language, passage count. */
  articles: { id: string; title: string; url?: string; language: Lang; passages: number; accounts?: string[] }[];
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
    const { id, title, url, language, accounts } = article;
    articles.push({ id, title, ...(url ? { url } : {}), language, passages: article.passages.length, ...(accounts ? { accounts } : {}) });
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

/** Rebuilds the index from a snapshot; throws on a snapshot of another format or version, or a damaged one. */
export function loadIndex(snapshot: IndexSnapshot): LexicalIndex {
  if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.version !== SNAPSHOT_VERSION) {
    throw new Error(`unsupported index snapshot (${String(snapshot.format)} v${String(snapshot.version)})`);
  }
  const index = new LexicalIndex(snapshot.params, snapshot.defaultLanguage);
  const numbers = decodeVarints(snapshot.passages);
  let n = 0;
  for (const { id, title, url, language, passages, accounts } of snapshot.articles) {
    if (!isLang(language)) throw new Error(`index snapshot has an unknown language (${id})`);
    if (n + passages * 4 > numbers.length) throw new Error('index snapshot is truncated');
    const entry = index.addArticle(id, title, language, url, accounts);
    for (let i = 0; i < passages; i++, n += 4) {
      index.addPassage(entry, numbers[n]!, numbers[n]! + numbers[n + 1]!, numbers[n + 2]!, numbers[n + 3]!);
    }
  }
  // All postings decode into three shared arrays; each term gets views on its part (a later push copies).
  const values = decodeVarints(snapshot.postings);
  const ids = new Uint32Array(Math.ceil(values.length / 3));
  const bodies = new Uint8Array(ids.length);
  const titles = new Uint8Array(ids.length);
  const passageCount = index.alive.length;
  let v = 0;
  let at = 0;
  for (const term of snapshot.terms) {
    const count = values[v++]!;
    if (v + count * 3 > values.length) throw new Error('index snapshot is truncated');
    const from = at;
    let id = 0;
    for (let i = 0; i < count; i++, at++, v += 3) {
      id += values[v]!;
      if (id >= passageCount) throw new Error('index snapshot is damaged (posting out of range)');
      ids[at] = id;
      bodies[at] = values[v + 1]!;
      titles[at] = values[v + 2]!;
    }
    index.terms.set(term, Postings.view(ids.subarray(from, at), bodies.subarray(from, at), titles.subarray(from, at)));
  }
  return index;
}

export function snapshotToJson(snapshot: IndexSnapshot): IndexSnapshotJson {
  return { ...snapshot, passages: toBase64(snapshot.passages), postings: toBase64(snapshot.postings) };
}

export function snapshotFromJson(json: IndexSnapshotJson): IndexSnapshot {
  return { ...json, passages: fromBase64(json.passages), postings: fromBase64(json.postings) };
}
