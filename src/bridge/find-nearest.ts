/** The occurrence of `words` (as whole words) closest to `near` in `text`; null when there is none. */
export function findNearest(text: string, words: string, near: number): number | null {
  let best: number | null = null;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    const whole = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + words.length] ?? '');
    if (whole && (best === null || Math.abs(at - near) < Math.abs(best - near))) best = at;
  }
  return best;
}
