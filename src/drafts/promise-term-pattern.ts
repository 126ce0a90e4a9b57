// The patterns that find promise-terms.ts's words as the draft checks, the summary's commitments and
// the polish tool all read them: at a word start, whole where a term must be, not before what may not
// follow it, and near the decision word some need.
import { PROMISE_KINDS, PROMISE_TERMS, type PromiseKind } from './promise-terms';
import { NEEDS_AROUND, NEEDS_NEAR, NOT_FOLLOWED_BY, NOT_IN_QUESTION, PATTERN_TERMS, WHOLE_WORDS } from './promise-term-rules';
import { escapeRegExp } from '../regexp';

// A term at a word start ("refund" in "refunded", not in "prerefund"), at a word end too for
// WHOLE_WORDS, and not before what NOT_FOLLOWED_BY names; a PATTERN_TERMS one is its own pattern. The word-start test is the group's (termPattern).
function source(term: string): string {
  if (PATTERN_TERMS.has(term)) return term;
  const key = term.toLowerCase();
  const end = WHOLE_WORDS.has(key) ? '(?![\\p{L}])' : '';
  const not = NOT_FOLLOWED_BY[key] ? `(?!${NOT_FOLLOWED_BY[key].map(escapeRegExp).join('|')})` : '';
  return escapeRegExp(term) + end + not;
}

/** A pattern that finds any of `terms` as the promise check does, case-insensitively; `g` for every occurrence. */
export function termPattern(terms: readonly string[], flags: 'iu' | 'giu' = 'iu'): RegExp {
  // Terms are grouped by what they share, each test written once per group: the word start (a copy of
  // "(?<![\p{L}])" per term made the pattern take over a second to compile) and the word that must stand
  // near them (the delivery guarantee words are forty). A term that starts with an apostrophe ("'s on us")
  // follows a letter by design.
  const groups = new Map<string, { start: boolean; near: string | undefined; around: readonly string[] | undefined; bodies: string[] }>();
  for (const term of terms) {
    const start = /^\p{L}/u.test(term);
    const near = NEEDS_NEAR[term.toLowerCase()];
    const around = NEEDS_AROUND[term.toLowerCase()];
    const id = `${start}|${near ?? ''}|${around?.join('|') ?? ''}`;
    const group = groups.get(id) ?? { start, near, around, bodies: [] };
    group.bodies.push(source(term));
    groups.set(id, group);
  }
  const sources = [...groups.values()].map(({ start, near, around, bodies }) => {
    // Arabic writes "and"/"so" on the word ("وسنعوضك", and we will compensate you): one may come first.
    const body = `${start ? '(?<![\\p{L}])(?:[وف](?=[\\u0621-\\u064A]))?' : ''}(?:${bodies.join('|')})`;
    // The term with its word after it, or before it: within 60 characters of the same sentence; or with
    // NEEDS_AROUND's parts on either side, within 40. The term first, the look-arounds after it: a
    // lookbehind in front would run at every position of the text.
    const either = around ? `|(?<=${around[0]}[^.!?\\n]{0,40}${body})(?=[^.!?\\n]{0,40}${around[1]})` : '';
    return near ? `${body}(?:(?=[^.!?\\n]{0,60}${near})|(?<=${near}[^.!?\\n]{0,60}${body})${either})` : body;
  });
  return new RegExp(`(?:${sources.join('|')})`, flags);
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
