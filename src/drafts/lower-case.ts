// The checks read lower-cased text with lower-case patterns and no 'i' flag: V8 works out every literal letter's case
// variants when it compiles a case-insensitive Unicode pattern, again for the first two-byte draft (an emoji, a '’'),
// 100s of ms per check module. Offsets stay those of the original: a letter whose lower case is longer ("İ") is kept
// as written, and a long s ('ſ', which 'iu' matched as 's') is read as 's'.
export function lowerSameLength(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}
