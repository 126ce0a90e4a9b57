// Service numbers without a "+" or a trunk zero, which PHONE (contacts.ts) leaves as plain digit runs (round 16): Korean
// representative numbers (1588-7788, 1577-3300: 15xx, 16xx or 18xx, a hyphen and four digits), Indian and Australian
// toll-free numbers (1800-419-7788, 1800 123 4567, 1300 …), and the French numéro vert written "0 805 12 34 56".
const KOREAN_REPRESENTATIVE = /(?<![\d.,-])(1[568]\d{2})-(\d{4})(?![\d-]|[.,]\d)/g;
const TOLL_FREE_1X00 = /(?<![\d.,-])1[38]00[ -]\d{3}[ -]\d{3,4}(?!\d|[.,]\d)/g;
// Written with a space or dots ("call 1588 7788", "call 1800.419.7788", review of chk17): as likely two amounts or a
// version bare, so a number only after a word for a call (`cued`, the caller checks).
const KOREAN_SPACED = /(?<![\d.,-])(1[568]\d{2})[ .](\d{4})(?![\d-]|[ .,]\d)/g;
const TOLL_FREE_DOTTED = /(?<![\d.,-])1[38]00\.\d{3}\.\d{3,4}(?!\d|[.,]\d)/g;
const FRENCH_SPACED_TRUNK = /(?<![\d.,])0 [1-9]\d{2}(?: \d{2}){3}(?!\d|[.,]\d)/g;

/** The service numbers in `text`, as written, with their digits. */
export function serviceNumbers(text: string): { text: string; index: number; digits: string; cued?: boolean }[] {
  const out: { text: string; index: number; digits: string; cued?: boolean }[] = [];
  for (const [re, cued] of [
    [KOREAN_REPRESENTATIVE, false],
    [KOREAN_SPACED, true],
  ] as const)
    for (const m of text.matchAll(re)) {
      // "1800-1850" is a span of years, not a number: a second group just after the first.
      const [from, to] = [Number(m[1]), Number(m[2])];
      if (to > from && to - from < 300) continue;
      out.push({ text: m[0], index: m.index, digits: m[1]! + m[2]!, cued });
    }
  for (const re of [TOLL_FREE_1X00, FRENCH_SPACED_TRUNK])
    for (const m of text.matchAll(re)) out.push({ text: m[0], index: m.index, digits: m[0].replace(/\D/g, '') });
  for (const m of text.matchAll(TOLL_FREE_DOTTED)) out.push({ text: m[0], index: m.index, digits: m[0].replace(/\D/g, ''), cued: true });
  return out;
}
