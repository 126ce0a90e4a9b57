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
// Numbers read in pairs, the way people give a phone ("zero six twelve thirty-four", "zéro six douze
// trente-quatre", "null eins siebzehn zweiundvierzig", "seis cuarenta y dos", "noll sju fyrtiotvå"): a teen
// or a ten, alone, joined to its unit ("zweiundvierzig", "vierendertig", "fyrtiotvå", "ventidue") or after
// it with "y"/"e" ("cuarenta y dos", "quarenta e dois"), stands for two digits.
const TEENS_AND_TENS = [
  'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety',
  'dix onze douze treize quatorze quinze seize vingt vingts trente quarante cinquante soixante',
  'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig',
  'tien twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig',
  'tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo trettio fyrtio femtio sextio sjuttio åttio nittio',
  'diez once doce trece catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa',
  'dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta',
  'dez doze treze catorze quatorze quinze dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove vinte trinta quarenta cinquenta sessenta oitenta',
]
  .join(' ')
  .split(' ');
const words = (list: string) => list.split(' ').join('|');
// The tens a unit is joined to, per language, and the units: one word in de, nl, sv, it, es (20-29).
const JOINED = [
  `(?:${words('ein zwei drei vier fünf sechs sieben acht neun')})und(?:${words('zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig')})`,
  `(?:${words('een één twee drie vier vijf zes zeven acht negen')})(?:en|ën)(?:${words('twintig dertig veertig vijftig zestig zeventig tachtig negentig')})`,
  `(?:${words('tjugo trettio fyrtio femtio sextio sjuttio åttio nittio')})(?:${words('ett en två tre fyra fem sex sju åtta nio')})`,
  `(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:a|i)?(?:${words('uno due tre quattro cinque sei sette otto nove')})`,
  `veinti(?:${words('uno una dós dos trés tres cuatro cinco séis seis siete ocho nueve')})`,
  `(?:${words('treinta cuarenta cincuenta sesenta setenta ochenta noventa')}) y (?:${words('uno una dos tres cuatro cinco seis siete ocho nueve')})`,
  `(?:${words('vinte trinta quarenta cinquenta sessenta setenta oitenta noventa')}) e (?:${words('um uma dois duas três quatro cinco seis sete oito nove')})`,
];
const PAIR = [...JOINED, ...[...TEENS_AND_TENS].sort((a, b) => b.length - a.length)].join('|');
const PAIR_WORD = new RegExp(`^(?:${PAIR})$`, 'iu');
const WORD = [...new Set(DIGIT_WORDS)].sort((a, b) => b.length - a.length).join('|');
// "double oh", "triple seven", "dubbel twee", "doppel null": one digit said two or three times. Only before a
// digit word: "double, twenty dollars" or "double wrapped" doubles nothing.
// Spelled as people write them too: "dubble", "doppelt", "dobbelt"; "treble", "tripple".
const DOUBLE = 'double|dubble|dubbel|doppelt|doppel|dobbelt|dobbel';
const TRIPLE = 'triple|tripple|treble|trippel';
const TIMES = `(?:${DOUBLE}|${TRIPLE})`;
const TIMES_COUNT = new RegExp(`(?<![\\p{L}])(${DOUBLE})|(?<![\\p{L}])(?:${TRIPLE})`, 'giu');
// Digits first: a run of digits alone (the common case) never tries the words.
// "nine hundred" read as a group of a phone ("oh seven seven, nine hundred four five six"): three digits.
const HUNDRED = `(?:${WORD})[ \\t]{1,3}(?:hundred|hundert|honderd|hundra)`;
const HUNDRED_WORD = /(?:hundred|hundert|honderd|hundra)$/iu;
const TOKEN = `(?:\\d{1,4}|${PAIR}|${HUNDRED}|(?:${TIMES}[ \\t]{1,3})?(?:${WORD}))`;
// One separator: blanks, or a comma (the Arabic one too), slash or dash with blanks around it. No two ways to split a run, so
// a failed run costs its length once.
const SEP = '(?:[ \\t]{1,3}(?:[,،/-][ \\t]{0,3})?|[,،/-][ \\t]{0,3})';
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${TOKEN}(?![\\p{L}\\p{N}])(?:${SEP}${TOKEN}(?![\\p{L}\\p{N}]))+(?![\\p{L}\\p{N}])`, 'giu');
// A run's tokens one by one: a pair (which may hold a blank), a digit word, a digit.
// Two letter groups at least: found by one test that stops at the second ("\p{L}+" matched over a run of
// 40,000 Arabic words took 77 ms to say "more than one").
const TWO_LETTER_GROUPS = /\p{L}[^\p{L}]+\p{L}/u;
const TOKENS = new RegExp(`(?<![\\p{L}])(?:${PAIR}|${HUNDRED}|${WORD})(?![\\p{L}])|\\d`, 'giu');
// Digit words that are also everyday small words ("12 en 13 en 14 mei": nl "and"; "um 10": de "at"; "un",
// "een", "ett", "uno": "a"): between numbers they join them, so they do not make a run spelled out.
const ALSO_SMALL_WORDS = new Set(['en', 'een', 'un', 'um', 'ett', 'uno', 'oh', 'due', 'sei']);

/**
 * Whether a run spells a number: two digit words at least that are no everyday small word (digits alone
 * are the number patterns' to judge), and seven digits or more, a teen or a ten standing for two digits
 * and a digit word or a digit for one; counting by tens ("ten, twenty, thirty, forty, fifty") has no single
 * digit, a phone read in pairs does. The tokens are read until the run qualifies: every count only grows,
 * so a long run (200 KB of "صفر، ") is decided at its eighth word.
 */
function spelledNumber(run: string): boolean {
  let named = 0;
  let pairs = 0;
  let singles = 0;
  const enough = () => named >= 2 && 2 * pairs + singles >= 7 && singles > 0;
  // exec on the one TOKENS, not matchAll: matchAll copies the regular expression for each of the many short runs.
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(run); m; m = TOKENS.exec(run)) {
    const token = m[0];
    if (/\d/.test(token)) singles += 1;
    else {
      if (!ALSO_SMALL_WORDS.has(token.toLowerCase())) named += 1;
      if (PAIR_WORD.test(token)) pairs += 1;
      else singles += HUNDRED_WORD.test(token) ? 3 : 1;
    }
    if (enough()) {
      TOKENS.lastIndex = 0;
      return true;
    }
  }
  // A doubled digit is said once and counts twice, a tripled one three times.
  TIMES_COUNT.lastIndex = 0;
  for (let t = TIMES_COUNT.exec(run); t; t = TIMES_COUNT.exec(run)) singles += t[1] ? 1 : 2;
  return enough();
}

export function findSpelledDigits(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(RUN)) {
    // Two digit words at least that are no everyday small word: digits alone are the number patterns' to
    // judge. A run holds only pairs, digit words and digits.
    // Each named token has a letter, so a run with fewer than two letter groups (the common "1 1 1 …" of
    // a table of figures) cannot qualify: skip the token reading, whose word alternatives cost 35x the run.
    if (!TWO_LETTER_GROUPS.test(m[0])) continue;
    if (spelledNumber(m[0])) found.push({ start: m.index, end: m.index + m[0].length, type: 'PHONE' });
  }
  return found;
}
