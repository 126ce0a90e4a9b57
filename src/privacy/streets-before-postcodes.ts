// A street of any word, even without a street word, when a postcode and town follow it: "Národní 961/25, 110 00
// Praha 1", "Piotrkowskiej 120, 90-006 Łódź", "Storgata 15B, 0184 Oslo", "Box 7022, 402 31 Göteborg". The postcode
// and town vouch for the street; four-digit postcodes (at, ch, dk, no, hu) are read only here and never when
// they are a year ("Windows 11, 2023 Edition").
import type { Span } from './patterns';
import { notATown, TOWN } from './towns';

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PARTICLE = '(?:van der|van de|van|de la|de|der|den|del|della|di|da|do|dos|das|du|des|la|le)';
// The house number with its letter and its parts ("88/2/14", "52A", "1234/56"), then a flat's short words ("B 7",
// "lgh 1201", "2. th.", "huis").
const NUMBER = '\\d{1,5}\\p{L}?(?:[-/]\\d{1,4}\\p{L}?){0,2}(?:,? [\\p{L}\\p{N}]{1,4}\\.?){0,3}';
// The postcodes no count or version has the shape of may follow the street without a comma ("Národní 961/25 110 00
// Praha 1", "Piotrkowskiej 120 90-006 Łódź"); four or five bare digits need the comma or a line break.
const SHAPED = '(?:\\d{3} \\d{2}|\\d{4} ?[A-Z]{2}|\\d{2}-\\d{3}|\\d{4}-\\d{3}) ';
const POSTCODE = '(?:\\d{5}|\\d{3} \\d{2}|\\d{4} ?[A-Z]{2}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|(?!19\\d\\d|20\\d\\d)\\d{4})';
const STREET_POSTCODE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${WORD}(?: (?:${PARTICLE} )?${WORD}){0,3} ${NUMBER})(,[ \\t]*\\n?|[ \\t]*\\n|[ \\t]+(?=${SHAPED}))[ \\t]*(${POSTCODE} (${TOWN}))(?![\\p{L}\\p{N}])`,
  'gu',
);
// Four or five bare digits are a count as often as a postcode ("Room 12, 1012 Guests were registered", "Tarif 3,
// 1000 Minuten inklusive"): there the town ends its clause, or a word of a town's name follows it ("im Breisgau").
const BARE_DIGITS = /^\d{4,5} /;
const CLAUSE_GOES_ON = /^[ \t]+(?!(?:im|am|an|bei|ob|sur|en)[ \t])\p{Ll}/u;

// Read only where a comma or a line break comes before a number (", 10115"), or a shaped postcode follows a number:
// the pattern's look-behind, tried at every character, cost 35 ms on 200 KB of Hebrew with none.
const COMMA_NUMBER = new RegExp(`[,\\n][ \\t]*\\n?[ \\t]*\\d|\\d[ \\t]+${SHAPED}`);

export function findStreetsBeforePostcodes(text: string): Span[] {
  const found: Span[] = [];
  if (!COMMA_NUMBER.test(text)) return found;
  for (const m of text.matchAll(STREET_POSTCODE)) {
    const end = m.index + m[0].length;
    const [, street, , postcode, town] = m;
    if (notATown(text, end - town!.length, town!)) continue;
    if (BARE_DIGITS.test(postcode!) && CLAUSE_GOES_ON.test(text.slice(end, end + 4))) continue;
    found.push({ start: m.index, end: m.index + street!.length, type: 'ADDRESS' }, { start: end - postcode!.length, end, type: 'ADDRESS' });
  }
  return found;
}
