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

function termOf(token: Token, lang: Lang, stops: Set<string>): string | null {
  if (token.lower.length < 2 && !/\d/.test(token.lower)) return null;
  if (stops.has(foldWord(token.lower))) return null;
  return stem(token.lower, lang);
}
