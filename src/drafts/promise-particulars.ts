// What a promise names beyond its action, which the knowledge that backs it must name too: amounts,
// percentages, durations and dates ("€40", "10,00 €", "within 14 days").
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

/** The amounts `text` names, as values comparable across ways of writing. */
export function particulars(text: string): string[] {
  return [...asciiDigits(text).matchAll(QUANTITY)].map((m) => quantity(m[0]));
}
