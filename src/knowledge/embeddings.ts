// Optional passage embeddings: their storage beside the articles, which passages still need a vector for a
// model, and the fusion of a cosine-similarity ranking with the lexical one. Provider calls live in the
// background (src/background/embeddings.ts); nothing here talks to the network.
import type { EmbeddingRow, KnowledgeDb } from './knowledge-db';

export type { EmbeddingRow };
import { splitPassages, wholeSentences } from './passages';
import type { Article, SearchHit } from './types';

export interface PendingPassage {
  passageId: string;
  articleId: string;
  start: number;
  end: number;
  hash: string;
  /** What is embedded: the article title as context, then the passage. */
  text: string;
}

/** The reciprocal-rank-fusion constant from Cormack et al. (2009); large enough that one list cannot dominate. */
export const RRF_K = 60;

const rowKey = (model: string, passageId: string) => `${model}\u0000${passageId}`;

/** FNV-1a, 32 bit: cheap and stable; a collision only means a changed passage keeps an old vector. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + ':' + text.length.toString(36);
}

export function articlePassages(article: Article): PendingPassage[] {
  return splitPassages(article.body).map(({ start, end }, i) => {
    const text = `${article.title}\n${article.body.slice(start, end)}`;
    return { passageId: `${article.id}#${i}`, articleId: article.id, start, end, hash: textHash(text), text };
  });
}

/** Passages of the knowledge base without a current vector for `model`; stale vectors (changed or gone passages) are dropped. */
export async function pendingPassages(db: KnowledgeDb, model: string): Promise<PendingPassage[]> {
  const stored = new Map((await db.embeddings.where('model').equals(model).toArray()).map((row) => [row.passageId, row.hash]));
  const pending: PendingPassage[] = [];
  const live = new Set<string>();
  for (const article of await db.articles.toArray()) {
    for (const passage of articlePassages(article)) {
      live.add(passage.passageId);
      if (stored.get(passage.passageId) !== passage.hash) pending.push(passage);
    }
  }
  const stale = [...stored.keys()].filter((id) => !live.has(id)).map((id) => rowKey(model, id));
  if (stale.length) await db.embeddings.bulkDelete(stale);
  return pending;
}

export async function saveVectors(db: KnowledgeDb, model: string, passages: PendingPassage[], vectors: number[][]): Promise<void> {
  await db.embeddings.bulkPut(
    passages.map(({ text: _text, ...passage }, i) => ({ ...passage, key: rowKey(model, passage.passageId), model, vector: vectors[i]! })),
  );
}

export async function countVectors(db: KnowledgeDb, model: string): Promise<number> {
  return db.embeddings.where('model').equals(model).count();
}

export interface SemanticMatch {
  articleId: string;
  start: number;
  end: number;
  similarity: number;
}

/** The `top` articles most similar to `query` (cosine), each at its best passage. */
export async function nearestArticles(db: KnowledgeDb, model: string, query: number[], top: number): Promise<SemanticMatch[]> {
  const best = new Map<string, SemanticMatch>();
  const qNorm = norm(query);
  await db.embeddings
    .where('model')
    .equals(model)
    .each((row) => {
      const similarity = dot(query, row.vector) / (qNorm * norm(row.vector) || 1);
      const current = best.get(row.articleId);
      if (!current || similarity > current.similarity)
        best.set(row.articleId, { articleId: row.articleId, start: row.start, end: row.end, similarity });
    });
  return [...best.values()].sort((a, b) => b.similarity - a.similarity).slice(0, top);
}

/**
 * Reciprocal rank fusion of the lexical hits and the semantic matches, one result per article. An article
 * found lexically keeps its lexical snippet and highlights; one found only semantically shows its best passage.
 */
export function fuseRankings(
  lexical: SearchHit[],
  semantic: SemanticMatch[],
  articleOf: (id: string) => Article | undefined,
  top: number,
): SearchHit[] {
  const fused = new Map<string, { hit: SearchHit; score: number }>();
  lexical.forEach((hit, rank) => fused.set(hit.id, { hit, score: 1 / (RRF_K + rank + 1) }));
  semantic.forEach((match, rank) => {
    const score = 1 / (RRF_K + rank + 1);
    const entry = fused.get(match.articleId);
    if (entry) return void (entry.score += score);
    const article = articleOf(match.articleId);
    if (!article) return;
    const snippet = article.body.slice(match.start, match.end) || article.title;
    const hit: SearchHit = {
      id: article.id,
      score: 0,
      title: article.title,
      snippet,
      passage: wholeSentences(article.body, match.start, match.end) || snippet,
      matches: [],
    };
    if (article.language) hit.language = article.language;
    if (article.url) hit.url = article.url;
    if (article.source) hit.source = article.source;
    fused.set(article.id, { hit, score });
  });
  return [...fused.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, top)
    .map(({ hit, score }) => ({ ...hit, score: Math.round(score * 1e5) / 1e5 }));
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length && i < b.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function norm(a: number[]): number {
  return Math.sqrt(dot(a, a));
}
