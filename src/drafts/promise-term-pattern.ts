// The patterns that find promise-terms.ts's words as the draft checks, the summary's commitments and
// the polish tool all read them: at a word start, whole where a term must be, not before what may not
// follow it, and near the decision word some need.
import { NEEDS_NEAR, NOT_FOLLOWED_BY, NOT_IN_QUESTION, PROMISE_KINDS, PROMISE_TERMS, WHOLE_WORDS, type PromiseKind } from './promise-terms';
import { escapeRegExp } from '../regexp';

// A term at a word start ("refund" in "refunded", not in "prerefund"), at a word end too for
// WHOLE_WORDS, and not before what NOT_FOLLOWED_BY names.
function source(term: string): string {
  const key = term.toLowerCase();
  // A term that starts with an apostrophe ("'s on us") follows a letter by design.
  const start = /^\p{L}/u.test(term) ? '(?<![\\p{L}])' : '';
  const end = WHOLE_WORDS.has(key) ? '(?![\\p{L}])' : '';
  const not = NOT_FOLLOWED_BY[key] ? `(?!${NOT_FOLLOWED_BY[key].map(escapeRegExp).join('|')})` : '';
  return start + escapeRegExp(term) + end + not;
}

/** A pattern that finds any of `terms` as the promise check does, case-insensitively; `g` for every occurrence. */
export function termPattern(terms: readonly string[], flags: 'iu' | 'giu' = 'iu'): RegExp {
  // Terms that need the same word near them share one look-around (the delivery guarantee words are forty):
  // a copy per term made the pattern slow to compile and to run.
  const plain: string[] = [];
  const byNear = new Map<string, string[]>();
  for (const term of terms) {
    const near = NEEDS_NEAR[term.toLowerCase()];
    if (near) byNear.set(near, [...(byNear.get(near) ?? []), source(term)]);
    else plain.push(source(term));
  }
  // The term with its word before it, or after it: within 60 characters of the same sentence. The term
  // first, the look-arounds after it: a lookbehind in front would run at every position of the text.
  const near = [...byNear].map(([word, bodies]) => {
    const body = `(?:${bodies.join('|')})`;
    return `${body}(?:(?=[^.!?\\n]{0,60}${word})|(?<=${word}[^.!?\\n]{0,60}${body}))`;
  });
  return new RegExp(`(?:${[...plain, ...near].join('|')})`, flags);
}

/** Any promise term of any kind: whether a text has one. */
export const PROMISE_TERM = termPattern(Object.values(PROMISE_TERMS).flat());

/** Any term that promises nothing asked in a question (NOT_IN_QUESTION). */
export const QUESTION_ONLY_ASKS = termPattern([...NOT_IN_QUESTION]);

/** Each kind's terms, `g` for every occurrence (matchAll); `search` ignores the flag's lastIndex. */
export const KIND_PATTERNS = Object.fromEntries(PROMISE_KINDS.map((kind) => [kind, termPattern(PROMISE_TERMS[kind], 'giu')])) as Record<
  PromiseKind,
  RegExp
>;

/** The kinds of promise `text` holds ("credit" for "ruled in your favour" and "in your favor" alike). */
export const promiseKindsIn = (text: string): Set<PromiseKind> =>
  new Set(PROMISE_KINDS.filter((kind) => text.search(KIND_PATTERNS[kind]) >= 0));
