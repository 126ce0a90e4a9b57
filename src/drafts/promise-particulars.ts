// What a promise names beyond its action, which the knowledge that backs it must name too: amounts,
// percentages, durations and dates ("€40", "10,00 €", "within 14 days"), and deadlines in words
// ("today", "by Friday"). Deadlines are kept by meaning, so that an English snippet can back a German draft.
import { asciiDigits } from '../privacy/digits';

// Up to four digits before a separator; a longer run is a reference such as an order number. Linear:
// each repetition starts at a separator.
const QUANTITY = /(?<![\d\p{L}])\d{1,4}(?:[.,]\d{1,3})*(?!\d)/gu;

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

/** The amounts and moments `text` names, as values comparable across ways of writing and languages. */
export function particulars(text: string): string[] {
  const amounts = [...asciiDigits(text).matchAll(QUANTITY)].map((m) => quantity(m[0]));
  const moments = MOMENT_PATTERNS.flatMap((pattern, row) => (pattern.test(text) ? [`moment ${row}`] : []));
  return [...amounts, ...moments];
}
