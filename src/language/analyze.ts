// Text → index terms for one language: tokenize, drop stop words, stem. Used for articles and queries alike
// so both sides meet on the same terms.
import type { Lang } from './languages';
import { foldWord } from './normalize';
import { stem } from './stem';
import { stopwords } from './stopwords';
import { tokenize, type Token } from './tokenize';

export interface Term {
  term: string;
  surface: string;
}

/** Index terms of `text`, in order, with the word each came from (stop words and 1-letter words dropped). */
export function analyzeWithSurface(text: string, lang: Lang): Term[] {
  const stops = stopwords(lang);
  const out: Term[] = [];
  for (const token of tokenize(text)) {
    const term = termOf(token, lang, stops);
    if (term) out.push({ term, surface: token.surface });
  }
  return out;
}

export function analyze(text: string, lang: Lang): string[] {
  const stops = stopwords(lang);
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = termOf(token, lang, stops);
    if (term) out.push(term);
  }
  return out;
}

// Word → term ('' for a dropped word), per language: support text repeats the same words, and this
// skips the stop-word check, accent folding and stemming for all but the first occurrence.
const CACHE_LIMIT = 100_000;
const caches = new Map<Lang, Map<string, string>>();

function termOf(token: Token, lang: Lang, stops: Set<string>): string | null {
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  let term = cache.get(token.lower);
  if (term === undefined) {
    const word = token.lower;
    term = (word.length < 2 && !/\d/.test(word)) || stops.has(foldWord(word)) ? '' : stem(word, lang);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, term);
  }
  return term || null;
}
