// Promises in a draft (refunds, credits, discounts…) and whether the cited knowledge backs them (issue 5
// item 4). A flag costs the agent a glance; a missed promise costs the company money.
import type { CheckContext } from './prompt';
import { isRefusedInSentence, splitClauses } from './promise-negation';
import { particulars, sums } from './promise-particulars';
import { splitSentences } from './split-sentences';
import { PROMISE_KINDS, type PromiseKind } from './promise-terms';
import { KIND_PATTERNS, QUESTION_ONLY_ASKS, hasPromiseTerm } from './promise-term-pattern';

// Kinds read in the whole sentence, not clause by clause: a guarantee stands apart from the date it
// guarantees ("You'll have it by Friday, guaranteed.", "Wir garantieren, dass es am Freitag ankommt."). Its
// pattern keeps the two within one sentence; a negation still counts in the guarantee's own clause only.
const SENTENCE_KINDS: ReadonlySet<PromiseKind> = new Set(['delivery-guarantee']);

/**
 * Whether `clause` promises `kind`: one of its words for it is not refused ("No problem, we will refund
 * you"), and in a `question` is not one that there only asks ("Will we return the money if…?").
 */
// Matches are read one by one up to the first that promises: a whole sentence may hold hundreds. With the shared
// pattern's own exec, not matchAll: matchAll copies the (very large) pattern for every clause, and once garbage
// collection has emptied V8's regexp cache each copy is compiled again, which made 20 000 characters of "1\n" (10 000
// clauses) take seconds, growing faster than the draft.
function promises(clause: string, kind: PromiseKind, question = false): boolean {
  const pattern = KIND_PATTERNS[kind];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clause); m !== null; m = pattern.exec(clause)) {
    if (m[0] === '') pattern.lastIndex++;
    else if (
      !isRefusedInSentence(clause, m.index, m.index + m[0].length) &&
      !(question && QUESTION_ONLY_ASKS.test(m[0])) &&
      !isTopic(clause, m.index)
    )
      return true;
  }
  return false;
}

// The word as what a call or a look is about: "we will call you about the refund", "wegen Ihrer Rückerstattung",
// "au sujet de votre remboursement" (round 12). Not when the clause names a sum: "we will call you about the
// refund of €500 we are sending you" still gives it.
const TOPIC_BEFORE =
  /(?<![\p{L}])(?:about|regarding|concerning|wegen|bezüglich|au sujet de|concernant|à propos de|sobre|acerca de|riguardo a|riguardo al(?:la)?|in merito a(?:l(?:la)?)?|omtrent|angående|بشأن)\s+(?:(?:the|your|this|ihrer?|ihres|der|des|dem|den|votre|vos|la|le|les|l'|su|sus|el|la|tu|il|suo|sua|uw|je|het|de|din|ditt|dina|er|ert)\s*)?$/iu;
const isTopic = (clause: string, at: number) => TOPIC_BEFORE.test(clause.slice(Math.max(0, at - 40), at)) && !sums(clause).length;
/** The clauses of a sentence (or of a snippet) that promise `kind`; the whole text for SENTENCE_KINDS. */
const affirmative = ({ text, clauses, question = false }: { text: string; clauses: string[]; question?: boolean }, kind: PromiseKind) =>
  (SENTENCE_KINDS.has(kind) ? [text] : clauses).filter((clause) => promises(clause, kind, question));
const isQuestion = (sentence: string) => /[?？؟]\s*$/u.test(sentence);
/** A clause that only refuses ("we cannot refund the €500 fee"): what it names is not promised. */
const refuses = (clause: string) => hasPromiseTerm(clause) && !PROMISE_KINDS.some((kind) => promises(clause, kind));

// What a promise names is read from its whole sentence, not its clause: "We will refund you: €500, today"
// and "We will refund you (€500) today" promise €500 today. The next sentence of the same paragraph adds
// its sums of money only: a draft says "We will refund you in full. That is €500." to put a figure on the
// promise, while its other numbers and days belong to what that sentence does ("We will call you at
// +44 20 7946 0018 today"). Reading further would make every later figure in a reply the promise's.
const named = (clauses: string[], next = '') => [
  ...clauses.flatMap((clause) => (refuses(clause) ? [] : particulars(clause))),
  ...splitClauses(next).flatMap((clause) => (refuses(clause) ? [] : sums(clause))),
];

/**
 * A promise is backed by a cited snippet that states the same kind of promise affirmatively (in any
 * language: the knowledge base may be English while the customer writes German) and names every amount,
 * duration, date or deadline the promise names. Sharing a word is not enough: a snippet on refunds within
 * 14 days does not back "we will refund €500 today"; "we do not offer refunds" backs nothing.
 */
export function unbackedPromises(text: string, citations: string[], context: CheckContext) {
  // What does not depend on the kind is worked out once: the clauses of each cited snippet and of each
  // sentence of the draft, and (when a first kind's promise is found in a sentence) what it names.
  const cited = context.snippets.filter((s) => citations.includes(s.id)).map((s) => ({ text: s.text, clauses: splitClauses(s.text) }));
  const sentences = text
    .split(/\n\s*\n/)
    .map(splitSentences)
    .flatMap((list) =>
      list.map((sentence, i) => ({ text: sentence, next: list[i + 1], clauses: splitClauses(sentence), question: isQuestion(sentence) })),
    );
  const namesRead = new Map<number, string[]>();
  const namedIn = (i: number) => {
    let names = namesRead.get(i);
    if (!names) namesRead.set(i, (names = named(sentences[i]!.clauses, sentences[i]!.next)));
    return names;
  };
  const flags: { kind: 'unbacked-promise'; detail: string }[] = [];
  for (const kind of PROMISE_KINDS) {
    const backing = cited.filter((s) => affirmative(s, kind).length).map((s) => new Set(particulars(s.text)));
    const backed = (names: string[]) => backing.some((stated) => names.every((p) => stated.has(p)));
    const at = sentences.findIndex((sentence, i) => affirmative(sentence, kind).length && !backed(namedIn(i)));
    if (at < 0) continue;
    const clause = affirmative(sentences[at]!, kind)[0]!;
    flags.push({ kind: 'unbacked-promise', detail: `${kind}: "${clause.trim().slice(0, 120)}" is not backed by a cited snippet` });
  }
  return flags;
}
