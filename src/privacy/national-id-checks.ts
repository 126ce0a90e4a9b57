// The checks of the national ids red14 reads without a label: a Danish CPR, a Norwegian fødselsnummer, a
// Finnish henkilötunnus, a Portuguese NIF, a Brazilian CPF and CNPJ, a Czech rodné číslo (id-checksums.ts
// holds PESEL, T.C. Kimlik, codice fiscale and NIR; checksums.ts the BSN). Each takes the digits with their
// separators and says whether the check holds; a birth date's plausibility is national-ids.ts's.

const digitsOf = (value: string) => [...value.replace(/\D/g, '')].map(Number);
const weighted = (d: number[], weights: number[]) => weights.reduce((sum, w, i) => sum + w * d[i]!, 0);

/** CPR (DDMMYY-SSSS): the modulus-11 check the numbers kept until 2007 (weights 4 3 2 7 6 5 4 3 2 1). */
export function cprValid(value: string): boolean {
  const d = digitsOf(value);
  return d.length === 10 && weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

/** Fødselsnummer (DDMMYY and five digits): two modulus-11 check digits, neither may come out as 10. */
export function fodselsnummerValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11) return false;
  const check = (weights: number[]) => (11 - (weighted(d, weights) % 11)) % 11;
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d[10];
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** Henkilötunnus (DDMMYY, a century sign, three digits, a check character): the nine digits modulo 31. */
export function henkilotunnusValid(value: string): boolean {
  const digits = value.slice(0, 6) + value.slice(7, 10);
  return /^\d{9}$/.test(digits) && HETU_CHECK[Number(digits) % 31] === value[10]!.toUpperCase();
}

/** NIF (Portugal): nine digits weighted 9 to 2, the last makes the sum a multiple of 11 (10 is written 0). */
export function nifValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9) return false;
  const rest = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (rest < 2 ? 0 : 11 - rest) === d[8];
}

/** CPF (Brazil): eleven digits, two modulus-11 check digits; one digit repeated is no CPF ("111.111.111-11"). */
export function cpfValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11 || d.every((x) => x === d[0])) return false;
  const check = (n: number) =>
    ((weighted(
      d,
      Array.from({ length: n }, (_, i) => n + 1 - i),
    ) *
      10) %
      11) %
    10;
  return check(9) === d[9] && check(10) === d[10];
}

/** CNPJ (Brazil, a company's or a sole trader's): fourteen digits, two modulus-11 check digits. */
export function cnpjValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 14 || d.every((x) => x === d[0])) return false;
  const first = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const check = (weights: number[]) => {
    const rest = weighted(d, weights) % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  return check(first) === d[12] && check([6, ...first]) === d[13];
}

/**
 * Rodné číslo (Czech and Slovak, YYMMDD/SSSC since 1954): the ten digits are a multiple of 11, or the first
 * nine leave 10 and the last is 0. The month is plus 50 for a woman (plus 20 or 70 when a day ran out).
 */
export function rodneCisloValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 10) return false;
  const rest = Number(digits.slice(0, 9)) % 11;
  return (rest === 10 ? 0 : rest) === Number(digits[9]);
}
