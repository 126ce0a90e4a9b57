// Places a draft could send a customer that the link and phone patterns in contacts.ts do not read:
// links that run code when clicked ("[here](javascript:…)", "data:text/html;…") and phone numbers in
// letters ("1-800-FLOWERS", "call 0800 REFUND"), both of which a hijacker plants in a ticket for the model
// to repeat. Linear: one pass of a pattern without nested quantifiers over the text.

// A script scheme with something after it; "data:" only with a media type, so "Your data: …" is prose.
const SCRIPT_LINK = /(?<![\p{L}\p{N}+.-])(?:(?:javascript|vbscript|livescript):[^\s<>"'`]+|data:[a-z]+\/[^\s<>"'`]+)/giu;

/** Each link that runs code instead of opening a page, as written. Tabs go first: a browser drops them from a link ("java\tscript:"). */
export const scriptLinks = (text: string): string[] =>
  [...text.replaceAll('\t', '').matchAll(SCRIPT_LINK)].map((m) => m[0].replace(/\)+$/, ''));

// A toll-free or premium prefix ("0800", "0900", "1-800", "+1 888") or a country code with an area code,
// then letters at once (three capitals in a row, maybe after a digit or two) in up to four groups:
// "1-800-FLOWERS", "0800 REFUND", "+1 888 GET HELP". Capitals only ("call 0800 and ask" is prose), and no
// plain trunk prefix: "01067 DRESDEN" is a postcode.
const VANITY =
  /(?<![\p{L}\p{N}])(\+?1[ .-]?\(?8\d\d\)?|\(?0[89]\d{2}\)?|\+\d{1,3}[ .-]?\d{2,4})[ .-]?(?=[A-Z\d]{0,2}[A-Z]{3})[A-Z\d]{2,}(?:[ .-][A-Z\d]{2,}){0,3}(?![\p{L}\p{N}])/gu;
const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) => [...letters].map((l) => [l, String(i + 2)])),
);

// A time of day with its zone ("0900 UTC", "0830 CET DAILY"): the hour, not a number in letters.
const TIME_AND_ZONE = /^0[89][0-5]\d[ .-]?(?:UTC|GMT|CET|CEST|MEZ|MESZ|EET|EEST|WET|WEST|BST|EST|EDT|PST|PDT|AST|HRS)(?![A-Z])/;
// After its prefix a number has six to eight keys ("0800 REFUND", "1-800-FLOWERS", "1-800-MATTRESS", the
// last letter a spare), ending where a word ends: "CALL 0800 NOW" dials too few to be one. A word after it
// does not hide it ("0800 REFUND NOW" is 0800 REFUND), so the number is the groups up to the first end
// that makes six to eight keys; "DIAL 0800 NOW OR NEVER" has none (3, 5, 10).
const MIN_KEYS = 6;
const MAX_KEYS = 8;

/** The number in a VANITY match: its prefix and groups up to the first that makes MIN_KEYS..MAX_KEYS keys. */
function asNumber(match: string, prefix: string): string | null {
  let keys = 0;
  for (const group of match.slice(prefix.length).matchAll(/[A-Z\d]+/g)) {
    keys += group[0].length;
    if (keys > MAX_KEYS) return null;
    if (keys >= MIN_KEYS) return match.slice(0, prefix.length + group.index + group[0].length);
  }
  return null;
}

/** Phone numbers spelled partly in letters, with the digits a keypad dials for them. */
export function vanityPhones(text: string): { text: string; digits: string }[] {
  return [...text.matchAll(VANITY)]
    .filter((m) => !TIME_AND_ZONE.test(m[0]))
    .map((m) => asNumber(m[0], m[1]!))
    .filter((number) => number !== null)
    .map((number) => ({ text: number, digits: number.replace(/[A-Z]/g, (l) => KEYPAD[l]!).replace(/\D/g, '') }));
}
