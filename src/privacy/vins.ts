// Vehicle identification numbers (ISO 3779): seventeen letters and digits without I, O or Q. Like a plate
// (plates.ts) a VIN finds its car and so its keeper; it is redacted as a PLATE. After a word that names one
// ("VIN", "Fahrgestellnummer", "número de bastidor") any VIN's shape is one; without it only a North
// American VIN whose check digit (the ninth) holds and whose last four are digits, so a seventeen-character
// product or tracking code stays (a random one passes the check one time in eleven).
import { escapeRegExp } from '../regexp';
import type { Span } from './patterns';

const LABELS = [
  'vehicle identification number',
  'VIN number',
  'VIN',
  'chassis number',
  'Fahrgestellnummer',
  'Fahrzeug-Identifizierungsnummer',
  'Fahrzeugidentifikationsnummer',
  'FIN',
  'numéro de série du véhicule',
  'numéro de châssis',
  'numéro VIN',
  'número de bastidor',
  'número de chasis',
  'número do chassi',
  'número do chassis',
  'chassi',
  'chassisnummer',
  'chassinummer',
  'رقم الشاصي',
  'رقم الشاسيه',
  'رقم الهيكل',
];
// After its label a VIN may be grouped as it was read out ("1HG CM826 33A 004352", "…33A-004352"): then
// only in capitals, so words after "fin" (French, Spanish: "end") never make one.
const SHAPE = '[A-HJ-NPR-Z0-9](?:[ -]?[A-HJ-NPR-Z0-9]){16}';
const ALONE = (body: string) => `(?<![\\p{L}\\p{N}])(${body})(?![\\p{L}\\p{N}])`;
const LABELLED = new RegExp(
  `(?<![\\p{L}])(?:${[...LABELS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])[^\\n\\p{L}\\p{N}]{0,6}(?:(?:is|ist|est|es|é|är|lautet)[ \\t]{1,3})?${ALONE(SHAPE)}`,
  'giu',
);
// Unlabelled, upper case as printed, letters and digits both, the last four digits.
const BARE = new RegExp(ALONE('[A-HJ-NPR-Z0-9]{13}[0-9]{4}'), 'gu');

const VALUES: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c, i) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!]),
);
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The ninth character is the weighted sum of the others modulo 11 ("X" for 10). */
function checkDigitHolds(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (/\d/.test(vin[i]!) ? Number(vin[i]) : VALUES[vin[i]!]!) * WEIGHTS[i]!;
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

export function findVins(text: string): Span[] {
  const found: Span[] = [];
  const take = (start: number, value: string) => {
    if (/\d/.test(value) && /\p{L}/u.test(value)) found.push({ start, end: start + value.length, type: 'PLATE' });
  };
  for (const m of text.matchAll(LABELLED))
    if (!/[ -]/.test(m[1]!) || m[1] === m[1]!.toUpperCase()) take(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(BARE)) if (checkDigitHolds(m[1]!)) take(m.index, m[1]!);
  return found;
}
