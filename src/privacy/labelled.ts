// Data that is only personal because the text says what it is: dates of birth ("DOB", "geboren am"),
// national ids ("SSN", "personnummer", "codice fiscale") and passport numbers. Without such a label a
// date or a number stays: order dates and order numbers are what agents need to see. The labels are in
// dob-words.ts, id-words.ts, document-words.ts and bank-words.ts.
import { escapeRegExp } from '../regexp';
import { findBirthplaceLabels, placesAfterBirthDates } from './birthplaces';
import { besideCurrency, type Span } from './patterns';
import type { EntityType } from './vault';
import { ACCOUNT_WORDS, BANK_WORDS } from './bank-words';
import { DOB_WORDS } from './dob-words';
import { LICENCE_WORDS, PASSPORT_WORDS } from './document-words';
import { ID_ACRONYMS, ID_WORDS, ID_WORDS_UNSPACED } from './id-words';

const words = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

// A "bank card" is no bank account.
// The UK's high-street banks name one as well ("my account 31926819 at Barclays").
const BANK_CUE =
  /sort code|routing|\bbank(?![\s-]*cards?\b)|\bIBAN\b|\bBIC\b|\bBLZ\b|\b(?:Barclays|HSBC|Lloyds|NatWest|Santander|Nationwide|Halifax|Monzo|Starling|Revolut|Metro Bank|TSB|RBS|Co-operative Bank)\b/iu;
// The shop's customer account ("número de cuenta de cliente", "Customer account number").
const CUSTOMER = /(?<![\p{L}])(?:customer|cliente?|kunden?|klant)(?![\p{L}])/iu;
// A date or an amount after a bank or licence word is when or how much, not the number.
const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/u;
const AMOUNT_SHAPE = /^\d{1,3}(?:[ .,]\d{3})*[.,]\d{2}$/u;

// Between label and value: a few non-digit characters (": ", " is ", " number ", " n° "), bounded so
// the scan stays linear.
const GAP = '[^\\n\\d]{0,20}?';
const LABEL = (list: string) => `(?<![\\p{L}])(?:${list})(?![\\p{L}])`;
// Ordinals too: "March 14th, 1988", "14th of March 1988".
const ORDINAL = '(?:st|nd|rd|th)?';
// Spanish and Portuguese put "de" between ("14 de marzo de 1985"); a year may come first in words ("born in
// 1985 on the 14th of March").
const DAY_MONTH = `\\d{1,2}${ORDINAL}\\.? (?:of |de )?\\p{L}{3,10}`;
// A day's and a month's dot may have a blank after it ("3. 5. 1990", as Czech and Slovak write it).
// Chinese, Japanese and Korean write year, month and day with their signs ("1985年4月12日", "1992년 3월 5일").
const CJK_DATE = '\\d{4}(?:年\\d{1,2}月\\d{1,2}日|년 ?\\d{1,2}월 ?\\d{1,2}일)';
const DATE = `${CJK_DATE}|\\d{1,4}(?:[./-]|\\. )\\d{1,2}(?:[./-]|\\. )\\d{1,4}|${DAY_MONTH}\\.?,? (?:de )?\\d{4}|\\p{L}{3,10}\\.? \\d{1,2}${ORDINAL},? \\d{4}|\\d{4},? on (?:the )?\\d{1,2}${ORDINAL} of \\p{L}{3,10}(?![\\p{L}])`;
// Letters and digits with single spaces, dots, dashes or slashes between them ("1 84 06 75 112 048 92",
// "123.456.789-09", "L01X00T47"); trailing letter-only groups are cut off after the match.
// It must have a digit within its first seven characters, so a label's own words ("number is") are not it.
// A letter and a dash may come first (a Spanish NIE "X-1234567-L").
const CODE = '(?=(?:\\p{L}-)?\\p{L}{0,6}\\p{N})[\\p{L}\\p{N}](?:[ ./-]?[\\p{L}\\p{N}]){4,24}';

