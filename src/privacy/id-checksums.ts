// The check digits of national ids that are written bare more often than not: a Polish PESEL, a Turkish
// T.C. Kimlik No, an Italian codice fiscale and a French NIR. A number of the same length that fails its
// check is an order's, a receipt's or a voucher's, and stays (checksums.ts holds cards, IBANs and the BSN).

const digitsOf = (value: string) => [...value.replace(/\D/g, '')].map(Number);

/** PESEL: weights 1 3 7 9 over ten digits; the eleventh makes the sum a multiple of ten. */
export function peselValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11) return false;
  const sum = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((total, w, i) => total + w * d[i]!, 0);
  return (10 - (sum % 10)) % 10 === d[10];
}

/** T.C. Kimlik No: no leading zero; digit ten from the odd and even places, digit eleven the sum's last. */
export function tcKimlikValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11 || d[0] === 0) return false;
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  return tenth === d[9] && (odd + even + tenth) % 10 === d[10];
}

// The codice fiscale's check letter: odd places (1st, 3rd …) map by this table, even places by their
// value (A or 0 = 0 … Z = 25); the sum modulo 26 is the letter.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Codice fiscale, sixteen characters, case ignored. */
export function codiceFiscaleValid(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 16) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const code = s.charCodeAt(i);
    const v = code <= 57 ? code - 48 : code - 65;
    sum += i % 2 === 0 ? CF_ODD[v]! : v;
  }
  return s.charCodeAt(15) - 65 === sum % 26;
}

/** NIR (numéro de sécurité sociale): thirteen digits, then a key of 97 minus their remainder by 97. */
export function nirValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 15) return false;
  // Thirteen digits stay below 2^53: a Number holds them exactly.
  return 97 - (Number(digits.slice(0, 13)) % 97) === Number(digits.slice(13));
}
