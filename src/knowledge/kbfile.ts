// The knowledge-base file the CLI writes (`souffleur kb build --out kb.json`): every article as imported
// (lossless) plus the persisted index, so `kb search` loads instead of rebuilding.
import { LexicalIndex } from './index';
import { loadIndex, saveIndex, snapshotFromJson, snapshotToJson, type IndexSnapshotJson } from './snapshot';
import type { Article } from './types';

export const KB_FILE_FORMAT = 'souffleur-kb';

export interface KbFile {
  format: typeof KB_FILE_FORMAT;
  version: 1;
  articles: Article[];
  index: IndexSnapshotJson;
}

export function toKbFile(articles: Article[], index: LexicalIndex): KbFile {
  return { format: KB_FILE_FORMAT, version: 1, articles, index: snapshotToJson(saveIndex(index)) };
}

export interface LoadedKb {
  articles: Map<string, Article>;
  index: LexicalIndex;
}

/** Reads a parsed kb.json; rebuilds the index from the articles if the stored one cannot be read. */
export function fromKbFile(value: unknown): LoadedKb {
  const file = value as Partial<KbFile> | null;
  if (!file || file.format !== KB_FILE_FORMAT || !Array.isArray(file.articles) || !file.index) {
    throw new Error('not a Souffleur knowledge-base file (build one with `souffleur kb build`)');
  }
  const articles = new Map(file.articles.map((article) => [article.id, article]));
  let index: LexicalIndex | null = null;
  try {
    index = loadIndex(snapshotFromJson(file.index));
    if (index.articles.size !== articles.size) index = null;
  } catch {
    index = null; // rebuild below
  }
  if (!index) {
    index = new LexicalIndex();
    for (const article of articles.values()) index.add(article);
  }
  index.articleText = (id) => articles.get(id);
  return { articles, index };
}
