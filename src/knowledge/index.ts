// The lexical index: BM25F over passages with two fields (the article title, repeated as context in each of
// its passages, and the passage body), updated in place when articles are added, replaced or removed.
// Removed passages are tombstoned and their postings dropped by an occasional compaction, so an import
// never rebuilds the whole index (document frequencies include tombstoned passages until then).
// The index keeps no article bodies: hits carry the passage range, and the caller supplies the text.
import { analyze } from '../language/analyze';
import { detectLanguage } from '../language/detect';
import { isLang, type Lang } from '../language/languages';
import { splitPassages } from './passages';
import { countTerms, Postings } from './postings';
import type { Article } from './types';

export interface IndexParams {
  k1: number;
  titleWeight: number;
  bodyWeight: number;
  /** Length normalization per field (BM25's b). */
  titleB: number;
  bodyB: number;
}

// Tuned on the development sets (npm run eval:kb): k1 and body b slightly above the textbook 1.2 / 0.75.
export const DEFAULT_PARAMS: IndexParams = { k1: 1.6, titleWeight: 2, bodyWeight: 1, titleB: 0.3, bodyB: 0.85 };

/** What the index keeps of an article. */
export interface IndexedArticle {
  id: string;
  title: string;
  url?: string;
  language: Lang;
  /** As on the article: absent means every account. */
  accounts?: string[];
  /** Position in `articleSlots`, for per-article arrays at query time. */
  slot: number;
  /** Passage ids, in body order. */
  passages: number[];
}

export interface QueryTerm {
  term: string;
  /** How much this term counts in the query (e.g. subject words above older messages). */
  weight: number;
}

export interface ArticleMatch {
  article: IndexedArticle;
  score: number;
  /** The best passage's range in the article body. */
  start: number;
  end: number;
}

/** Article text for snippets: the index keeps none (a Map of the articles, or a store lookup done beforehand). */
export type ArticleText = (id: string) => Pick<Article, 'body' | 'source'> | undefined;

export class LexicalIndex {
  readonly params: IndexParams;
  /** Where in-memory users (CLI, scripts) keep the article text for snippets; the Dexie store passes its own. */
  articleText?: ArticleText;
  readonly terms = new Map<string, Postings>();
  readonly articles = new Map<string, IndexedArticle>();
  readonly articleSlots: (IndexedArticle | undefined)[] = [];
  // Per passage (by id): owning article, body range, field lengths in terms, and liveness.
  readonly passageArticle: IndexedArticle[] = [];
  readonly passageStart: number[] = [];
  readonly passageEnd: number[] = [];
  readonly titleLength: number[] = [];
  readonly bodyLength: number[] = [];
  readonly alive: number[] = [];
  private live = 0;
  private sumTitle = 0;
  private sumBody = 0;
  // Query-time scratch, rebuilt only when the index changed.
  private normTitle = new Float32Array(0);
  private normBody = new Float32Array(0);
  private scores = new Float64Array(0);
  private bestPassage = new Int32Array(0);
  private touched = new Int32Array(0);
  private dirty = true;
  private sortedTerms: string[] | null = null;
  private readonly languageCounts = new Map<Lang, number>();

  constructor(
    params: Partial<IndexParams> = {},
    readonly defaultLanguage: Lang = 'en',
  ) {
    this.params = { ...DEFAULT_PARAMS, ...params };
  }

  get passageCount(): number {
    return this.live;
  }

  /** Adds an article, or replaces the one with the same id. */
  add(article: Article): void {
    if (this.articles.has(article.id)) this.remove(article.id);
    const language = this.languageOf(article);
    const entry = this.addArticle(article.id, article.title, language, article.url, article.accounts);
    const titleCounts = countTerms(analyze(article.title, language));
    const titleLength = sum(titleCounts);
    for (const range of splitPassages(article.body)) {
      const bodyCounts = countTerms(analyze(article.body.slice(range.start, range.end), language));
      const id = this.addPassage(entry, range.start, range.end, titleLength, sum(bodyCounts));
      for (const [term, count] of bodyCounts) this.post(term, id, count, titleCounts.get(term) ?? 0);
      for (const [term, count] of titleCounts) if (!bodyCounts.has(term)) this.post(term, id, 0, count);
    }
  }

