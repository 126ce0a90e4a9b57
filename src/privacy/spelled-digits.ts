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
const TOKEN = `(?:\\d{1,4}|${PAIR}|(?:${TIMES}[ \\t]{1,3})?(?:${WORD}))`;
// One separator: blanks, or a comma (the Arabic one too), slash or dash with blanks around it. No two ways to split a run, so
// a failed run costs its length once.
const SEP = '(?:[ \\t]{1,3}(?:[,،/-][ \\t]{0,3})?|[,،/-][ \\t]{0,3})';
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${TOKEN}(?![\\p{L}\\p{N}])(?:${SEP}${TOKEN}(?![\\p{L}\\p{N}]))+(?![\\p{L}\\p{N}])`, 'giu');
// A run's tokens one by one: a pair (which may hold a blank), a digit word, a digit.
const LETTERS = /\p{L}+/gu;
const TOKENS = new RegExp(`(?<![\\p{L}])(?:${PAIR}|${WORD})(?![\\p{L}])|\\d`, 'giu');
// Digit words that are also everyday small words ("12 en 13 en 14 mei": nl "and"; "um 10": de "at"; "un",
// "een", "ett", "uno": "a"): between numbers they join them, so they do not make a run spelled out.
const ALSO_SMALL_WORDS = new Set(['en', 'een', 'un', 'um', 'ett', 'uno', 'oh', 'due', 'sei']);

export function findSpelledDigits(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(RUN)) {
    // Two digit words at least that are no everyday small word: digits alone are the number patterns' to
    // judge. A run holds only pairs, digit words and digits.
    // Each named token has a letter, so a run with fewer than two letter groups (the common "1 1 1 …" of
    // a table of figures) cannot qualify: skip the token reading, whose word alternatives cost 35x the run.
    if ((m[0].match(LETTERS)?.length ?? 0) < 2) continue;
    const tokens = m[0].match(TOKENS) ?? [];
    const named = tokens.filter((t) => !/\d/.test(t));
    if (named.filter((w) => !ALSO_SMALL_WORDS.has(w.toLowerCase())).length < 2) continue;
    // A teen or a ten stands for two digits; a digit word or a digit for one.
    const pairs = named.filter((w) => PAIR_WORD.test(w)).length;
    // A doubled digit is said once and counts twice, a tripled one three times.
    const times = [...m[0].matchAll(TIMES_COUNT)].reduce((n, t) => n + (t[1] ? 1 : 2), 0);
    const singles = tokens.length - pairs + times;
    // Counting by tens ("ten, twenty, thirty, forty, fifty") has no single digit; a phone read in pairs does.
    if (2 * pairs + singles >= 7 && singles > 0) found.push({ start: m.index, end: m.index + m[0].length, type: 'PHONE' });
  }
  return found;
}