// A date of birth is often said of someone: "Date of birth of the account holder: 2 February 1979". The
// gap stays within the clause: past a comma, a semicolon (Arabic ones too) or "then" the date is another
// event's ("I changed my date of birth in the app, then on 12.03.2024 my account was locked").
const CLAUSE_BREAK = ' (?:then|dann|danach|daarna|sedan|puis|luego|después|poi|depois|ثم) ';
const DOB_GAP = `(?:(?!${CLAUSE_BREAK})[^\\n\\d,;،؛]){0,40}?`;
const DOB = new RegExp(`${LABEL(words(DOB_WORDS))}${DOB_GAP}(${DATE})`, 'giu');
// Turkish says it after the date ("15 Mayıs 1990 doğumluyum", "1 Ocak 1970 tarihinde doğdum"), German and Dutch
// too, a place between ("am 1.2.1970 in Bad Homburg geboren"; dates in words are spelled-dates.ts's).
const DOB_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${DATE})(?:[ \\t]+(?:in|te)[ \\t]+\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})?[ \\t]+(?:tarihinde[ \\t]+)?(?:doğumluyum|doğumlu|doğdum|geboren)(?![\\p{L}])`,
  'giu',
);
const NATIONAL_ID = new RegExp(`${LABEL(words(ID_WORDS))}${GAP}(${CODE})`, 'giu');
const NATIONAL_ID_ACRONYM = new RegExp(`${LABEL(words(ID_ACRONYMS))}${GAP}(${CODE})`, 'gu');
// "RFC" is a Mexican tax id and an Internet standard ("RFC 2616 says…", "RFC 9110"): a standard's number is
// five digits at most, the id's is letters and six digits and more ("GODE561231GR8"), whatever part is read.
const STANDARD_NUMBER = /^\d{1,5}$/u;
// "CPR" is also resuscitation and "PAN" a card's number, and the label reads a code up to 20 characters on ("CPR
// training, order 44718", "CPR class 2024"): after these, only the id's own shape (blanks, dots and dashes
// aside) counts: the CPR's date and four digits, India's PAN, Mexico's CURP.
const ACRONYM_SHAPE: Record<string, RegExp> = {
  CPR: /^\d{10}$/u,
  PAN: /^[A-Z]{5}\d{4}[A-Z]$/iu,
  CURP: /^[A-Z]{4}\d{6}[A-Z]{6}[A-Z\d]\d$/iu,
};
const shapedAcronym = (text: string, at: number, value: string) => {
  const shape = ACRONYM_SHAPE[/^[A-Z]+/u.exec(text.slice(at, at + 4))?.[0] ?? ''];
  return !shape || shape.test(value.replace(/[ .-]/gu, ''));
};
// Chinese and Japanese write a label against its verb and its value ("身份证号是1101…", "マイナンバーは1234…"): no
// word boundary around it, and the value is digits only (an X may end a Chinese id), so the words after stay.
const NATIONAL_ID_UNSPACED = new RegExp(
  `(?:${words(ID_WORDS_UNSPACED)})(?:[是为為は：:]|[^\\n\\p{L}\\p{N}]){0,4}(\\d(?:[ -]?\\d){5,20}[Xx]?)(?!\\p{N})`,
  'gu',
);
// A UK National Insurance number, also in groups ("QQ 12 34 56 C"), after its label.
const NI_NUMBER = new RegExp(
  `${LABEL('national insurance number|national insurance no\\.?|national insurance|NI number|NI no\\.?|NINO')}${GAP}(\\p{L}{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D])(?![\\p{L}\\p{N}])`,
  'giu',
);
// Bank account numbers are digits in groups; a word after them is never part of one.
const BANK_NUMBER = '\\d(?:[ .-]?\\d){5,29}(?!\\p{N})';
const LICENCE = new RegExp(`${LABEL(words(LICENCE_WORDS))}${GAP}(${CODE})`, 'giu');
const BANK = new RegExp(`${LABEL(words(BANK_WORDS))}${GAP}(${BANK_NUMBER})`, 'giu');
const ACCOUNT = new RegExp(`${LABEL(words(ACCOUNT_WORDS))}${GAP}(${BANK_NUMBER})`, 'giu');
const PASSPORT = new RegExp(`${LABEL(words(PASSPORT_WORDS))}${GAP}(${CODE})`, 'giu');

const digitCount = (s: string) => s.replace(/\D/g, '').length;

// "passport 533380006 if you…": a code's pattern may run on into the words after it; the code ends before
// "if". Trailing groups without a digit are cut.
const WORDS_AFTER = /(?:[ ./-]\p{L}+)+$/u;
// A word in lower case ends the code even when digits follow ("DNI 12345678-Z y el pedido 4471": the
// order number is no part of it).
const WORD_INSIDE = / \p{Ll}{2,}(?![\p{L}\p{N}])[^]*$/u;
// A single letter after a dash is the code's check letter ("DNI 12345678-Z, please"), not a word.
const CHECK_LETTER = /^-\p{L}(?![\p{L}])/u;

/**
 * The values `pattern` captures after its label, less what `trailing` matches at their end (words the
 * pattern ran on into; null where the pattern ends exactly, as a National Insurance number's does on its
 * final letter: "QQ 12 34 56 C").
 */
function labelled(
  text: string,
  pattern: RegExp,
  type: EntityType,
  accept: (value: string, at: number, start: number) => boolean,
  trailing: RegExp | null = WORDS_AFTER,
): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const cut = trailing ? m[1]!.replace(WORD_INSIDE, '').replace(trailing, '') : m[1]!;
    const value = /\d$/.test(cut) ? cut + (CHECK_LETTER.exec(m[1]!.slice(cut.length))?.[0] ?? '') : cut;
    const start = m.index + m[0].length - m[1]!.length;
    if (!accept(value, m.index, start)) continue;
    found.push({ start, end: start + value.length, type });
  }
  return found;
}

// A company, a shop or a product is "born" too ("the company was born on 12 March 1998"): a founding date
// names no one. Its word just before the label, a verb at most between: any other word may be the person
// it works for ("my business partner was born on …", "the store manager was born on …").
export const THING_BORN =
  /(?<![\p{L}])(?:company|firm|business|brand|shop|store|startup|organi[sz]ation|Firma|Unternehmen|Gesellschaft|Marke|Laden|entreprise|société|marque|boutique|empresa|compañía|marca|tienda|negocio|bedrijf|onderneming|merk|winkel|företag(?:et)?|bolag(?:et)?|butik(?:en)?|azienda|società|negozio|loja|companhia|الشركة|شركة)(?![\p{L}])(?:['’]s)?(?:[ \t]+(?:was|is|has been|wurde|ist|war|est|a été|était|fue|es|era|ha sido|werd|blev|var|är|è|è stata|foi|é))?[ \t]*$/iu;

// A Polish id card's number is a series of three capitals and six digits, often written apart ("Numer dowodu
// osobistego: AYZ 123456"): the series goes with the digits the label found, unless it ends the label
// itself ("numéro NIR 1 84 …").
const SERIES = /(?<![\p{L}\p{N}])[A-Z]{3} $/u;
const ID_LABEL_END = new RegExp(`(?:${words(ID_WORDS)})$`, 'iu');
const withSeries = (text: string, spans: Span[]) =>
  spans.map((s) =>
    SERIES.test(text.slice(Math.max(0, s.start - 5), s.start)) && !ID_LABEL_END.test(text.slice(Math.max(0, s.start - 40), s.start - 1))
      ? { ...s, start: s.start - 4 }
      : s,
  );

export function findLabelled(text: string): Span[] {
  // Every value read here holds a digit (a date, a code, an account): a text without one is read for a
  // birthplace's label only (200 KB of Arabic number words went through the eleven label patterns).
  if (!/\p{N}/u.test(text)) return findBirthplaceLabels(text);
  const isId = (v: string) => digitCount(v) >= 4;
  // Not a date, an amount, nor the shop's customer account named just before or in the label.
  const bankNumber = (v: string, at: number, start: number) =>
    !DATE_SHAPE.test(v) &&
    !AMOUNT_SHAPE.test(v) &&
    !besideCurrency(text, start, start + v.length) &&
    !CUSTOMER.test(text.slice(Math.max(0, at - 12), start));
  const dates = [
    ...labelled(text, DOB, 'DOB', (_, at) => !THING_BORN.test(text.slice(Math.max(0, at - 40), at)), null),
    ...[...text.matchAll(DOB_BEFORE)]
      .filter((m) => !THING_BORN.test(text.slice(Math.max(0, m.index - 40), m.index).replace(/[ \t]+(?:am|on|op)[ \t]*$/u, '')))
      .map((m): Span => ({ start: m.index, end: m.index + m[1]!.length, type: 'DOB' })),
  ];
  return [
    ...dates,
    ...placesAfterBirthDates(text, dates),
    ...findBirthplaceLabels(text),
    ...withSeries(text, labelled(text, NATIONAL_ID, 'NATIONAL_ID', isId)),
    ...labelled(text, NI_NUMBER, 'NATIONAL_ID', () => true, null),
    ...labelled(text, LICENCE, 'NATIONAL_ID', (v) => digitCount(v) >= 2 && v.replace(/[ ./-]/g, '').length >= 6 && !DATE_SHAPE.test(v)),
    ...labelled(text, BANK, 'IBAN', (v, at, start) => digitCount(v) >= 6 && bankNumber(v, at, start)),
    ...labelled(
      text,
      ACCOUNT,
      'IBAN',
      (v, at, start) => digitCount(v) >= 6 && bankNumber(v, at, start) && BANK_CUE.test(text.slice(Math.max(0, at - 60), at + 100)),
    ),
    ...labelled(
      text,
      NATIONAL_ID_ACRONYM,
      'NATIONAL_ID',
      (v, at) => isId(v) && !(text.startsWith('RFC', at) && STANDARD_NUMBER.test(v)) && shapedAcronym(text, at, v),
    ),
    ...labelled(text, NATIONAL_ID_UNSPACED, 'NATIONAL_ID', isId, null),
    ...labelled(text, PASSPORT, 'PASSPORT', (v) => digitCount(v) >= 2 && /^[\p{L}\p{N}]{6,12}$/u.test(v)),
  ];
}
