// Digits written in other scripts, read as ASCII digits at the same offsets. Detectors match \d (ASCII
// only), and a number written ٠٥٠١٢٣٤٥٦٧ is as personal, and as much a phone number in a draft, as
// 0501234567. Arabic-Indic, Persian and full-width digits are each one UTF-16 unit, like ASCII digits.
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g;
const ZEROS = [0x0660, 0x06f0, 0xff10];

export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - ZEROS.findLast((zero) => code >= zero)!);
  });
}
