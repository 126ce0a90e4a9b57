// Fast language guess for the nine supported languages: Arabic by script, the Latin-script languages by
// how many of their stop words the text uses, with a few letters that only some of them write as a tiebreak.
// Reads at most the first 2,000 characters; returns null when the text gives too little evidence.
import { LANGUAGES, type Lang } from './languages';
import { ARABIC_SCRIPT, foldWord } from './normalize';
import { stopwords } from './stopwords';
import { tokenize } from './tokenize';

const LATIN: Lang[] = LANGUAGES.filter((lang) => lang !== 'ar');
// Letters none of the nine write: Turkish ı ğ ş, Polish ł ś ź ż ę ą ń ć, Czech ř ě ů, Hungarian ő ű, Romanian ț ș ă. A
// Turkish reply read by stop words alone is Swedish ("var") or Portuguese ("e"), round 15: a text where a fifth of the
// words hold one is in a language we do not support (null). Only words written in lower case or opening a sentence
// count: names are capitalised inside one, and an English ticket from "Łukasz Wąsowski" about "Grzegorz
// Brzęczyszczykiewicz, ul. Świętokrzyska, Łódź" is English (review of chk18: it was null, and the draft took the team's
// language).
const FOREIGN_LETTER = /[ığşłśźżęąńćřěůőűțșă]/u;
// A word in lower case, or the first of the text or of a sentence (after . ! ? : or a line break).
const COMMON_WORD = /(?<![\p{L}\p{M}\p{N}])(?:(?<=(?:^|[.!?:\n])[ \t]{0,8})[\p{L}\p{N}]|\p{Ll})[\p{L}\p{M}\p{N}]*/gu;
const foreignWords = (sample: string) => {
  let count = 0;
  for (const [word] of sample.matchAll(COMMON_WORD)) if (FOREIGN_LETTER.test(word.toLowerCase())) count += 1;
  return count;
};
const SAMPLE = 2000;

// Letters that point at a language (a small bonus, never enough on their own).
const LETTER_HINTS: [RegExp, Lang[]][] = [
  [/ß/, ['de']],
  [/[äöü]/, ['de', 'sv']],
  [/å/, ['sv']],
  [/ñ|¿|¡/, ['es']],
  [/[ãõ]/, ['pt']],
  [/ç/, ['fr', 'pt']],
  [/[èêëœ]/, ['fr', 'it']],
  [/ij/, ['nl']],
];

export function detectLanguage(text: string): Lang | null {
  const sample = text.slice(0, SAMPLE);
  const tokens = tokenize(sample);
  if (tokens.length === 0) return null;
  let arabic = 0;
  for (const token of tokens) if (ARABIC_SCRIPT.test(token.lower)) arabic += 1;
  if (arabic / tokens.length > 0.5) return 'ar';
  if (foreignWords(sample) >= Math.max(2, tokens.length / 5)) return null;

  const scores = new Map<Lang, number>(LATIN.map((lang) => [lang, 0]));
  for (const token of tokens) {
    const word = foldWord(token.lower);
    for (const lang of LATIN) if (stopwords(lang).has(word)) scores.set(lang, scores.get(lang)! + 1);
  }
  const lowered = sample.toLowerCase();
  for (const [pattern, langs] of LETTER_HINTS) {
    if (pattern.test(lowered)) for (const lang of langs) scores.set(lang, scores.get(lang)! + 0.5);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 1) return null;
  if (second && best[1] === second[1]) return null;
  return best[0];
}
