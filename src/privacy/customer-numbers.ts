// A customer's number at the shop ("Kundennummer 4471123", "customer no. CU-0048812", "رقم العميل 558812"):
// unlike an order's, ticket's or parcel's number, which names one purchase, it stands for one person across
// every ticket they write, so it is redacted (fail-safe; restore() puts it back in the draft, the agent sees
// it on the page). As an account's handle it is a USERNAME. Only after a word that names it: a bare number
// stays, and so does "customer service", "Kunde seit 2019".
import { escapeRegExp } from '../regexp';
import type { Span } from './patterns';

const LABELS = [
  'customer number',
  'customer no.',
  'customer no',
  'customer id',
  'customer #',
  'customer account number',
  'client number',
  'membership number',
  'member number',
  'loyalty number',
  'Kundennummer',
  'Kunden-Nr.',
  'Kundennr.',
  'Kunden-ID',
  // Written short: "Kd.-Nr.", "KdNr", "KNr", "Kundennr", "Klantnr.", "kundnr", "Cust. no.".
  'Kundennr',
  'Kunden-Nr',
  'Kd.-Nr.',
  'Kd.-Nr',
  'Kd-Nr.',
  'Kd-Nr',
  'Kd.Nr.',
  'KdNr.',
  'KdNr',
  'KNr.',
  'KNr',
  'klantnr.',
  'klantnr',
  'klant-nr.',
  'kundnr.',
  'kundnr',
  'kundenummer',
  'customer-no.',
  'customer-no',
  'cust. no.',
  'cust no.',
  'cust no',
  'cust. #',
  'cust #',
  'cliente nº',
  'cliente n.º',
  'nº cliente',
  'no. client',
  'Mitgliedsnummer',
  'numéro client',
  'numéro de client',
  'n° client',
  'n° de client',
  'numéro d’adhérent',
  "numéro d'adhérent",
  'número de cliente',
  'nº de cliente',
  'n.º de cliente',
  'número de socio',
  'número do cliente',
  'código de cliente',
  'codice cliente',
  'klantnummer',
  'klant-ID',
  'lidnummer',
  'kundnummer',
  'kund-ID',
  'medlemsnummer',
  'رقم العميل',
  'رقم الزبون',
  'رقم العضوية',
];
// Letters and digits, in groups with single blanks, dots, dashes or slashes ("88 4471 23", "CU-0048812"), a
// digit within the first four characters; a few signs or a verb between label and number.
const LABELLED = new RegExp(
  `(?<![\\p{L}])(?:${[...LABELS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join(
      '|',
    )})(?![\\p{L}])[ \\t]*(?:[:#=][ \\t]*|(?:is|ist|lautet|est|es|é|är|هو)[ \\t]+)?((?=[\\p{L}-]{0,3}\\p{N})[\\p{L}\\p{N}](?:[ ./-]?[\\p{L}\\p{N}]){2,19})(?![\\p{L}\\p{N}])`,
  'giu',
);
// The number ends at its last group with a digit: "4711 bitte" is cut before "bitte".
const WORDS_AFTER = /(?:[ ./-]\p{L}+)+$/u;

export function findCustomerNumbers(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(LABELLED)) {
    const value = m[1]!.replace(WORDS_AFTER, '');
    if (value.replace(/\D/g, '').length < 4) continue;
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + value.length, type: 'USERNAME' });
  }
  return found;
}
