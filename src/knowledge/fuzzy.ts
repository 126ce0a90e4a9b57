// Vocabulary lookups for queries: index terms a word being typed may become (prefix), and typo tolerance for query words the index does not know ("cancdling" → "cancel"): vocabulary terms within
// a small edit distance, looked for only among terms with the same first letter and a similar length.
import type { LexicalIndex } from './index';

const PREFIX_SCAN = 200;

/** Index terms starting with `prefix` (for the word being typed), most frequent first. */
export function expandPrefix(index: LexicalIndex, prefix: string, limit = 16): string[] {
  const terms = index.sorted();
  const found: string[] = [];
  for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix) && found.length < PREFIX_SCAN; i++)
    found.push(terms[i]!);
  const df = (term: string) => index.terms.get(term)?.df ?? 0;
  return found
    .filter((term) => df(term) > 0)
    .sort((a, b) => df(b) - df(a))
    .slice(0, limit);
}

/** Known terms within the typo budget of an unknown one (same first letter), closest and most frequent first. */
export function similarTerms(index: LexicalIndex, term: string, limit = 2): string[] {
  const max = typoBudget(term.length);
  if (max === 0 || !/^\p{L}+$/u.test(term)) return [];
  const terms = index.sorted();
  const first = term[0]!;
  const found: [string, number][] = [];
  for (let i = lowerBound(terms, first); i < terms.length && terms[i]![0] === first; i++) {
    const candidate = terms[i]!;
    const distance = editDistance(term, candidate, max);
    if (distance <= max && (index.terms.get(candidate)?.df ?? 0) > 0) found.push([candidate, distance]);
  }
  const df = (t: string) => index.terms.get(t)!.df;
  return found
    .sort((a, b) => a[1] - b[1] || df(b[0]) - df(a[0]))
    .slice(0, limit)
    .map(([t]) => t);
}

const COMPOUNDING = new Set(['de', 'nl', 'sv']);
// Linking elements between compound parts: Rückerstattung-s-antrag, Kunde-n-konto, levering-s-adres.
const LINKS = ['s', 'es', 'n', 'en', 'e'];
const MIN_PART = 4;

/**
 * German, Dutch and Swedish compounds the index does not know, split into two parts it does:
 * "rückerstattungsantrag" → [stem of "rückerstattung", "antrag"]. Returns [] when no split fits.
 */
export function splitCompound(index: LexicalIndex, word: string, lang: string, stem: (word: string) => string): string[] {
  if (!COMPOUNDING.has(lang) || word.length < MIN_PART * 2) return [];
  // Prefer the longest known head (the head carries the meaning in these languages' compounds, the tail its kind).
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const tail = stem(word.slice(cut));
    if (!index.terms.has(tail)) continue;
    const head = word.slice(0, cut);
    for (const candidate of [
      head,
      ...LINKS.filter((link) => head.endsWith(link) && head.length - link.length >= MIN_PART).map((link) => head.slice(0, -link.length)),
    ]) {
      const term = stem(candidate);
      if (index.terms.has(term)) return [term, tail];
    }
  }
  return [];
}

/** First position in a sorted array whose value is >= `value`. */
function lowerBound(sorted: string[], value: string): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Optimal-string-alignment distance (adjacent swaps count 1), or `max + 1` once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Allowed distance for a word of this length: none below 5 letters, 1 up to 7, 2 from 8. */
export function typoBudget(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}
