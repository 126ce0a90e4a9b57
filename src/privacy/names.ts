// Names are what regexes miss (field notes), so we use what the ticket tells us: the requester's and
// authors' names, names after a greeting ("Hi Anna", "Sehr geehrte Frau Müller", "مرحبا أحمد"), names
// under a closing ("Best regards,\nAnna Schmidt"), and names after an honorific ("Herr Weber").
import type { Span } from './patterns';
import { ARABIC_CLOSINGS, ARABIC_GREETINGS, CLOSINGS, COMPANY_FORMS, GREETINGS, HONORIFIC, NOT_NAMES, NOT_NAMES_AR } from './name-openers';
import { ARABIC_RELATIONS, INTRODUCTIONS, NAME_ONLY_INTRODUCTIONS, RELATIONS } from './name-introducers';
import { escapeRegExp } from '../regexp';

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
// Vowel marks and the tatweel may be written inside the word ("مُحَمَّد").
const ARABIC_WORD = '[\\u0621-\\u064A](?:[\\u0621-\\u064A]|\\u0640|\\p{Mn})+';

// An apostrophe is typed straight or curly ("je m’appelle", "I’m": phones and Macs put the curly one).
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/'/g, "['’]"))
    .join('|');

const GREETING_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(GREETINGS)})[ \\t,]+(?:${HONORIFIC} )?(${NAME_WORD}(?: ${NAME_WORD})?)(?=[ \\t]*[,!.:\\n]|$)`,
  'gu',
);
const GREETING_NAME_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(ARABIC_GREETINGS)})[ \\t،,]+(${ARABIC_WORD}(?: ${ARABIC_WORD})?)`,
  'gu',
);
// People write closings as they like: "Best regards", "Best Regards", "best regards".
const closingForms = (closings: string[]) =>
  closings.flatMap((c) => [c, c.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase()), c[0]!.toLowerCase() + c.slice(1)]);
// Name particles: "Sanne van Dijk", "María de la Cruz", "Jan ter Horst", "Annegret von der Heyde",
// "João dos Santos".
const PARTICLE =
  "(?:van der |van den |van de |van 't |van |de la |de los |de las |de |von der |von dem |von |vom |zu |da |das |dos |do |di |della |del |af |ter |ten |du |des )";
