// Names read from whom something is for or from a title after them: a relation ("my wife Anna"), a parcel's
// addressee ("c/o Marek Nowak", "C/O MAREK NOWAK"), an Arabic relation, and Turkish's title after the given name
// ("Mehmet Bey"). Read by names.ts, which decides what of each match is a name.
import { ADDRESSEES, ARABIC_RELATIONS, RELATIONS } from './name-introducers';
import { ARABIC_WORD, CAPITAL_PARTICLE, NAME_WORD, alternation } from './name-words';
import { HONORIFIC } from './name-greetings';

/** A word list in its own case and capitalised, as one alternation. */
export const capitalisedToo = (words: string[]) => alternation(words.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]));

// Whom a parcel is for ("c/o Marek Nowak") is read as a relation is: a name follows, no predicate.
export const RELATION_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(RELATIONS)}|${capitalisedToo(ADDRESSEES)})[,:]? (?:${HONORIFIC} )?(${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){0,2})(?![\\p{L}])`,
  'gu',
);
// An addressee may be a firm's desk or depot ("c/o Regus Business Centre", "Attn: Billing Department"): no person.
export const ADDRESSEE_START = new RegExp(`^(?:${capitalisedToo(ADDRESSEES)})`, 'iu');
// A label printed in capitals names in capitals ("C/O MAREK NOWAK, UNIT 5, …"): two or three words of capitals.
export const CAPITALS_ADDRESSEE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(ADDRESSEES.map((a) => a.toUpperCase()))}) (\\p{Lu}{2,}(?:-\\p{Lu}{2,})?(?: \\p{Lu}{2,}(?:-\\p{Lu}{2,})?){1,2})(?![\\p{L}])`,
  'gu',
);
// Turkish puts the title after the given name ("Mehmet Bey", "Zeynep Hanım"): the word before it is the name,
// unless it is the salutation ("Sayın Hanımefendi", "Değerli Bey": Dear Madam, Dear Sir), or the title starts
// a proper noun of capitalised words ("Hanım Eli Tatlısı", a dessert; "Bey Sokak").
export const NAME_THEN_TITLE =
  /(?<![\p{L}])(?!(?:Sayın|Değerli|Sevgili|Saygıdeğer|Muhterem|Kıymetli|Merhaba|Selam|Sayin|Degerli) )(\p{Lu}\p{Ll}+) (?:Bey|Beyefendi|Hanım|Hanımefendi)(?![\p{L}]| \p{Lu}\p{Ll})/gu;
export const RELATION_NAME_AR = new RegExp(`(?:${alternation(ARABIC_RELATIONS)}) (${ARABIC_WORD}(?: ${ARABIC_WORD})?)`, 'gu');
