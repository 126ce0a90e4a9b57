// Numbers spelled out digit by digit, alone or mixed with digits ("zero seven seven zero nine …", "null eins
// sieben …", "07 seven 7 0 nine …"), so that the number patterns miss them. Seven digits or more in one
// run is a phone, card or account number; counting ("one, two, three, four, five") is shorter.
import type { Span } from './patterns';

// Digit words in the nine languages (en, de, nl, sv, fr, es, it, pt, ar); "oh" is a spoken zero.
const DIGIT_WORDS = [
  'zero oh one two three four five six seven eight nine',
  'null eins zwei zwo drei vier fünf sechs sieben acht neun',
  'nul een één twee drie vier vijf zes zeven acht negen',
  'noll ett en två tre fyra fem sex sju åtta nio',
  'zéro un deux trois quatre cinq six sept huit neuf',
  'cero uno dos tres cuatro cinco seis siete ocho nueve',
  'due tre quattro cinque sei sette otto nove',
  'um dois duas três quatro cinco seis sete oito nove',
  'صفر واحد اثنان اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة',
]
  .join(' ')
  .split(' ');
// Numbers read in pairs, the way English and French speakers give a phone ("zero six twelve thirty-four",
// "zéro six douze trente-quatre"): a teen or a ten stands for two digits.
const PAIR_WORDS = new Set(
  'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dix onze douze treize quatorze quinze seize vingt vingts trente quarante cinquante soixante'.split(
    ' ',
  ),
);
const WORD = [...new Set([...DIGIT_WORDS, ...PAIR_WORDS])].sort((a, b) => b.length - a.length).join('|');
// Digits first: a run of digits alone (the common case) never tries the words.
const TOKEN = `(?:\\d{1,4}|${WORD})`;
// One separator: blanks, or a comma, slash or dash with blanks around it. No two ways to split a run, so
// a failed run costs its length once.
const SEP = '(?:[ \\t]{1,3}(?:[,/-][ \\t]{0,3})?|[,/-][ \\t]{0,3})';
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${TOKEN}(?![\\p{L}\\p{N}])(?:${SEP}${TOKEN}(?![\\p{L}\\p{N}]))+(?![\\p{L}\\p{N}])`, 'giu');
const LETTERS = /\p{L}+/gu;
// Digit words that are also everyday small words ("12 en 13 en 14 mei": nl "and"; "um 10": de "at"; "un",
// "een", "ett", "uno": "a"): between numbers they join them, so they do not make a run spelled out.
const ALSO_SMALL_WORDS = new Set(['en', 'een', 'un', 'um', 'ett', 'uno', 'oh', 'due', 'sei']);

export function findSpelledDigits(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(RUN)) {
    // Two digit words at least that are no everyday small word: digits alone are the number patterns' to
    // judge. A run holds only digit words and digits, so its letter groups are its words.
    const words = m[0].match(LETTERS) ?? [];
    if (words.filter((w) => !ALSO_SMALL_WORDS.has(w.toLowerCase())).length < 2) continue;
    // A teen or a ten stands for two digits; a digit word or a digit for one.
    const pairs = words.filter((w) => PAIR_WORDS.has(w.toLowerCase())).length;
    const singles = words.length - pairs + (m[0].match(/\d/g)?.length ?? 0);
    // Counting by tens ("ten, twenty, thirty, forty, fifty") has no single digit; a phone read in pairs does.
    if (2 * pairs + singles >= 7 && singles > 0) found.push({ start: m.index, end: m.index + m[0].length, type: 'PHONE' });
  }
  return found;
}
