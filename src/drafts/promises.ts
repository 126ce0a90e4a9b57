// Promises in a draft (refunds, credits, discounts…) and whether the cited knowledge backs them (issue 5
// item 4). A flag costs the agent a glance; a missed promise costs the company money.
import type { CheckContext } from './prompt';
import { isNegated, PROMISE_KINDS, PROMISE_TERMS, splitClauses, WHOLE_WORDS, type PromiseKind } from './promise-terms';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const source = (term: string) => escape(term) + (WHOLE_WORDS.has(term) ? '(?![\\p{L}])' : '');
const TERM_PATTERNS = Object.fromEntries(
  PROMISE_KINDS.map((kind) => [kind, new RegExp(`(?<![\\p{L}])(?:${PROMISE_TERMS[kind].map(source).join('|')})`, 'iu')]),
) as Record<PromiseKind, RegExp>;

/** Clauses whose words promise `kind` and are not negated within the clause ("No problem, we will refund you" promises). */
function affirmativeClauses(text: string, kind: PromiseKind): string[] {
  return splitClauses(text).filter((clause) => TERM_PATTERNS[kind].test(clause) && !isNegated(clause));
}

/** One flag per kind of promise the draft makes that no cited snippet backs. */
export function unbackedPromises(text: string, citations: string[], context: CheckContext) {
  // Backing is a cited snippet that states the same policy affirmatively: "we do not offer refunds" backs nothing.
  const cited = context.snippets.filter((s) => citations.includes(s.id)).map((s) => s.text);
  const flags: { kind: 'unbacked-promise'; detail: string }[] = [];
  for (const kind of PROMISE_KINDS) {
    const promise = affirmativeClauses(text, kind)[0];
    if (!promise || cited.some((t) => affirmativeClauses(t, kind).length)) continue;
    flags.push({ kind: 'unbacked-promise', detail: `${kind}: "${promise.trim().slice(0, 120)}" is not backed by a cited snippet` });
  }
  return flags;
}
