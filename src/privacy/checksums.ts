// Checksums that separate real card numbers, IBANs and national ids from order numbers and other digit runs.

/** Luhn (mod 10) check over the digits of `value`, a card's 13 to 19; separators are ignored. */
export function luhnValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 13 && digits.length <= 19 && luhnDigitsValid(digits);
}

/** Luhn over a digit string of any length (ten-digit national ids use it too). */
export function luhnDigitsValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The Dutch BSN's 11-proof: nine digits weighted 9 to 2 and -1 sum to a multiple of 11 (not all zeros). */
export function elevenProofValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 9 || /^0+$/.test(digits)) return false;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** ISO 13616 IBAN check: country letters, two check digits, mod 97 of the rearranged number equals 1. */
export function ibanValid(value: string): boolean {
  // One pass over the characters, numbers not strings: a dense run of candidates ("DE89/DE89/…") checks
  // tens of thousands of prefixes. Blanks, dots, slashes and dashes separate; letters count in any case.
  const codes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 46 || code === 47 || code === 45 || (code > 127 ? /\s/.test(value[i]!) : code === 32 || (code >= 9 && code <= 13)))
      continue;
    const upper = code >= 97 && code <= 122 ? code - 32 : code;
    const letter = upper >= 65 && upper <= 90;
    if (!letter && !(upper >= 48 && upper <= 57)) return false;
    // Two letters, two digits, then letters or digits.
    if ((codes.length < 2 && !letter) || (codes.length >= 2 && codes.length < 4 && letter)) return false;
    codes.push(upper);
  }
  if (codes.length < 15 || codes.length > 34) return false;
  // Rearranged: the first four characters move to the end; a letter counts as two digits (A = 10 … Z = 35).
  let remainder = 0;
  for (let i = 4; i < codes.length + 4; i++) {
    const code = codes[i % codes.length]!;
    remainder = code >= 65 ? (remainder * 100 + code - 55) % 97 : (remainder * 10 + code - 48) % 97;
  }
  return remainder === 1;
}

/** IBAN length per country (ISO 13616 registry, SWIFT release 2024): where an IBAN ends without a separator. */
export const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};
