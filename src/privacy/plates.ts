// Vehicle licence plates after a word that names one ("my plate is AB12 CDE", "Kennzeichen: M-AB 1234",
// "kenteken 12-ABC-3", "matrícula 1234 BCD", "لوحة السيارة 1234 أ ب ج"). A plate finds its car and so its
// keeper. Without such a word a code like "AB-1234" is a product's and stays.
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
  'لوحة السيارة',
  'لوحة',
];
// The label as written and capitalised; the plate's letters are capitals, so the pattern is case-sensitive.
const label = LABELS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
// Between label and plate: blanks, a colon or "#", and a verb ("is", "ist", "lautet", "luidt", "är", "est", "هي").
const GAP = '[ \\t]*(?:[:#][ \\t]*)?(?:(?:is|was|ist|lautet|luidt|lyder|är|est|es|è|é|هي)[ \\t]*:?[ \\t]*)?';
// Groups of capitals or digits (or one Arabic letter), joined by a blank or a dash.
const GROUP = '(?:[A-ZÄÖÜÅÆØ0-9]{1,7}|[\\u0621-\\u064A])';
const PLATE = new RegExp(`(?<![\\p{L}])(?:${label})${GAP}(${GROUP}(?:[ -]${GROUP}){0,4})(?![\\p{L}\\p{N}])`, 'gu');

export function findPlates(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(PLATE)) {
    const value = m[1]!;
    const characters = value.replace(/[ -]/g, '').length;
    if (characters < 4 || characters > 10 || !/\d/.test(value) || !/\p{L}/u.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    found.push({ start, end: start + value.length, type: 'PLATE' });
  }
  return found;
}
