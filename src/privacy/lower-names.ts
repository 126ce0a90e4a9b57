// Names written in lower case ("hello my name is dana whitfield", "Regards,\ndana whitfield"). Apart from
// names.ts because without a capital the only evidence is the words around: these rules read a name only
// after words that introduce nothing else, or alone under a closing, and drop ordinary words.
import { NAME_ONLY_INTRODUCTIONS } from './name-introducers';
import { PARTICLE, alternation, capitalised } from './name-words';
import { CLOSING_ALTERNATION } from './signed-names';

// A name in lower case ("hello my name is dana whitfield and…") only after words that introduce nothing but a
// name, as two words that end the clause or go on with "and", with a particle between ("klaus von becker",
// "anna van der berg"); "my name is spelled wrong on the invoice", "my name is not on the parcel" name no one.
const LOWER_WORD = "\\p{Ll}[\\p{Ll}'’-]+";
const LOWER_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(NAME_ONLY_INTRODUCTIONS)}) (${LOWER_WORD} ${PARTICLE}?${LOWER_WORD})(?=[ \\t]*(?:[,.;!?\\n]|$)|[ \\t]+(?:and|und|en|och|et|y|e)(?![\\p{L}]))`,
  'giu',
);
// Two words in lower case alone on the line under a closing ("Regards,\ndana whitfield").
const LOWER_SIGNED_NAME = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*${CLOSING_ALTERNATION}[ \\t]*(?:[,!.][ \\t]*)?\\n[ \\t]*(${LOWER_WORD} ${LOWER_WORD})[ \\t]*(?=\\n|$)`,
  'gu',
);
// "surname, given" in lower case alone on the line under a closing ("Hälsningar,\nnilsson, sofia"): read as
// "Sofia Nilsson", whose parts known-names.ts then finds next to each other.
// The surname may open with its particles ("van der berg, sanne") or have two words ("fernández ortega, lucía").
const LOWER_SURNAME_FIRST = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*${CLOSING_ALTERNATION}[ \\t]*(?:[,!.][ \\t]*)?\\n[ \\t]*(${PARTICLE}?${LOWER_WORD}(?: ${LOWER_WORD})?), (${LOWER_WORD})[ \\t]*(?=\\n|$)`,
  'gu',
);
export const NOT_LOWER_NAMES = new Set(
  (
    'yes no ok okay please thanks thank sorry again maybe hello hi bye ja nein nee nej oui non si sí sim não merci danke tack gracias obrigado bedankt not also still now spelled written wrong missing correct incorrect different same changed misspelled printed incorrectly wrongly shown displayed listed spelt misspelt on in at the a an my your is was team sent from falsch nicht geschrieben richtig pas mal écrit incorrect no mal escrito non sbagliato errado fel inte niet verkeerd fout see below above attached siehe unten oben anbei voir dessous ver abajo zie hieronder se nedan ovan veja abaixo' +
    // Farewells and assent written as "a b, c" under a closing ("alles klar, tschüss", "tot ziens, doei").
    ' alles klar tschüss tschüs ciao tot ziens doei groetjes hasta luego chao adiós adios pronto bientôt bisous salut hej då vi ses snart tchau até logo breve cool good great fine nice sounds perfect super prima gut bien bueno vale genial parfait bom ótimo cheers later soon take care schönen tag noch journée' +
    // The words red14's introductions (da/no, fi, cs, ru, el) meet before no name: "jeg hedder ikke …",
    // "jmenuji se špatně", "меня зовут не …", "με λένε λάθος".
    ' ikke noget intet ingen forkert feil rigtig riktig ei mitään väärin oikein ne nic není špatně správně не нет ничего неправильно правильно δεν τίποτα λάθος σωστά'
  ).split(' '),
);

/** The two-word lower-case names the text introduces or signs with, in text order per rule. */
export function lowerCaseNames(text: string): string[] {
  const names: string[] = [];
  for (const pattern of [LOWER_NAME, LOWER_SIGNED_NAME])
    for (const m of text.matchAll(pattern)) if (!m[1]!.split(' ').some((w) => NOT_LOWER_NAMES.has(w.toLowerCase()))) names.push(m[1]!);
  for (const m of text.matchAll(LOWER_SURNAME_FIRST))
    if (![...m[1]!.split(' '), m[2]!].some((w) => NOT_LOWER_NAMES.has(w))) names.push(`${capitalised(m[2]!)} ${capitalised(m[1]!)}`);
  return names;
}
