// The patterns that find promise-terms.ts's words as the draft checks, the summary's commitments and
// the polish tool all read them: at a word start, whole where a term must be, not before what may not
// follow it, and near the decision word some need.
import { PROMISE_KINDS, PROMISE_TERMS, type PromiseKind } from './promise-terms';
import { NEEDS_AROUND, NEEDS_NEAR, NOT_FOLLOWED_BY, NOT_IN_QUESTION, PATTERN_TERMS, WHOLE_WORDS } from './promise-term-rules';
import { escapeRegExp } from '../regexp';
import { lowerSameLength } from './lower-case';

// A term at a word start ("refund" in "refunded", not in "prerefund"), at a word end too for WHOLE_WORDS, and
// not before what NOT_FOLLOWED_BY names; a PATTERN_TERMS one is its own pattern. The word-start test is the
// group's (termPattern); the end is its run's (alternation).
function source(term: string): { body: string; tail: string } {
  if (PATTERN_TERMS.has(term)) return { body: term, tail: '' };
  const key = term.toLowerCase();
  const end = WHOLE_WORDS.has(key) ? '(?![\\p{L}])' : '';
  const not = NOT_FOLLOWED_BY[key] ? `(?!${NOT_FOLLOWED_BY[key].map(escapeRegExp).join('|')})` : '';
  return { body: escapeRegExp(term), tail: end + not };
}

// The terms in their order, a run of terms with the same end written once after the run: "(?:a|b)(?!x)" finds
// what "a(?!x)|b(?!x)" does. Thirty-five "…the difference" terms each followed by the fourteen things a
// difference may be in ("the difference in size") made the refund pattern 9 KB.
function alternation(terms: readonly { body: string; tail: string }[]): string {
  const runs: { bodies: string[]; tail: string }[] = [];
  for (const { body, tail } of terms) {
    const last = runs[runs.length - 1];
    if (last && last.tail === tail) last.bodies.push(body);
    else runs.push({ bodies: [body], tail });
  }
  return runs.map(({ bodies, tail }) => (tail ? `(?:${bodies.join('|')})${tail}` : bodies.join('|'))).join('|');
}

// A group whose term needs a word near it or around it (the delivery guarantee's forty words, each with its
// delivery word and day): its own pattern, compiled only once a draft holds one of its terms. Such a pattern
// names the nearby words twice or three times (tens of KB of source): compiled on first use, and again for the
// first two-byte draft (a '’', a '€' or an emoji), it made the first promise check take a second (chk12).
class NearGroup {
  private full: RegExp | undefined;
  constructor(
    private readonly source: string,
    private readonly flags: string,
    private readonly terms: RegExp,
  ) {}
  /** The group's first match from `from`, or null; its full pattern run only from the first of its terms. */
  exec(text: string, from: number): RegExpExecArray | null {
    this.terms.lastIndex = from;
    const term = this.terms.exec(text);
    if (!term) return null;
    this.full ??= new RegExp(this.source, this.flags);
    this.full.lastIndex = term.index;
    return this.full.exec(text);
  }
}

// The text in lower case, character for character (indices unchanged): the patterns are compiled without the
// 'i' flag and read it (legal-admission's 1 KB of words: 33 ms with 'iu', 1.4 ms with 'u'; see lower-case.ts).
let lastText = '';
let lastLower = '';
function lowered(text: string): string {
  if (text === lastText) return lastLower;
  const lower = lowerSameLength(text);
  lastText = text;
  lastLower = lower;
  return lower;
}

/**
 * Finds what one case-insensitive pattern of all its groups would (the first match from where it starts, the
 * earlier group on a tie), with the groups that need a nearby word run apart (NearGroup). A RegExp, so `exec`,
 * `test`, `search` and `lastIndex` work as they did (not matchAll, replace or split: they copy the pattern
 * without its groups); its `source` is the groups without a nearby word only, its terms are lower case.
 */