  /** Used by `add` and the snapshot loader. */
  addArticle(id: string, title: string, language: Lang, url?: string, accounts?: string[]): IndexedArticle {
    const entry: IndexedArticle = { id, title, language, slot: this.articleSlots.length, passages: [] };
    if (url) entry.url = url;
    if (accounts) entry.accounts = accounts;
    this.articleSlots.push(entry);
    this.articles.set(id, entry);
    this.languageCounts.set(language, (this.languageCounts.get(language) ?? 0) + 1);
    return entry;
  }

  /** Removes an article; returns whether it was there. */
  remove(id: string): boolean {
    const entry = this.articles.get(id);
    if (!entry) return false;
    for (const passage of entry.passages) {
      this.alive[passage] = 0;
      this.live -= 1;
      this.sumTitle -= this.titleLength[passage]!;
      this.sumBody -= this.bodyLength[passage]!;
    }
    this.articles.delete(id);
    this.articleSlots[entry.slot] = undefined;
    this.languageCounts.set(entry.language, this.languageCounts.get(entry.language)! - 1);
    this.dirty = true;
    if (this.alive.length - this.live > Math.max(1000, this.live / 4)) this.compact();
    return true;
  }

  /** The best-scoring articles for a weighted query, each once, with its best passage. */
  search(query: QueryTerm[], top = 5, allow?: (article: IndexedArticle) => boolean): ArticleMatch[] {
    if (this.live === 0 || query.length === 0) return [];
    this.prepare();
    const { k1 } = this.params;
    // Locals, not fields, in the hot loop: V8 then keeps them in registers.
    const scores = this.scores;
    const alive = this.alive;
    const normTitle = this.normTitle;
    const normBody = this.normBody;
    if (this.touched.length < this.alive.length) this.touched = new Int32Array(this.alive.length * 2);
    const touched = this.touched;
    let touchedCount = 0;
    for (const { term, weight } of query) {
      const postings = this.terms.get(term);
      if (!postings || postings.df <= 0) continue;
      const idf = Math.log(1 + (this.live - postings.df + 0.5) / (postings.df + 0.5));
      const w = idf * weight * (k1 + 1);
      const { ids, body, title, length } = postings;
      for (let i = 0; i < length; i++) {
        const p = ids[i]!;
        if (!alive[p]) continue;
        const tf = title[i]! * normTitle[p]! + body[i]! * normBody[p]!;
        if (scores[p] === 0) touched[touchedCount++] = p;
        scores[p]! += (w * tf) / (k1 + tf);
      }
    }
    // Best passage per article, then the top articles.
    const best = this.bestPassage;
    const passageArticle = this.passageArticle;
    const candidates: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const p = touched[t]!;
      const article = passageArticle[p]!;
      // Filtered before ranking, so an account still gets its own top `top` articles.
      if (allow && !allow(article)) continue;
      const slot = article.slot;
      const current = best[slot]!;
      if (current < 0) candidates.push(slot);
      if (current < 0 || scores[p]! > scores[current]!) best[slot] = p;
    }
    const ranked = topK(
      candidates.map((slot) => best[slot]!),
      scores,
      top,
    );
    const matches = ranked.map((p) => ({
      article: passageArticle[p]!,
      score: scores[p]!,
      start: this.passageStart[p]!,
      end: this.passageEnd[p]!,
    }));
    for (const slot of candidates) best[slot] = -1;
    for (let t = 0; t < touchedCount; t++) scores[touched[t]!] = 0;
    return matches;
  }

  /** Inverse document frequency of a term, for choosing a long query's informative terms. */
  idf(term: string): number {
    const df = this.terms.get(term)?.df ?? 0;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** The language most articles are written in: the query language when a query gives no clue. */
  mainLanguage(): Lang {
    let best: Lang = this.defaultLanguage;
    let most = 0;
    for (const [lang, count] of this.languageCounts) if (count > most) [best, most] = [lang, count];
    return best;
  }

  /** Used by the snapshot loader: registers a passage whose postings it fills itself. */
  addPassage(entry: IndexedArticle, start: number, end: number, titleLength: number, bodyLength: number): number {
    const id = this.alive.length;
    this.passageArticle.push(entry);
    this.passageStart.push(start);
    this.passageEnd.push(end);
    this.titleLength.push(titleLength);
    this.bodyLength.push(bodyLength);
    this.alive.push(1);
    entry.passages.push(id);
    this.live += 1;
    this.sumTitle += titleLength;
    this.sumBody += bodyLength;
    this.dirty = true;
    return id;
  }

  /** The vocabulary in code-unit order (for prefix and typo lookups), cached until a new term appears. */
  sorted(): string[] {
    if (!this.sortedTerms) this.sortedTerms = [...this.terms.keys()].sort();
    return this.sortedTerms;
  }

  private post(term: string, passage: number, bodyTf: number, titleTf: number): void {
    let postings = this.terms.get(term);
    if (!postings) {
      this.terms.set(term, (postings = new Postings()));
      this.sortedTerms = null;
    }
    postings.push(passage, bodyTf, titleTf);
    postings.df += 1;
  }

  private languageOf(article: Article): Lang {
    const declared = article.language?.split('-')[0]?.toLowerCase();
    if (isLang(declared)) return declared;
    return detectLanguage(`${article.title}\n${article.body}`) ?? this.defaultLanguage;
  }

  /** Per-passage BM25F length normalization, recomputed after changes (O(passages), well under a millisecond per 10k). */
  private prepare(): void {
    if (!this.dirty) return;
    const n = this.alive.length;
    const { titleWeight, bodyWeight, titleB, bodyB } = this.params;
    const avgTitle = Math.max(this.sumTitle / Math.max(this.live, 1), 1);
    const avgBody = Math.max(this.sumBody / Math.max(this.live, 1), 1);
    if (this.normTitle.length < n) {
      this.normTitle = new Float32Array(n);
      this.normBody = new Float32Array(n);
    }
    if (this.scores.length < n) this.scores = new Float64Array(n);
    if (this.bestPassage.length < this.articleSlots.length) this.bestPassage = new Int32Array(this.articleSlots.length * 2).fill(-1);
    for (let p = 0; p < n; p++) {
      this.normTitle[p] = titleWeight / (1 - titleB + (titleB * this.titleLength[p]!) / avgTitle);
      this.normBody[p] = bodyWeight / (1 - bodyB + (bodyB * this.bodyLength[p]!) / avgBody);
    }
    this.dirty = false;
  }

  /** Drops tombstoned postings and makes document frequencies exact again. */
  compact(): void {
    for (const [term, postings] of this.terms) {
      postings.compact(this.alive);
      postings.df = postings.length;
      if (postings.length === 0) this.terms.delete(term);
    }
    this.sortedTerms = null;
  }
}

function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/** The `k` passages with the highest scores (one per article already), best first. */
function topK(passages: number[], scores: Float64Array, k: number): number[] {
  const kept: number[] = [];
  for (const p of passages) {
    const score = scores[p]!;
    if (kept.length === k && score <= scores[kept[k - 1]!]!) continue;
    let i = kept.length === k ? k - 1 : kept.length;
    while (i > 0 && scores[kept[i - 1]!]! < score) {
      kept[i] = kept[i - 1]!;
      i -= 1;
    }
    kept[i] = p;
  }
  return kept.slice(0, k);
}
