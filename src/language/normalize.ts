// Character-level normalization shared by indexing, queries and language detection, so that the same
// word written with or without accents, diacritics or elongation ends up as the same term.

const COMBINING_MARKS = /\p{M}/gu;
// Arabic harakat (fatha, damma, kasra, tanween, shadda, sukun, …), superscript alef, and tatweel (ـ).
const ARABIC_DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا', // alef variants → bare alef
  ى: 'ي', // alef maqsura → ya
  ة: 'ه', // ta marbuta → ha
  ؤ: 'و',
  ئ: 'ي',
};
const ARABIC_VARIANTS = /[أإآٱىةؤئ]/g;

export const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Arabic spelling normalization: no diacritics or tatweel, one alef, ya for alef maqsura, ha for ta marbuta. */
export function normalizeArabic(word: string): string {
  return word.replace(ARABIC_DIACRITICS, '').replace(ARABIC_VARIANTS, (ch) => ARABIC_LETTERS[ch] ?? ch);
}

/** Removes Latin accents (é → e, ü → u, å → a) and ß → ss; leaves other scripts alone except Arabic. */
export function foldWord(word: string): string {
  if (ARABIC_SCRIPT.test(word)) return normalizeArabic(word);
  // Fast path: plain ASCII needs nothing.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss').normalize('NFC');
}
