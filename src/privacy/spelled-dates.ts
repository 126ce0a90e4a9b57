// A date of birth written in words after its label ("born the third of March, nineteen eighty-two",
// "geboren am dritten Februar neunzehnhundertachtzig", "né le douze avril mil neuf cent quatre-vingt-dix",
// "تاريخ ميلادي الخامس عشر من مارس ١٩٩٠"): labelled.ts reads only dates with a digit for the day. A month's
// name and a year (digits or a number word) after the label, in the same sentence; the date runs from the
// first word after the label's fillers ("am", "le", "the", "is") to the year's last word.
import { escapeRegExp } from '../regexp';
import { DOB_WORDS } from './dob-words';
import { THING_BORN } from './labelled';
import type { Span } from './patterns';

const LABEL = new RegExp(
  `(?<![\\p{L}])(?:${[...DOB_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])`,
  'giu',
);
const MONTH =
  /(?<![\p{L}])(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|augustus|juni|juli|oktober|mars|maj|augusti|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|يناير|فبراير|مارس|أبريل|إبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)(?![\p{L}])/iu;
// Words between the label and the date: verbs, articles, "on", "am", "le", "el" …
const FILLER = new Set(
  'on the is was am ist war bin ich ik ben le la el es est je suis a op is den em no de in på i at the my of mine mein meine mijn min mon ma mi o meu minha في يوم هو هي'.split(
    ' ',
  ),
);
// A number word in any of the eight languages (a stem inside it: "neunzehnhundertachtzig", "quatre-vingt-dix"),
// digits, or the little words between a year's parts ("y", "e", "et", "und", "and", "och", "en", "و").
const NUMBER_WORD =
  /^(?:\d{1,4}|and|und|och|en|et|y|e|و|[\p{L}-]*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred|thousand|oh|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|hundert|tausend|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|cent|mille?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|trece|catorce|quince|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cientos|mil|een|twee|drie|vijf|zes|zeven|negen|tien|tig|honderd|duizend|ett|två|tre|fyra|fem|sju|åtta|nio|tio|tjugo|hundra|tusen|um|dois|três|quatro|sete|oito|nove|dez|vinte|trinta|quarenta|cinquenta|sessenta|oitenta|centos|ألف|مئة|مائة|تسع|عشر|ثمان|سبع|ست|خمس|أربع|ثلاث|اثن|واحد)[\p{L}-]*)$/iu;
const ORDINAL =
  /^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[\p{L}-]*(?:teenth|tieth|-first|-second|-third|-fourth|-fifth|-sixth|-seventh|-eighth|-ninth))$/iu;
const CONNECTOR = /^(?:and|und|och|en|et|y|e|و)$/iu;
const YEAR = /(?<!\p{N})\d{4}(?!\p{N})|hundred|thousand|nineteen|twenty|hundert|tausend|cent|mil|honderd|duizend|hundra|tusen|ألف/iu;
const SENTENCE_END = /[\n.;!?()]/u;
const WORD = /[\p{L}\p{N}\p{Mn}'’-]+/gu;

/** The date in words in `clause` (a month's name, a year after it, at most five words before it past the fillers), or null. */
function spelledDate(clause: string): { start: number; end: number } | null {
  const month = MONTH.exec(clause);
  if (!month || !YEAR.test(clause.slice(month.index + month[0].length))) return null;
  // The date's first word: past the fillers, at most five words before the month.
  let start = -1;
  let before = 0;
  for (const w of clause.slice(0, month.index).matchAll(WORD)) {
    if (start === -1 && FILLER.has(w[0].toLowerCase())) continue;
    if (start === -1) start = w.index;
    before += 1;
  }
  if (before > 5) return null;
  if (start === -1) start = month.index;
  // The year's last word: number words after the month (and "of", "de", "من" between).
  const monthEnd = month.index + month[0].length;
  let last = monthEnd;
  for (const w of clause.slice(monthEnd).matchAll(WORD)) {
    const word = w[0];
    // (The day may follow the month: "March the third, nineteen eighty-two", "March 3rd 1982".)
    if (!NUMBER_WORD.test(word) && !ORDINAL.test(word) && !/^(?:of|de|del|van|av|di|do|da|du|the|من)$/iu.test(word)) break;
    if (ORDINAL.test(word)) last = monthEnd + w.index + word.length;
    if (NUMBER_WORD.test(word) && !CONNECTOR.test(word)) last = monthEnd + w.index + word.length;
  }
  // "born, may I add, in 1985": a month's word alone, no day before it and no year's word after, is none.
  if (before === 0 && last === monthEnd) return null;
  return { start, end: last };
}

// German and Dutch put the participle last ("Ich bin am dritten März neunzehnhundertachtzig geboren", "ik ben
// op twaalf juni negentienhonderdnegentig geboren"): a date in words that ends right before it, in its sentence.
const BORN_AFTER = /(?<![\p{L}])geboren(?![\p{L}])/giu;
// A day's dot ends no sentence ("Ich bin am 3. Mai 1999 geboren": only "Mai 1999" was read).
const PREPOSITION_THROUGH = /^.*(?<![\p{L}])(?:am|op)(?![\p{L}])/isu;
const CLAUSE_BEFORE = /(?:[^\n.;!?()]|(?<=(?<!\p{N})\p{N}{1,2})\.(?= \p{L})){0,120}$/u;

export function findSpelledBirthDates(text: string): Span[] {
  const found: Span[] = [];
  for (const label of text.matchAll(LABEL)) {
    if (THING_BORN.test(text.slice(Math.max(0, label.index - 40), label.index))) continue;
    const from = label.index + label[0].length;
    const window = text.slice(from, from + 120);
    const end = window.search(SENTENCE_END);
    const date = spelledDate(end === -1 ? window : window.slice(0, end));
    if (date) found.push({ start: from + date.start, end: from + date.end, type: 'DOB' });
  }
  for (const label of text.matchAll(BORN_AFTER)) {
    const whole = CLAUSE_BEFORE.exec(text.slice(Math.max(0, label.index - 120), label.index))![0];
    // The date starts after its preposition: the words before it are the subject ("Unsere Firma wurde am …").
    const clause = whole.slice(PREPOSITION_THROUGH.exec(whole)?.[0].length ?? 0);
    const from = label.index - clause.length;
    const date = spelledDate(clause);
    if (!date || !/^[ \t]*$/u.test(clause.slice(date.end))) continue;
    // A company's founding ("Unsere Firma wurde am 3. Mai 1999 geboren"): its word before the date's preposition.
    // (The day's dot ends no sentence here: "am 3. Mai".)
    const lead = text.slice(Math.max(0, label.index - 160), from + date.start);
    if (THING_BORN.test(lead.replace(/(?:[ \t]+(?:am|op|im|in|on))?[ \t]*(?:\d{1,2}\.[ \t]*)?$/u, ''))) continue;
    found.push({ start: from + date.start, end: from + date.end, type: 'DOB' });
  }
  return found;
}
