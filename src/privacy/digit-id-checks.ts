// The checks of the national ids red15 reads without a label: a Romanian CNP, a Chinese resident id, a Korean
// resident registration number, an Indian Aadhaar and a Thai id (national-id-checks.ts and id-checksums.ts
// hold the others). Each takes the value with its separators and says whether its check digit holds; a birth
// date's plausibility is national-ids.ts's.

const digitsOf = (value: string) => [...value.replace(/\D/g, '')].map(Number);
const weighted = (d: number[], weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * d[i]!, 0);

/** CNP (Romania, S YYMMDD JJ NNN C): weights 279146358279, the sum modulo 11 (10 is written 1). */
export function cnpValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 13) return false;
  const rest = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (rest === 10 ? 1 : rest) === d[12];
}

/** Chinese resident id (18 characters, the last a digit or X): ISO 7064 MOD 11-2. */
export function chineseIdValid(value: string): boolean {
  const d = digitsOf(value.slice(0, 17));
  if (d.length !== 17 || !/^\d{17}[\dXx]$/.test(value)) return false;
  const rest = weighted(d, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11;
  return '10X98765432'[rest] === value[17]!.toUpperCase();
}

/** Korean resident registration number (YYMMDD-SNNNNNC): weights 2 to 9 then 2 to 5, (11 - sum mod 11) mod 10. */
export function rrnValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 13) return false;
  return (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d[12];
}

// Verhoeff's dihedral group: multiplication, the permutation by position.
const MULTIPLY = [
  '0123456789',
  '1234067895',
  '2340178956',
  '3401289567',
  '4012395678',
  '5987604321',
  '6598710432',
  '7659821043',
  '8765932104',
  '9876543210',
];
const PERMUTE = ['0123456789', '1576283094', '5803796142', '8916043527', '9453126870', '4286573901', '2793806415', '7046913258'];
/** Aadhaar (India, twelve digits, not 0 or 1 first): Verhoeff's check over all twelve. */
export function aadhaarValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 12 || d[0]! < 2) return false;
  let check = 0;
  d.reverse().forEach((digit, i) => (check = Number(MULTIPLY[check]![Number(PERMUTE[i % 8]![digit])])));
  return check === 0;
}

/** Thai national id (thirteen digits): weights 13 to 2, (11 - sum mod 11) mod 10. */
export function thaiIdValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 13) return false;
  return (11 - (weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === d[12];
}
