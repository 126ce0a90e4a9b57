// E-mail addresses and domains spaced out so that a pattern misses them: one character at a time
// ("d a n a @ e x a m p l e . c o m") or with blanks around the domain's dot ("dana-whitfield . com").
// A spaced-out dot before a known top-level domain is a writer hiding a domain, not a sentence's full stop.
import { BARE_TLDS } from './obfuscated-email';
import type { Span } from './patterns';

const CHAR = '[\\p{L}\\p{N}._-]';
// Starts only where a spaced run starts (not after a single character and a blank), so a long run of
// "a a a …" without "@" is scanned once.
const SPACED = new RegExp(
  `(?<![\\p{L}\\p{N}._-])(?<!(?<![\\p{L}\\p{N}])${CHAR} )(?:${CHAR} ){1,64}@(?: [\\p{L}\\p{N}-]){1,63}(?: \\.(?: [\\p{L}\\p{N}-]){2,24}){1,4}(?![\\p{L}\\p{N}])`,
  'gu',
);
// The ending is checked against the known top-level domains after the match (a list in the pattern would
// be tried at every candidate).
const SPACED_DOT = /(?<![\p{L}\p{N}._@-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)* \. ?(\p{L}{2,5})(?![\p{L}\p{N}])/gu;

// An ending written with only its first letter in capitals starts the next sentence ("a laptop . My order",
// "that . It did not work"), as a writer who puts a blank before the full stop often does.
const SENTENCE_START = /^\p{Lu}\p{Ll}+$/u;

export function findSpacedEmails(text: string): Span[] {
  // Each pattern holds a spaced mark, " @ " or " .": a text without it is not read (200 KB of Arabic words
  // were, at every word).
  const domains = text.includes(' .')
    ? [...text.matchAll(SPACED_DOT)].filter((m) => BARE_TLDS.has(m[1]!.toLowerCase()) && !SENTENCE_START.test(m[1]!))
    : [];
  const spaced = text.includes(' @ ') ? [...text.matchAll(SPACED)] : [];
  return [...spaced, ...domains].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'EMAIL' }));
}
