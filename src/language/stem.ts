// Snowball stemmers (via @orama/stemmers, small ESM modules that run in the browser and in Node)
// behind one function per language.
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import type { Lang } from './languages';
import { foldWord } from './normalize';

const STEMMERS: Record<Lang, (word: string) => string> = {
  en: english,
  de: german,
  nl: dutch,
  sv: swedish,
  ar: arabic,
  fr: french,
  es: spanish,
  it: italian,
  pt: portuguese,
};

/**
 * The index term for a lowercased word: its stem, accent-folded so "café"/"cafe" meet.
 * Digits and very short words are kept as they are. (Callers cache: see analyze.ts.)
 */
export function stem(word: string, lang: Lang): string {
  return word.length < 3 || /^\d/.test(word) ? foldWord(word) : foldWord(STEMMERS[lang](word));
}
