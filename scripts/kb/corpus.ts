// Synthetic knowledge bases of a given passage count for the benchmark: articles stitched together from
// real support text in ../shared/data when present (ticket answers, Bitext responses), else from a
// Zipf-distributed vocabulary so word frequencies still look like language.
import type { Article } from '../../src/knowledge/types';
import { bitextSet, hasData, ticketSet } from './data';

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencePool(): string[] {
  if (!hasData()) return syntheticSentences();
  const texts = [
    ...ticketSet().articles.map((a) => a.body),
    ...ticketSet().queries.map((q) => q.text),
    ...bitextSet().articles.map((a) => a.body),
  ];
  return texts
    .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 4);
}

function syntheticSentences(): string[] {
  const rand = random(7);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sta', 'por', 'vel', 'tis', 'gra', 'nu', 'de', 'ob', 'ing', 'tra', 'fe'];
  const vocabulary = Array.from({ length: 20000 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''),
  );
  return Array.from({ length: 20000 }, () => {
    const words = Array.from({ length: 6 + Math.floor(rand() * 14) }, () => vocabulary[Math.floor(vocabulary.length * rand() ** 3)]!);
    return words.join(' ') + '.';
  });
}

/** About `passages` passages: articles of three ~100-word passages each, with short titles. */
export function syntheticArticles(passages: number, seed = 1): Article[] {
  const pool = sentencePool();
  const rand = random(seed);
  const pick = () => pool[Math.floor(rand() * pool.length)]!;
  const articles: Article[] = [];
  for (let i = 0; i * 3 < passages; i++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 3; p++) {
      const sentences: string[] = [];
      let words = 0;
      while (words < 100) {
        const sentence = pick();
        sentences.push(sentence);
        words += sentence.split(/\s+/).length;
      }
      paragraphs.push(sentences.join(' '));
    }
    articles.push({ id: `a${i}`, title: pick().split(/\s+/).slice(0, 6).join(' '), body: paragraphs.join('\n\n'), language: 'en' });
  }
  return articles;
}

/** Ticket-length queries (subject + body of real tickets when available). */
export function ticketQueries(count: number): { subject: string; text: string }[] {
  if (hasData())
    return ticketSet()
      .queries.filter((q) => q.language === 'en')
      .slice(0, count);
  const pool = sentencePool();
  const rand = random(3);
  return Array.from({ length: count }, () => ({
    subject: pool[Math.floor(rand() * pool.length)]!,
    text: Array.from({ length: 8 }, () => pool[Math.floor(rand() * pool.length)]!).join(' '),
  }));
}
