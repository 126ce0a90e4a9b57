// A negation that governs an ask: one before it in its own clause ("never share your recovery phrase", "no one will
// ever ask for your seed phrase"), or after it where German, Dutch, Swedish and French put it ("deaktivieren Sie sie
// nicht", "geben Sie keine Kartendaten heraus", "deel uw herstelzin nooit", "ne communiquez jamais le code"); not one
// after a comma ("senden Sie uns den Code, nicht vergessen", chk18); not one anywhere in the sentence ("send us your
// seed phrase, we never store it", "in case you ever lose access, send us …": review of chk17). Set phrases that warn
// of nothing ("don't worry", "no worries", "nicht vergessen", "glöm inte") are none (paid-at-link.ts). Reads lower-cased text; linear: a bounded look either side of each match.
import { NEGATION_LOWER } from './negations';
import { NOT_A_WARNING } from './paid-at-link';

const CLAUSE = String.raw`[^,;:.!?\n–—]`;
const NEGATED_BEFORE = new RegExp(
  String.raw`(?:${NEGATION_LOWER.source}|(?<![\p{L}])(?:no\s+one|nobody|ever)(?![\p{L}]))${CLAUSE}{0,60}$`,
  'u',
);
// A word that opens another clause, whose negation is its own: "send us your password so no one else can", "senden
// Sie uns Ihr Passwort damit niemand", "stuur ons uw wachtwoord zodat niemand", "skicka oss ditt lösenord så delar vi det
// inte", "envoyez-nous votre mot de passe pour que personne" (review of chk18). Not "en", "e", "y", "que", "att", "dat":
// they are also "in", "to", "that" inside a clause; nor "but", nor "and" before the negation, which contrast in the same
// clause: "envoyez-nous une photo mais jamais votre mot de passe", "schicken Sie uns ein Foto und niemals Ihr Passwort".
const NEXT_CLAUSE = String.raw`(?<![\p{L}])(?:(?:and|und|och|et)(?![\p{L}])(?!\s+(?:never|not|nie|niemals|nicht|kein\p{L}*|nooit|niet|geen|aldrig|inte|ingen|jamais|pas)(?![\p{L}]))|(?:so|because|we|damit|dass|daß|weil|wir|zodat|omdat|wij|så|eftersom|vi|pour|afin|parce|para|porque|nosotros|così|affinché|perché|noi|nós)(?![\p{L}]))`;
const NEGATED_AFTER = new RegExp(
  String.raw`^(?:(?!${NEXT_CLAUSE})${CLAUSE}){0,60}?(?<![\p{L}])(?:nicht|niemals|keinesfalls|kein\p{L}*|niemand\p{L}*|niet|nooit|geen|inte|aldrig|ingen|inga|inget|pas|jamais|personne|nadie|nessuno|ninguém|nobody|no\s+one)(?![\p{L}])`,
  'u',
);

/** The matches of `ask` (a /g pattern) in `s` with no negation governing them in their clause. */
export function undeniedAsks(s: string, ask: RegExp): RegExpExecArray[] {
  const plain = s.replace(NOT_A_WARNING, (m) => ' '.repeat(m.length));
  return [...plain.matchAll(ask)].filter(
    (m) =>
      !NEGATED_BEFORE.test(plain.slice(Math.max(0, m.index - 80), m.index)) &&
      !NEGATED_AFTER.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 80)),
  );
}

/** Whether some match of `ask` (a /g pattern) in `s` has no negation governing it in its clause. */
export const askedUndenied = (s: string, ask: RegExp) => undeniedAsks(s, ask).length > 0;
