// What a promise names beyond its action, which the knowledge that backs it must name too: amounts,
// percentages, durations and dates ("€40", "10,00 €", "within 14 days"), and deadlines in words
// ("today", "by Friday"), and scopes ("on every order", "for life", promise-scopes.ts). Deadlines are kept by meaning,
// so that an English snippet can back a German draft.
import { asciiDigits } from '../privacy/digits';
import { besideCurrency, ORDER_WORD } from '../privacy/patterns';
import { scopes } from './promise-scopes';

// A number: a run of digits, then groups that each start at a separator (linear: each repetition starts
// at a separator, so a run can be read one way only).
const NUMBER = /(?<![\d\p{L}])\d+(?:[.,]\d{1,3})*(?!\d)/gu;
/**
 * Whether the number `written` at `at` is an amount or a duration: money when a currency stands next to it;
 * otherwise not after an order or ticket word, and of at most four digits before a separator (a longer
 * bare run is a reference such as an order number).
 */
function isAmount(text: string, written: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  if (isMoney(text, written, at)) return true;
  // "Order 4521", "ticket #77", "invoice no. 1234": the number names the customer's case, not an amount.
  return !ORDER_WORD.test(before) && /^\d{1,4}(?!\d)/.test(written);
}
// A currency right next to a number makes it money whatever its length ("$10000", "25000 EUR").
const isMoney = (text: string, written: string, at: number) => besideCurrency(text, at, at + written.length);

/** A number as a value, whichever way it is written: "10,00", "10.00" and "10" are 10; "1,500" is 1500. */
function quantity(written: string): string {
  const groups = written.split(/[.,]/);
  const decimals = groups.length > 1 && groups.at(-1)!.length !== 3 ? groups.pop()! : '0';
  return String(Number(`${groups.join('')}.${decimals}`));
}

// One row a moment, in en, de, nl, sv, ar, fr, es, it, pt; matched at a word start ("Fridays", "heutigen").
// Not "direkt" or "direct": "directly to your card" names no deadline.
const MOMENTS: string[][] = [
  ['today', 'heute', 'vandaag', 'idag', 'اليوم', "aujourd'hui", 'aujourd’hui', 'hoy', 'oggi', 'hoje'],
  ['tomorrow', 'morgen', 'imorgon', 'غدا', 'demain', 'mañana', 'domani', 'amanhã'],
  [
    'immediately',
    'right away',
    'straight away',
    'sofort',
    'umgehend',
    'meteen',
    'onmiddellijk',
    'omedelbart',
    'genast',
    'فور',
    'immédiatement',
    'tout de suite',
    'inmediatamente',
    'de inmediato',
    'enseguida',
    'subito',
    'immediatamente',
    'imediatamente',
  ],
  ['monday', 'montag', 'maandag', 'måndag', 'الاثنين', 'الإثنين', 'lundi', 'lunes', 'lunedì', 'segunda-feira'],
  ['tuesday', 'dienstag', 'dinsdag', 'tisdag', 'الثلاثاء', 'mardi', 'martes', 'martedì', 'terça-feira'],
  ['wednesday', 'mittwoch', 'woensdag', 'onsdag', 'الأربعاء', 'mercredi', 'miércoles', 'mercoledì', 'quarta-feira'],
  ['thursday', 'donnerstag', 'donderdag', 'torsdag', 'الخميس', 'jeudi', 'jueves', 'giovedì', 'quinta-feira'],
  ['friday', 'freitag', 'vrijdag', 'fredag', 'الجمعة', 'vendredi', 'viernes', 'venerdì', 'sexta-feira'],
  ['saturday', 'samstag', 'sonnabend', 'zaterdag', 'lördag', 'السبت', 'samedi', 'sábado', 'sabato'],
  ['sunday', 'sonntag', 'zondag', 'söndag', 'الأحد', 'dimanche', 'domingo', 'domenica'],
];
const MOMENT_PATTERNS = MOMENTS.map((words) => new RegExp(`(?<![\\p{L}])(?:${words.join('|')})`, 'iu'));

const numbers = (text: string, keep: typeof isAmount) =>
  [...text.matchAll(NUMBER)].filter((m) => keep(text, m[0], m.index)).map((m) => quantity(m[0]));

/** The amounts, moments and scopes `text` names, as values comparable across ways of writing and languages. */
export function particulars(text: string): string[] {
  const amounts = numbers(asciiDigits(text), isAmount);
  const moments = MOMENT_PATTERNS.flatMap((pattern, row) => (pattern.test(text) ? [`moment ${row}`] : []));
  return [...amounts, ...moments, ...scopes(text)];
}

/** Only the sums of money `text` names: "€500", "25000 EUR". */
export const sums = (text: string): string[] => numbers(asciiDigits(text), isMoney);
