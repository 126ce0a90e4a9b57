// Whether a promise word in a draft is refused ("we cannot refund", "eine Erstattung ist nicht möglich")
// or promised. A negation counts only where it governs the word: close to it and in the same clause.
// "We will refund the full €500 today so you don't lose out" promises; the "don't" is about the customer.

/**
 * Words that turn a promise into a refusal, and English's "n't" on any verb ("we don't refund", "it
 * isn't refundable").
 */
const NEGATIONS =
  /(?<![\p{L}])(?:not|cannot|can't|can’t|won't|won’t|unable|no|never|nicht|niemals|nie|kein|keine|keinen|niet|nooit|geen|inte|ingen|aldrig|لا|لن|ليس|لم|pas|aucun|aucune|jamais|no podemos|ningún|ninguna|nunca|non|nessun|nessuna|não|nenhum|nenhuma)(?![\p{L}])|\p{L}n['’]t(?![\p{L}])/iu;

// Set phrases that contain a negation word but refuse nothing: "No problem, we will refund you in full",
// "at no cost"; deadlines, which make a promise firmer ("we will refund you no later than Friday", Arabic
// "within a period not exceeding 14 days"); Portuguese "no" ("in the": "no seu cartão", "no prazo de").
const NEGATION_IDIOMS =
  /(?<![\p{L}])(?:at no (?:extra |additional )?(?:cost|charge)|no (?:seu|sua|nosso|nossa|prazo|máximo|cartão)|no problem|no worries|not a problem|not at all|kein problem|keine sorge|geen probleem|geen zorgen|inga problem|ingen fara|pas de (?:problème|souci)|aucun problème|sin problema|ningún problema|no hay problema|nessun problema|sem problema|sem custo nenhum|sem nenhum custo|لا مشكلة|لا بأس|not? later than|nicht später als|niet later dan|inte senare än|pas plus tard|no más tarde|non oltre|non più tardi|não mais tarde|لا [يت]تجاوز)(?![\p{L}])/giu;

// Negation reaches to the end of its clause, not across a comma or a "but": "No problem, we will refund
// you" promises; "we cannot refund the item, but we will send a new one" refuses only the refund. French
// "mais" is "but"; Portuguese "não mais tarde" ("no later") is a deadline and stays one clause. A comma
// inside a number ("€1,500", "10,50 €") is no break: the amount stays whole for the backing check.
const CLAUSE_BREAK =
  /,(?!\d)|[;:،؛–—()\n]|[.!?؟。](?=\s|$)|(?<![\p{L}])(?:but|however|although|aber|jedoch|doch|sondern|maar|echter|men|utan(?! (?:extra )?(?:kostnad|avgift))|(?<!não )mais|cependant|pero|sino|sin embargo|ma|però|mas|porém|لكن|ولكن)(?![\p{L}])/giu;

/** The clauses of `text`: the span a negation word can govern. */
export function splitClauses(text: string): string[] {
  return text.split(CLAUSE_BREAK).filter((c) => c && c.trim());
}

// How much of the text around a word a negation is looked for in: far more than REACH_BEFORE and
// REACH_AFTER words, and a bound, so a 16 kB run-on sentence full of refused words stays linear.
const WINDOW = 300;

/**
 * Whether the word at `start`..`end` of `text` (a clause or a whole sentence) is refused within its own
 * clause: a promise read across clauses ("Don't worry, we guarantee delivery on Friday") is refused by
 * its clause only.
 */
export function isRefusedInSentence(text: string, start: number, end: number): boolean {
  const offset = Math.max(0, start - WINDOW);
  const near = text.slice(offset, end + WINDOW);
  let from = 0;
  let to = near.length;
  for (const m of near.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start - offset) from = m.index + m[0].length;
    else if (m.index >= end - offset) {
      to = m.index;
      break;
    }
  }
  return isRefused(near.slice(from, to), start - offset - from, end - offset - from);
}

// Conjunctions that open a clause of its own inside a sentence ("…today so you don't lose out", "…since
// it wasn't your fault"): a negation behind one is about that clause, not the promise before it.
const CONJUNCTIONS =
  /(?<![\p{L}])(?:so|and|since|because|which|as|und|weil|damit|sodass|zodat|omdat|och|eftersom|car|puisque|porque|perché|poiché|siccome)(?![\p{L}])/giu;

// How many words may stand between a negation and the word it refuses. Before it, the refusals agents
// write: "we won't be able to refund" (3), "we are not able to offer you a refund" (5), "we're not in a
// position to issue a refund" (6). After it: "eine Erstattung von Gutscheinen ist leider nicht möglich"
// (4, German puts "nicht" late), but not "we will compensate you with €100 for the trouble we didn't
// foresee" (7).
const REACH_BEFORE = 6;
const REACH_AFTER = 4;

/**
 * Whether the promise word at `start`..`end` of `clause` is refused: a negation within REACH_BEFORE words before
 * it ("we cannot refund"), or after it for a noun or a late verb negation ("refunds are not possible",
 * "wir erstatten digitale Käufe nicht"), with no conjunction in between.
 */
function isRefused(clause: string, start: number, end: number): boolean {
  // Idioms blanked at the same length, so that the word's offsets stay valid.
  const plain = clause.replace(NEGATION_IDIOMS, (idiom) => ' '.repeat(idiom.length));
  const before = plain.slice(0, start).split(CONJUNCTIONS).at(-1)!;
  // The rest of the word ("refund|s are not") is part of it, not a word between.
  const after = plain
    .slice(end)
    .replace(/^\p{L}*/u, '')
    .split(CONJUNCTIONS)[0]!;
  const near = [...words(before).slice(-REACH_BEFORE - 1), '|', ...words(after).slice(0, REACH_AFTER + 1)];
  return NEGATIONS.test(near.join(' '));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