// Initials before a name: "P. Jansen", "J. R. Smith".
const INITIALS = '(?:\\p{Lu}\\. ?){0,3}';
// The name may follow after a blank line, and have up to four parts ("María José García López"). No two
// blank runs meet: "Regards" and 64 K spaces would split n ways (it took 1 s at 20 K before).
// A second closing under the first ("Merci.\nCordialement,\nAnne") is not the name; the one under it is.
// Under the closing, the name's line may go on with a comma, a bracket or a bar ("Rachel (Billing)",
// "Anna Schmidt | Support"); on the closing's own line only with a phone ("Mvh Sofia Nilsson, 076-…"):
// "Thanks, Netflix, for charging me twice" names a company, not the writer.
const CLOSING_ALTERNATION = `(?:${alternation(closingForms(CLOSINGS))})`;
// A last name may be an initial ("Dana W."). The e-mail signature's "-- " line opens a signature like a closing.
// Also after initials ("D. Whitfield"), and the last initial without its dot ("Dana W").
const SIGNED_NAME = `(?!${CLOSING_ALTERNATION}(?![\\p{L}]))(${INITIALS}${NAME_WORD}(?: ${PARTICLE}?${NAME_WORD}){0,3}(?: \\p{Lu}(?:\\.|(?![\\p{L}])))?)[ \\t]*`;
const CLOSING_NAME = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*(?:${CLOSING_ALTERNATION}|--)[ \\t]*(?:[,!.][ \\t]*)?(?:(?:\\n[ \\t]*){1,2}${SIGNED_NAME}(?=\\n|$|[,(|])|${SIGNED_NAME}(?=\\n|$|,[ \\t]*[+(\\d]))`,
  'gu',
);
// On the next line, or on the same line after a comma ("مع تحياتي، أحمد الحربي").
const CLOSING_NAME_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(ARABIC_CLOSINGS)})(?:[ \\t]*[،,][ \\t]*|[ \\t،,]*\\n[ \\t]*)(${ARABIC_WORD}(?: ${ARABIC_WORD})?)[ \\t]*(?=\\n|$)`,
  'gu',
);
const INTRODUCTION_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(INTRODUCTIONS.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]))}) (${INITIALS}${NAME_WORD}(?: ${PARTICLE}?${NAME_WORD}){0,3})(?![\\p{L}])`,
  'gu',
);
// A name in lower case ("hello my name is dana whitfield and…") only after words that introduce nothing but a
// name, as two words that end the clause or go on with "and"; "my name is spelled wrong on the invoice",
// "my name is not on the parcel" name no one.
const LOWER_WORD = "\\p{Ll}[\\p{Ll}'’-]+";
const LOWER_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(NAME_ONLY_INTRODUCTIONS)}) (${LOWER_WORD} ${LOWER_WORD})(?=[ \\t]*(?:[,.;!?\\n]|$)|[ \\t]+(?:and|und|en|och|et|y|e)(?![\\p{L}]))`,
  'giu',
);
// Two words in lower case alone on the line under a closing ("Regards,\ndana whitfield").
const LOWER_SIGNED_NAME = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*${CLOSING_ALTERNATION}[ \\t]*(?:[,!.][ \\t]*)?\\n[ \\t]*(${LOWER_WORD} ${LOWER_WORD})[ \\t]*(?=\\n|$)`,
  'gu',
);
const NOT_LOWER_NAMES = new Set(
  'not also still now spelled written wrong missing correct incorrect different same changed misspelled on in at the a an my your is was team sent from falsch nicht geschrieben richtig pas mal écrit incorrect no mal escrito non sbagliato errado fel inte niet verkeerd fout'.split(
    ' ',
  ),
);

// "Dana Whitfield here, …" at a line's start; a first name alone only after a greeting ("Hi, Dana here."):
// "Nothing here", "Same here" start lines too.
const HERE_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:(?:${alternation(GREETINGS)})[ \\t,!.]+(${NAME_WORD})|(${NAME_WORD}(?: ${PARTICLE}?${NAME_WORD}){1,2})) here(?=[ \\t]*[,.!:;\\n]|$)`,
  'gu',
);
const INTRODUCTION_NAME_AR = new RegExp(`(?:أنا|اسمي|معك) (${ARABIC_WORD}(?: ${ARABIC_WORD})?)`, 'gu');
const RELATION_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(RELATIONS)})[,:]? (?:${HONORIFIC} )?(${NAME_WORD}(?: ${PARTICLE}?${NAME_WORD}){0,2})(?![\\p{L}])`,
  'gu',
);
const RELATION_NAME_AR = new RegExp(`(?:${alternation(ARABIC_RELATIONS)}) (${ARABIC_WORD}(?: ${ARABIC_WORD})?)`, 'gu');
// Titles stack ("Herr Dr. Jonas Hartmann"): the name is what follows the last one.
const HONORIFIC_NAME = new RegExp(
  `(?<![\\p{L}])${HONORIFIC}(?: ${HONORIFIC})* (${INITIALS}${NAME_WORD}(?: ${PARTICLE}?${NAME_WORD}){0,2})`,
  'gu',
);
// A full name set after one so named, the way a writer says who they are: "la moglie del sig. Russo, Anna
// Bianchi." Two name words, then the clause ends.
const HONORIFIC_APPOSITION = new RegExp(
  `(?<![\\p{L}])${HONORIFIC} ${NAME_WORD}, (${NAME_WORD} ${PARTICLE}?${NAME_WORD})(?=[.,;!?\\n]|$)`,
  'gu',
);
const TITLE_WORD = new RegExp(`^${HONORIFIC}$`, 'u');

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
function predicateAfter(introduction: string, after: string): boolean {
  if (!COPULAS.has(introduction.trim().toLowerCase())) return false;
  const next = /^ (\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && !AFTER_NAME.has(next);
}

// A department signs like a person: "Hälsningar\nEkonomiavdelningen", "Groeten,\nDe Boekhouding".
const DEPARTMENT =
  /(?:avdelning(?:en)?|abteilung|afdeling|boekhouding|buchhaltung|administratie|administration|kundtjänst(?:en)?|kundendienst|kundenservice|klantenservice|ekonomi|redovisning(?:en)?|comptabilité|contabilidad|contabilità)$/iu;

function cleanName(name: string, arabic: boolean, after: string): string | null {
  // A company is no person: "namens Müller GmbH", "Kraft Bau AG", "Müller & Co. KG".
  const words = name.split(' ');
  if (!arabic && (words.some((word) => COMPANY_FORMS.has(word) || DEPARTMENT.test(word)) || COMPANY_AFTER.test(after))) return null;
  // Keep the leading run of name words: "Anna Team" → "Anna", "Team Anna" → nothing.
  const stop = arabic ? NOT_NAMES_AR : NOT_NAMES;
  const kept: string[] = [];
  for (const word of words) {
    if (stop.has(arabic ? word.replace(ARABIC_MARK, '') : word)) break;
    if (!kept.length && TITLE_WORD.test(word)) continue; // a title is not a name ("Dr" of "Dr. Oetker")
    kept.push(word);
  }
  const result = kept.join(' ');
  return result.length >= 2 ? result : null;
}

/** Names a text introduces itself through greetings, closings and honorifics. */
export function namesInText(text: string): string[] {
  const names = new Set<string>();
  const add = (pattern: RegExp, arabic: boolean) => {
    for (const m of text.matchAll(pattern)) {
      // CLOSING_NAME and HERE_NAME have two places for the name (under the closing, or on its line).
      const found = m[1] ?? m[2];
      const end = m.index + m[0].length;
      const name = found && cleanName(found, arabic, text.slice(end, end + 12));
      // (A name cut short before a capitalised word, "I am Dana Whitfield Regarding the…", ends there.)
      const predicate =
        pattern === INTRODUCTION_NAME &&
        !!found &&
        name === found &&
        predicateAfter(m[0].slice(0, -found.length), text.slice(end, end + 20));
      if (name && !predicate) names.add(name);
    }
  };
  add(GREETING_NAME, false);
  add(GREETING_NAME_AR, true);
  add(CLOSING_NAME, false);
  add(CLOSING_NAME_AR, true);
  add(HONORIFIC_NAME, false);
  add(HONORIFIC_APPOSITION, false);
  add(INTRODUCTION_NAME, false);
  add(HERE_NAME, false);
  for (const pattern of [LOWER_NAME, LOWER_SIGNED_NAME])
    for (const m of text.matchAll(pattern)) if (!m[1]!.split(' ').some((w) => NOT_LOWER_NAMES.has(w.toLowerCase()))) names.add(m[1]!);
  add(INTRODUCTION_NAME_AR, true);
  add(RELATION_NAME, false);
  add(RELATION_NAME_AR, true);
  return [...names];
}

/** A full name plus its parts (first and last name alone), longest first so full names win. */
export function nameVariants(names: Iterable<string | null | undefined>): string[] {
  const variants = new Set<string>();
  for (const name of names) {
    const trimmed = name?.trim();
    if (!trimmed || trimmed.includes('@')) continue;
    const parts = trimmed.split(/\s+/);
    // A shared mailbox or a team ("info", "Support", "Acme Support") is not a person: its words are
    // ordinary words elsewhere in the ticket ("more info", "My Acme router"). Kept whole at most.
    // (All lowercase in a script with case: Arabic has none, and its names stay.)
    if (parts.length === 1 && (NOT_NAMES.has(trimmed) || (/\p{Ll}/u.test(trimmed) && !/\p{Lu}/u.test(trimmed)))) continue;
    variants.add(trimmed);
    if (parts.some((part) => NOT_NAMES.has(part))) continue;
    for (const part of parts) {
      if (part.length >= 3 && !NOT_NAMES.has(part) && !NOT_NAMES_AR.has(part) && /^[\p{Lu}\u0621-\u064A]/u.test(part)) variants.add(part);
    }
  }
  return [...variants].sort((a, b) => b.length - a.length);
}

// Letters that have no decomposition but are written for a plain one ("Yilmaz" for "Yılmaz", "Lodz" for
// "Łódź"), and the apostrophes a keyboard or a mail client puts for "'" ("O’Brien"). One unit each.
const ONE_UNIT_FOLD: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ħ: 'h',
  '’': "'",
  '‘': "'",
  ʼ: "'",
};
const ONE_UNIT_FOLDS = new RegExp(`[${Object.keys(ONE_UNIT_FOLD).join('')}]`, 'gu');
// Arabic vowel marks (harakat, the dagger alif: non-spacing marks) and the stretching tatweel: written or not, the name is the
// same ("مُحَمَّد", "محـــمد" for "محمد"). Known names are matched without them, and may have them after any
// letter in the text, so offsets stay those of the text.
const ARABIC_MARKS = '(?:\\u0640|\\p{Mn})';
const ARABIC_MARK = new RegExp(ARABIC_MARKS, 'gu');
const markedArabic = (pattern: string) => pattern.replace(/[\u0621-\u064A]/gu, (letter) => `${letter}${ARABIC_MARKS}*`);

/**
 * `text` with each character folded to lower case without its accents, where that keeps it one UTF-16
 * unit ("Å" → "a", "É" → "e"): offsets stay those of the text, so a match in the fold is a match in the text.
 */
function fold(text: string): string {
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  text = text.replace(ONE_UNIT_FOLDS, (ch) => ONE_UNIT_FOLD[ch]!);
  const cache = new Map<string, string>();
  const out: string[] = [];
  for (const ch of text) {
    let folded = cache.get(ch);
    if (folded === undefined) {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      folded = bare.length === ch.length ? bare : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
      cache.set(ch, folded);
    }
    out.push(folded);
  }
  return out.join('');
}

const lowerOnly = (s: string) => /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s);
const upperOnly = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
// Between two parts of one name written apart or the other way round: "WHITFIELD/DANA", "whitfield, dana".
const BETWEEN_PARTS = /^[ \t,/;]{1,3}$/u;

/**
 * The known names and their parts wherever they appear as whole words, in any case and with or without
 * accents ("DANA WHITFIELD", "dana whitfield", "Asa" for "Åsa"). A full name counts however it is
 * written, and so does a part written as a name ("Whitfield"). A part alone in lower case may be an
 * ordinary word (a "baker", a "rose", "will"): it counts only next to another part of a known name
 * ("whitfield, dana"). In capitals it counts when the words around it are not in capitals too ("I WILL
 * NOT PAY" shouts, it names no one), or next to another part ("WHITFIELD/DANA"). A first name in capitals
 * ("MAY", "WILL", "MARK", "BILL", "JUNE") is more often a word stressed than the person: alone it counts
 * only when nothing else but a label shares its line ("Card holder:\nMAY"). Surnames keep the rule
 * above: written in capitals is how many write them ("Please ask WHITFIELD"). `inTag`: the text is a
 * ticket's tag, where a part in lower case counts alone.
 */
export function findNames(text: string, variants: string[], inTag = false): Span[] {
  if (!variants.length) return [];
  const folded = [...new Set(variants.map((v) => fold(v.replace(ARABIC_MARK, ''))))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${folded.map((v) => markedArabic(escapeRegExp(v))).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const foldedText = fold(text);
  const matches = [...foldedText.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, whole: /\s/u.test(m[0]) }));
  const nextToPart = (i: number) =>
    [matches[i - 1], matches[i + 1]].some(
      (other) =>
        other &&
        BETWEEN_PARTS.test(
          other.start > matches[i]!.start ? text.slice(matches[i]!.end, other.start) : text.slice(other.end, matches[i]!.start),
        ) &&
        foldedText.slice(other.start, other.end) !== foldedText.slice(matches[i]!.start, matches[i]!.end),
    );
  // The first and middle names of the known full names, unless one is also someone's surname.
  const fullNames = folded.filter((v) => /\s/u.test(v)).map((v) => v.split(/\s+/u));
  const surnames = new Set(fullNames.map((parts) => parts.at(-1)!));
  const firstNames = new Set(fullNames.flatMap((parts) => parts.slice(0, -1)).filter((part) => !surnames.has(part)));
  // Nothing else on its line but a label before a colon; looks at most 60 characters each way.
  const aloneOnLine = (start: number, end: number) => {
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 60);
    const lineStart = before.lastIndexOf('\n');
    const lineEnd = after.indexOf('\n');
    if ((lineStart < 0 && start > 60) || (lineEnd < 0 && end + 60 < text.length)) return false;
    const rest = before.slice(lineStart + 1).replace(/^[^:]*:/u, '') + (lineEnd < 0 ? after : after.slice(0, lineEnd));
    return !/\p{L}/u.test(rest);
  };
  const shouting = (start: number, end: number) => {
    const around = [
      /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1],
      /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1],
    ];
    return around.some((word) => word !== undefined && word.length > 1 && upperOnly(word));
  };
  return matches
    .filter((m, i) => {
      const written = text.slice(m.start, m.end);
      if (m.whole) return true;
      // A tag is written in lower case ("vip_whitfield", "dana-whitfield"): a known part in it is the person.
      if (lowerOnly(written)) return inTag || nextToPart(i);
      if (upperOnly(written) && written.length > 1) {
        if (nextToPart(i)) return true;
        if (firstNames.has(foldedText.slice(m.start, m.end))) return aloneOnLine(m.start, m.end);
        return !shouting(m.start, m.end);
      }
      return true;
    })
    .map((m) => ({ start: m.start, end: m.end, type: 'NAME' as const }));
}
