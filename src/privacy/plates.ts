// Vehicle licence plates after a word that names one ("my plate is AB12 CDE", "Kennzeichen: M-AB 1234",
// "kenteken 12-ABC-3", "matrícula 1234 BCD", "لوحة السيارة 1234 أ ب ج"). A plate finds its car and so its
// keeper. Without such a word a code like "AB-1234" is a product's and stays.
import { findBarePlates } from './bare-plates';
import type { Span } from './patterns';
import { escapeRegExp } from '../regexp';

const LABELS = [
  'licence plate',
  'license plate',
  'number plate',
  'plate number',
  'registration number',
  'registration',
  'reg no',
  'plate',
  'Kennzeichen',
  'Nummernschild',
  'kenteken',
  'nummerplaat',
  'registreringsnummer',
  'regnummer',
  'reg.nr',
  'immatriculation',
  'plaque',
  'matrícula',
  'matricula',
  'targa',
  'placa',
  'رقم اللوحة',
  'plaka',
  'plakam',
  'plakası',
  'tablica rejestracyjna',
  'numer rejestracyjny',
  'لوحة السيارة',
  'لوحة',
];
// The label as written and capitalised; the plate's letters are capitals, so the pattern is case-sensitive.
const label = LABELS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
// Between label and plate: blanks, a colon or "#", and a verb ("is", "ist", "lautet", "luidt", "är", "est", "هي").
// The verb is a whole word: "is" must not take the start of "ist" and leave "t" for the plate. One run of
// blanks at a time: two side by side split a long run every way (64,000 blanks after "plate is" took 5 s).
const GAP = '[ \\t]*(?:[:#][ \\t]*)?(?:(?:is|was|ist|lautet|luidt|lyder|är|est|es|è|é|هي)(?![\\p{L}])[ \\t]*(?::[ \\t]*)?)?';
// Groups of capitals or digits (or one Arabic letter), joined by a blank or a dash; groups in lower case
// too, which plateLength() reads further.
const GROUP = '(?:[A-ZÄÖÜÅÆØa-zäöüåæø0-9]{1,7}|[\\u0621-\\u064A])';
const UPPER_GROUP = /^(?:[A-ZÄÖÜÅÆØ0-9]{1,7}|[\u0621-\u064A])$/u;
// A plate in lower case ("kennzeichen: b-ab 1234", "my plate is ab12 cde") has letter runs of one to three,
// as every plate the labels cover does, none of them a small word ("my plate is broken in 2 of 3 places")
// or an abbreviation that labels a code ("base plate: rev b2 board", "ref 12").
const SMALL_WORDS = new Set(
  'rev ver ref nr art pos min max std typ in on at to of is am pm km cm mm kg and the for my or by if it as so we he be do go no up us me an its was are has had but not can you she her our who why how now all any too per via och i en et le la de el y e a o da di um der die das den ist von und mit op het bei zu im es er sie wir ich du ja av på för är som men att det han hon vi ni nej je tu il ne se sa ce qui que une des les du au un su mi yo lo los las del al por con sin ma ho ha gli ti ci vi si non che os as do na em ou não tem'.split(
    ' ',
  ),
);
const plateLike = (group: string) =>
  /^[a-zäöüåæø0-9]+$/u.test(group) && (group.match(/\p{L}+/gu) ?? []).every((run) => run.length <= 3) && !SMALL_WORDS.has(group);

/**
 * The plate's length in `value`: its groups in capitals or digits as before; or, when it has no capital,
 * its groups in lower case up to the first that reads as a word. Ends where the groups end.
 */
function plateLength(value: string): number {
  const parts = value.match(/(?:^|(?: - | |-))[^ -]+/gu) ?? [];
  const lower = !/[A-ZÄÖÜÅÆØ]/u.test(value);
  let length = 0;
  // In lower case, one group of letters at most after the last with a digit ("ab12 cde", "ab-123-cd"):
  // a second is the sentence going on ("ab12 cde if it helps"). Arabic letters stand one per group.
  let lettersAfterDigits = 0;
  for (const part of parts) {
    const group = part.replace(/^(?: - | |-)/u, '');
    if (lower ? !plateLike(group) && !/^[\u0621-\u064A]$/u.test(group) : !UPPER_GROUP.test(group)) break;
    if (lower && /\d/.test(group)) lettersAfterDigits = 0;
    else if (lower && /[a-zäöüåæø]/u.test(group) && /\d/.test(value.slice(0, length)) && ++lettersAfterDigits > 1) break;
    length += part.length;
  }
  return length;
}
// A dash may stand between blanks ("HH – AB 1234 E", the en dash read as "-").
const PLATE = new RegExp(`(?<![\\p{L}])(?:${label})${GAP}(${GROUP}(?:(?: - | |-)${GROUP}){0,4})(?![\\p{L}\\p{N}])`, 'gu');

// Without a plate's label, a car named just before ("my car, KN19 XWP", "mein Auto (M-AB 1234)", "min bil ABC
// 12D", "arabam 34 ABC 123") says the code after it is its plate, when the code is one: capitals and digits
// in two to four groups, one of letters only and one with a digit ("VW Golf 7", "ID4 2023", "Baujahr 2019"
// are none).
const CAR = [
  'car',
  'van',
  'auto',
  'wagen',
  'PKW',
  'bil',
  'bilen',
  'voiture',
  'coche',
  'carro',
  'macchina',
  'samochód',
  'samochodu',
  'araba',
  'arabam',
  'سيارتي',
  'سيارة',
]
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
  .join('|');
const CAR_GROUP = '[A-ZÄÖÜÅ0-9]{1,4}';
const CAR_PLATE = new RegExp(
  `(?<![\\p{L}])(?:${CAR})(?![\\p{L}])[ \\t]?[,:(]?[ \\t]?(${CAR_GROUP}(?:[ -]${CAR_GROUP}){1,3})(?![\\p{L}\\p{N}]|[ -][A-ZÄÖÜÅ0-9])`,
  'gu',
);
// A maker or a model's badge in the code says it is the car's model ("VW ID 4", "AUDI A4 TDI"), not its plate.
const MODEL_WORDS = new Set(
  'VW BMW AUDI KIA MG DS GMC RAM SEAT SKODA FIAT OPEL MINI JEEP TESLA VOLVO SAAB ID GT GTI GTD TDI TSI TFSI HDI CDI RS AMG EV SUV'.split(
    ' ',
  ),
);
const carPlate = (value: string) => {
  const groups = value.split(/[ -]/);
  if (groups.some((g) => MODEL_WORDS.has(g))) return false;
  const characters = groups.join('').length;
  return (
    value === value.toUpperCase() &&
    characters >= 5 &&
    characters <= 9 &&
    groups.some((g) => /^\p{Lu}+$/u.test(g)) &&
    groups.some((g) => /\d/.test(g))
  );
};

export function findPlates(text: string): Span[] {
  const found: Span[] = findBarePlates(text);
  for (const m of text.matchAll(CAR_PLATE)) {
    if (!carPlate(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length, type: 'PLATE' });
  }
  for (const m of text.matchAll(PLATE)) {
    const value = m[1]!.slice(0, plateLength(m[1]!));
    const characters = value.replace(/[ -]/g, '').length;
    if (characters < 4 || characters > 10 || !/\d/.test(value) || !/\p{L}/u.test(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + value.length, type: 'PLATE' });
  }
  return found;
}
