// Promises in a draft (refunds, credits, discounts…) and whether the cited knowledge backs them (issue 5
// item 4). A flag costs the agent a glance; a missed promise costs the company money.
import type { CheckContext } from './prompt';
import { particulars } from './promise-particulars';
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

/**
 * A promise is backed by a cited snippet that states the same kind of promise affirmatively (in any
 * language: the knowledge base may be English while the customer writes German) and names every amount,
 * duration, date or deadline the promise names. Sharing a word is not enough: a snippet on refunds within
 * 14 days does not back "we will refund €500 today"; "we do not offer refunds" backs nothing.
 */
export function unbackedPromises(text: string, citations: string[], context: CheckContext) {
  const cited = context.snippets.filter((s) => citations.includes(s.id)).map((s) => s.text);
  const flags: { kind: 'unbacked-promise'; detail: string }[] = [];
  for (const kind of PROMISE_KINDS) {
    // What each snippet that backs this kind names, worked out once: a long draft has many clauses.
    const backing = cited.filter((t) => affirmativeClauses(t, kind).length).map((t) => new Set(particulars(t)));
    const backed = (clause: string) => backing.some((stated) => particulars(clause).every((p) => stated.has(p)));
    const promise = affirmativeClauses(text, kind).find((clause) => !backed(clause));
    if (!promise) continue;
    flags.push({ kind: 'unbacked-promise', detail: `${kind}: "${promise.trim().slice(0, 120)}" is not backed by a cited snippet` });
  }
  return flags;
}