class TermPattern extends RegExp {
  constructor(
    plain: string,
    flags: string,
    private readonly near: readonly NearGroup[] = [],
  ) {
    super(plain, flags);
  }
  override exec(text: string): RegExpExecArray | null {
    const lower = lowered(text);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    let best = super.exec(lower);
    for (const group of this.near) {
      const m = group.exec(lower, from);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (this.global || this.sticky) this.lastIndex = best ? best.index + best[0].length : 0;
    // The match as the text writes it.
    if (best) {
      best[0] = text.slice(best.index, best.index + best[0].length);
      best.input = text;
    }
    return best;
  }
}

/** A pattern that finds any of `terms` as the promise check does, case-insensitively; `g` for every occurrence. */
export function termPattern(terms: readonly string[], flags: 'iu' | 'giu' = 'iu'): RegExp {
  // Terms are grouped by what they share, each test written once per group: the word start (a copy of
  // "(?<![\p{L}])" per term made the pattern take over a second to compile) and the word that must stand
  // near them (the delivery guarantee words are forty). A term that starts with an apostrophe ("'s on us")
  // follows a letter by design.
  const groups = new Map<
    string,
    { start: boolean; near: string | undefined; around: readonly string[] | undefined; bodies: { body: string; tail: string }[] }
  >();
  for (const term of terms) {
    const start = /^\p{L}/u.test(term);
    const near = NEEDS_NEAR[term.toLowerCase()];
    const around = NEEDS_AROUND[term.toLowerCase()];
    const id = `${start}|${near ?? ''}|${around?.join('|') ?? ''}`;
    const group = groups.get(id) ?? { start, near, around, bodies: [] };
    group.bodies.push(source(term));
    groups.set(id, group);
  }
  const plain: string[] = [];
  const near: NearGroup[] = [];
  for (const { start, near: word, around, bodies } of groups.values()) {
    // Arabic writes "and"/"so" on the word ("وسنعوضك", and we will compensate you): one may come first.
    const body = `${start ? '(?<![\\p{L}])(?:[وف](?=[\\u0621-\\u064A]))?' : ''}(?:${alternation(bodies)})`;
    if (!word) {
      plain.push(body);
      continue;
    }
    // The term with its word after it, or before it: within 60 characters of the same sentence; or with
    // NEEDS_AROUND's parts on either side, within 40. The term first, the look-arounds after it: a
    // lookbehind in front would run at every position of the text.
    const either = around ? `|(?<=${around[0]}[^.!?\\n]{0,40}${body})(?=[^.!?\\n]{0,40}${around[1]})` : '';
    const whole = `${body}(?:(?=[^.!?\\n]{0,60}${word})|(?<=${word}[^.!?\\n]{0,60}${body})${either})`;
    near.push(new NearGroup(whole, 'gu', new RegExp(body, 'gu')));
  }
  // No group without a nearby word: a pattern that never matches.
  return new TermPattern(plain.length ? `(?:${plain.join('|')})` : '(?!)', flags.replace('i', ''), near);
}

/** Any term that promises nothing asked in a question (NOT_IN_QUESTION). */
export const QUESTION_ONLY_ASKS = termPattern([...NOT_IN_QUESTION]);

/** Each kind's terms, `g` for every occurrence (matchAll); `search` ignores the flag's lastIndex. */
export const KIND_PATTERNS = Object.fromEntries(PROMISE_KINDS.map((kind) => [kind, termPattern(PROMISE_TERMS[kind], 'giu')])) as Record<
  PromiseKind,
  RegExp
>;

/** Whether `text` holds any promise term of any kind: kind by kind, not one pattern of them all (its tens of KB
 * of source cost hundreds of milliseconds to compile in a fresh process, for what the kinds' patterns know). */
export const hasPromiseTerm = (text: string): boolean => PROMISE_KINDS.some((kind) => text.search(KIND_PATTERNS[kind]) >= 0);

/** The kinds of promise `text` holds ("credit" for "ruled in your favour" and "in your favor" alike). */
export const promiseKindsIn = (text: string): Set<PromiseKind> =>
  new Set(PROMISE_KINDS.filter((kind) => text.search(KIND_PATTERNS[kind]) >= 0));
