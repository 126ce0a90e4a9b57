// How much the reply an agent sent differs from the draft they inserted. Runs where both texts are at hand
// (the content script or background at the moment the reply appears); only the number and class are stored.
//
// similarity = 1 − (word-level edit distance) / (word count of the longer text), after normalization:
// HTML tags dropped, common entities decoded, case folded, punctuation and whitespace ignored. Word-level
// because agents edit words, and because a reformatted paragraph or an editor's <p>/<br> must not count as
// an edit. Identical texts → 1, nothing in common → 0.
//
// Classes (tuned on hand-made pairs in similarity.test.ts):
//   as-is       similarity ≥ 0.95  — identical up to formatting, or one word in twenty changed (a name, a typo)
//   light-edit  0.75 ≤ s < 0.95     — a sentence added or reworded, the draft's substance kept
//   heavy-edit  0.40 ≤ s < 0.75     — large parts changed or added, but the draft is still recognizable
//   rewritten   s < 0.40            — the agent wrote their own reply
import type { SimilarityClass } from './events';

export const SIMILARITY_THRESHOLDS = { asIs: 0.95, light: 0.75, heavy: 0.4 } as const;

/** Longer texts are compared on their first words only: keeps the cost bounded (O(n·m)) on huge pastes. */
const MAX_WORDS = 3000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function words(text: string): string[] {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .normalize('NFC')
    .toLowerCase();
  return plain.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.slice(0, MAX_WORDS) ?? [];
}

/** Levenshtein distance over arrays of words, two rows of memory. */
export function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const word = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (word === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function similarity(draft: string, sent: string): number {
  const a = words(draft);
  const b = words(sent);
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - wordEditDistance(a, b) / longest;
}

export function similarityClass(value: number): SimilarityClass {
  if (value >= SIMILARITY_THRESHOLDS.asIs) return 'as-is';
  if (value >= SIMILARITY_THRESHOLDS.light) return 'light-edit';
  if (value >= SIMILARITY_THRESHOLDS.heavy) return 'heavy-edit';
  return 'rewritten';
}

/** Both at once, rounded to 3 decimals for storage: what a reply-sent event carries. */
export function compareReply(draft: string, sent: string): { similarity: number; class: SimilarityClass } {
  const value = Math.round(similarity(draft, sent) * 1000) / 1000;
  return { similarity: value, class: similarityClass(value) };
}
