// IBANs: the registry's length and mod 97 decide, in any case and with any one separator.
import { IBAN_LENGTHS, ibanValid } from './checksums';
import type { Span } from './spans';

// IBANs in any case and with spaces, dashes, dots or slashes between characters ("de89 3704 …", "DE89-3704-…",
// "DE89/3704/…").
// The country's fixed length (ISO 13616 registry) says where the IBAN ends, so a following word or
// BIC is never swallowed, and mod 97 decides. One pass over the text: the pattern has no nested choice.
// A space after the country code ("DE 89 3704 …", "NL 91 ABNA …") only in capitals: in lower case it is a
// word before a number ("at 10 …"), and a candidate that starts there would swallow a real IBAN after it.
// A mail client or the customer may break the IBAN across lines ("NL91 ABNA\n0417 1643 00"): a line break,
// with up to three blanks either side, separates like a space; the length and mod 97 still decide.
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])(?:[A-Za-z]{2}|[A-Z]{2} )\d{2}(?:(?:[ ./-]|[ \t]{0,3}\r?\n[ \t]{0,3})?[A-Za-z0-9]){11,30}/gu;
// Typed one character at a time ("D E 8 9 3 7 …"): a second pass, in capitals, that starts only where the
// country code's letters stand apart, so neither pass's candidate swallows the other's IBAN.
const SPACED_IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z][ .-][A-Z][ .-]?\d[ .-]?\d(?:[ .-]?[A-Za-z0-9]){11,30}/gu;
export const findIbans = (text: string): Span[] => [...ibansFrom(text, IBAN_CANDIDATE), ...ibansFrom(text, SPACED_IBAN_CANDIDATE)];

function ibansFrom(text: string, candidates: RegExp): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(candidates)) {
    const code = m[0].replace(/[ ./-]/g, '').slice(0, 2);
    const length = IBAN_LENGTHS[code.toUpperCase()];
    if (!length) continue;
    const end = endAfterAlnum(m[0], length) ?? 0;
    // The country code in capitals, then a lower-case letter in what it would take: words after a plate's letters
    // and digits ("LB07 KTR was towed from the reason"), which pass mod 97 once in 97 lengths or cuts.
    const capitals = /^[A-Z]{2}/.test(m[0]);
    const words = (to: number) => capitals && /\p{Ll}/u.test(m[0].slice(0, to));
    if (end && !/[\p{L}\p{N}]/u.test(text[m.index + end] ?? '') && !words(end) && ibanValid(m[0].slice(0, end))) {
      found.push({ start: m.index, end: m.index + end, type: 'IBAN' });
      continue;
    }
    // A checksum-valid IBAN in capitals whose length is off the registry's (a typo, an old format): cut
    // trailing groups until mod 97 holds, as long as 15 characters remain (at most eight tries).
    if (!capitals) continue;
    let cut = m[0].length;
    while (cut >= 15 && (words(cut) || !ibanValid(m[0].slice(0, cut)))) cut = withoutLastGroup(m[0], cut);
    if (cut >= 15 && !/[\p{L}\p{N}]/u.test(text[m.index + cut] ?? '')) found.push({ start: m.index, end: m.index + cut, type: 'IBAN' });
  }
  return found;
}

// The last group and the separator before it: a run of blanks, a line break and blanks, or one of " ./-".
// A scan back from the end: a pattern anchored at "$" would try every start of the candidate on each cut,
// which dense slashed groups ("DE89/DE89/…") made the costliest shape.
const LAST_GROUP_SEPARATOR = /(?:[ ./-]|[ \t]{0,3}\r?\n[ \t]{0,3})$/;
function withoutLastGroup(value: string, end: number): number {
  let cut = end;
  while (cut > end - 4 && cut > 0 && /[A-Za-z0-9]/.test(value[cut - 1]!)) cut--;
  if (cut === end) return 0; // no group at the end: nothing left to try
  const separator = LAST_GROUP_SEPARATOR.exec(value.slice(Math.max(0, cut - 9), cut))?.[0];
  return cut - (separator?.length ?? 0);
}

/** The offset just after the `count`-th letter or digit of `value`, or null when it has fewer. */
function endAfterAlnum(value: string, count: number): number | null {
  let seen = 0;
  for (let i = 0; i < value.length; i++) {
    if (/[A-Za-z0-9]/.test(value[i]!) && ++seen === count) return i + 1;
  }
  return null;
}
