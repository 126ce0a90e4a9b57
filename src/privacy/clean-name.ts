// What of a matched name is a person's name: companies, departments, teams, brands, plans and titles taken off,
// the leading run of name words kept (names.ts finds the candidates; this decides what of each is a name).
import { ACADEMIC, HONORIFIC } from './name-greetings';
import { ARABIC_MARK, CAPITAL_PARTICLES, PARTICLE_WORDS } from './name-words';
import { NOT_NAMES_AR } from './not-names-arabic';
import { COMPANY_FORMS, NOT_NAMES, PLAN_WORDS, TEAM_WORDS, phraseLength } from './not-names';
import { isBrandName } from './brands';

const TITLE_WORD = new RegExp(`^(?:${HONORIFIC}|${ACADEMIC})$`, 'u');

// A legal form, or "&"/"und"/"and" and one, just after the name: "Müller & Co. KG", "Weber und Co".
const COMPANY_AFTER = new RegExp(`^ ?(?:(?:&|\\+|und|and) ?)?(?:${[...COMPANY_FORMS].join('|')})(?![\\p{L}\\p{N}-])`, 'u');

// "I am X", "this is X", "hier ist X" also say what something is: "I am Premium customer", "This is Amazon
// Prime related", "Hier ist Ärger vorprogrammiert". After such a copula, a capitalised word that a word in
// lower case follows is the predicate's start, unless that word goes on the way one does after a name
// ("I am Anna and…", "This is Anna from billing", "je suis Marie et…").
const COPULAS = new Set([
  'this is',
  "it's",
  'it is',
  'i am',
  "i'm",
  'ich bin',
  'hier ist',
  'ik ben',
  'jag är',
  'je suis',
  "c'est",
  'soy',
  'sono',
]);
const AFTER_NAME = new Set(
  'and from here calling writing speaking again with at of for on in again und von aus hier vom mit en van uit hier met och från här med et de du ici avec y e da di del desde aqui qui con'.split(
    ' ',
  ),
);
export function predicateAfter(introduction: string, after: string): boolean {
  if (!COPULAS.has(introduction.trim().toLowerCase())) return false;
  const next = /^ (\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && !AFTER_NAME.has(next);
}

// A department signs like a person: "Hälsningar\nEkonomiavdelningen", "Groeten,\nDe Boekhouding"; so does a
// team written as one word ("L'équipe Brightwell", "Brightwell-teamet", "Acme-Team").
const DEPARTMENT =
  /(?:l['’]équipe|-team(?:et|s)?|avdelning(?:en)?|abteilung|afdeling|boekhouding|buchhaltung|administratie|administration|kundtjänst(?:en)?|kundendienst|kundenservice|klantenservice|ekonomi|redovisning(?:en)?|comptabilité|contabilidad|contabilità)$/iu;

const isParticle = (word: string) => CAPITAL_PARTICLES.has(word) || PARTICLE_WORDS.has(word);

// After a title or a relation a team word is the person's team ("Mr Smith Customer Service"): Smith stays a name.
// `signed`: the name signs a text, where a wish or a feature may stand instead ("Thanks — Looking Forward").
export function cleanName(name: string, arabic: boolean, after: string, team = true, signed = false): string | null {
  // A company is no person: "namens Müller GmbH", "Kraft Bau AG", "Müller & Co. KG".
  let words = name.split(' ');
  if (!arabic && (words.some((word) => COMPANY_FORMS.has(word) || DEPARTMENT.test(word)) || COMPANY_AFTER.test(after))) return null;
  if (signed && !arabic) words = words.slice(phraseLength(words));
  if (!words.length) return null;
  // A brand first is the company or its product signing or named ("Thanks,\nSamsung", "This is Microsoft Teams").
  if (!arabic && isBrandName(words)) return null;
  // Keep the leading run of name words: "Anna Team" → "Anna", "Team Anna" → nothing.
  const stop = arabic ? NOT_NAMES_AR : NOT_NAMES;
  const kept: string[] = [];
  if (team && !arabic && words.length > 1 && TEAM_WORDS.has(words[1]!)) return null;
  // Under a closing, a plan's or an edition's word last makes the whole a product the writer uses ("Doctolib Pro",
  // "Allegro Smart"), not a person.
  if (signed && !arabic && words.length > 1 && PLAN_WORDS.has(words.at(-1)!)) return null;
  for (const [i, word] of words.entries()) {
    // A particle with a capital between name words is the name's ("Klaus Von Becker"), though "Von" alone is
    // the mail header's "From".
    // So is one in lower case ("Sanne Van der Berg"), and a name may open with two ("Van der Berg").
    const particle =
      !arabic &&
      isParticle(word) &&
      i < words.length - 1 &&
      (kept.length > 0 || (CAPITAL_PARTICLES.has(word) && PARTICLE_WORDS.has(words[i + 1]!)));
    if (!particle && stop.has(arabic ? word.replace(ARABIC_MARK, '') : word)) break;
    if (!kept.length && TITLE_WORD.test(word)) continue; // a title is not a name ("Dr" of "Dr. Oetker")
    kept.push(word);
  }
  // A particle ends no name ("Klaus Von" of "Klaus Von: …"), but may be one ("Hi Van,", "Del").
  while (kept.length > 1 && isParticle(kept.at(-1)!)) kept.pop();
  const result = kept.join(' ');
  return result.length >= 2 ? result : null;
}
