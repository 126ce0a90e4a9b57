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
  const near = NEEDS_NEAR[key];
  const body = start + escapeRegExp(term) + end + not;
  // The term with its decision word before it, or after it: within 60 characters of the same sentence.
  return near ? `(?:(?<=${near}[^.!?\\n]{0,60})${body}|${body}(?=[^.!?\\n]{0,60}${near}))` : body;
}

/** A pattern that finds any of `terms` as the promise check does, case-insensitively; `g` for every occurrence. */
export const termPattern = (terms: readonly string[], flags: 'iu' | 'giu' = 'iu') =>
  new RegExp(`(?:${terms.map(source).join('|')})`, flags);

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
