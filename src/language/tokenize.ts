// Splits text into words with Unicode-aware rules. A token keeps its surface form (for highlighting)
// and a normalized lowercase form (for stop words and stemming).
import { ARABIC_SCRIPT, normalizeArabic } from './normalize';

export interface Token {
  /** The word as written in the text. */
  surface: string;
  /** Lowercased; Arabic also normalized. Latin accents are kept here because stemmers need them. */
  lower: string;
}

// Letters and digits, with marks (Arabic harakat, combining accents) and the Arabic tatweel inside a word.
// Apostrophes and hyphens split words: "l'article" → l, article; "e-mail" → e, mail.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640]*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const surface = match[0];
    let lower = surface.toLowerCase();
    // Arabic letters all sit above U+0600; skip the script test for the common Latin case.
    if (lower.charCodeAt(0) >= 0x600 && ARABIC_SCRIPT.test(lower)) lower = normalizeArabic(lower);
    tokens.push({ surface, lower });
  }
  return tokens;
}
