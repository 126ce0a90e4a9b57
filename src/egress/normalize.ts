// Text as it may leave the browser: one canonical form, so what the agent sees, what the checks judge
// and what the model reads are the same characters. Invisible characters are the classic way to smuggle
// text past a human reviewer to a model (zero-width joiners inside words, Unicode tag characters that
// spell a hidden instruction, Hangul and Braille blanks that look like spaces), and compatibility forms
// (fullwidth "＜＜＜", mathematical letters) let a forged delimiter look different from ours until a
// model reads it. Linear: one NFKC pass and two character-class replacements.

/**
 * Removed: format characters (Cf: zero-width space/joiners, word joiner, BOM, bidi embeddings,
 * overrides and isolates, soft hyphen, Arabic letter mark, the tag block U+E0000–E007F), the variation
 * selectors, combining grapheme joiner, Hangul fillers and the Braille blank, which render as nothing or
 * as a blank but are not whitespace to a regex, and control characters other than tab and line breaks.
 */
// Control and combining characters are exactly what this class is for, one by one, not as sequences.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
/** Space-like characters (no-break, thin, ideographic, line/paragraph separators…) become a plain space. */
const SPACE_LIKE = /[\p{Zs}\u2028\u2029]/gu;

export function normalizeOutbound(text: string): string {
  // Invisibles go before NFKC too: one between a letter and a combining mark would stop them composing.
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, (c) => (c === ' ' ? c : ' '))
    .replace(/\r\n?/g, '\n');
}

/** True when `text` holds a character normalizeOutbound() removes or changes (for tests and the corpus). */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}
