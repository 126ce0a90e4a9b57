// Names are what regexes miss (field notes), so we use what the ticket tells us: the requester's and
// authors' names, names after a greeting ("Hi Anna", "Sehr geehrte Frau Müller", "مرحبا أحمد"), names
// under a closing ("Best regards,\nAnna Schmidt"), and names after an honorific ("Herr Weber").
// What of a candidate is a person's name is decided by cleanName (clean-name.ts). Signatures are read in
// signed-names.ts, names in lower case in lower-names.ts, names after a relation, an addressee or before a title
// are matched by relation-names.ts, and the known names are found in the text by known-names.ts.
import { ACADEMIC, ARABIC_GREETINGS, GREETINGS, HONORIFIC } from './name-greetings';
import { INTRODUCTIONS, NAME_ONLY_INTRODUCTIONS, SENTENCE_START_INTRODUCTIONS } from './name-introducers';
import { ARABIC_WORD, CAPITAL_PARTICLE, CAPITAL_PARTICLES, INITIALS, NAME_WORD, PARTICLE_WORDS, alternation } from './name-words';
import { ADDRESSEE_START, CAPITALS_ADDRESSEE, NAME_THEN_TITLE, RELATION_NAME, RELATION_NAME_AR, capitalisedToo } from './relation-names';
import { ARABIC_PARTICLES, NOT_NAMES_AR } from './not-names-arabic';
import { NOT_NAMES, ORGANISATION_WORDS, PERSON_BRANDS, PLAN_WORDS, TEAM_WORDS } from './not-names';
import { isBrandName } from './brands';
import { CAPITALS_NOT_SURNAMES, PRODUCT_LINE, SHORT_SURNAMES } from './capital-surnames';
import { cleanName, predicateAfter } from './clean-name';
import { lowerCaseNames } from './lower-names';
import { headerNames, quotedWriters } from './mail-headers';
import {
  CLOSING_NAME,
  CLOSING_NAME_AR,
  GIVEN,
  SURNAME,
  SURNAME_FIRST_SIGNED,
  SURNAME_FIRST_SIGNED_AR,
  dashSignedNames,
} from './signed-names';

const GREETING_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(GREETINGS)})[ \\t,]+(?:${HONORIFIC} )?(${NAME_WORD}(?: ${NAME_WORD})?)(?=[ \\t]*[,!.:\\n]|$)`,
  'gu',
);
const GREETING_NAME_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(ARABIC_GREETINGS)})[ \\t،,]+(${ARABIC_WORD}(?: ${ARABIC_WORD})?)(?=[ \\t]*[،,!.:؟?\\n]|$)`,
  'gu',
);
const INTRODUCTION_NAME = new RegExp(
  `(?:(?<![\\p{L}])(?:${capitalisedToo(INTRODUCTIONS)})|(?<=(?:^|[\\n.!?,:])[ \\t]{0,3})(?:${capitalisedToo(SENTENCE_START_INTRODUCTIONS)})) (${INITIALS}${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){0,3})(?![\\p{L}])`,
  'gu',
);
// "Surname, Given" after words that introduce nothing but a name ("My name is Becker, Klaus."), the clause
// ending there or going on with "and": "my name is Becker, please…" has no given name after the comma.
const SURNAME_FIRST_INTRODUCED = new RegExp(
  `(?<![\\p{L}])(?:${alternation(NAME_ONLY_INTRODUCTIONS)}):? (${SURNAME}), (${GIVEN})(?=[ \\t]*(?:[.;!?\\n]|$)|[ \\t]+(?:and|und|en|och|et|y|e)(?![\\p{L}]))`,
  'giu',
);

// "Dana Whitfield here, …" at a line's start; a first name alone only after a greeting ("Hi, Dana here."):
// "Nothing here", "Same here" start lines too.
const HERE_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:(?:${alternation(GREETINGS)})[ \\t,!.]+(${NAME_WORD})|(${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){1,2})) here(?=[ \\t]*[,.!:;\\n]|$)`,
  'gu',
);
const INTRODUCTION_NAME_AR = new RegExp(`(?:أنا|اسمي|معك) (${ARABIC_WORD}(?: ${ARABIC_WORD})?)`, 'gu');
// Titles stack ("Herr Dr. Jonas Hartmann"): the name is what follows the last one. Four at most: unbounded, a
// run of titles without a name ("paní paní …", 64 KB) was read to its end from each title, quadratic.
const HONORIFIC_NAME = new RegExp(
  `(?<![\\p{L}])${HONORIFIC}(?: (?:${HONORIFIC}|${ACADEMIC})){0,4} (${INITIALS}${CAPITAL_PARTICLE}?${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){0,2})`,
  'gu',
);
// A full name set after one so named, the way a writer says who they are: "la moglie del sig. Russo, Anna
// Bianchi." Two name words, then the clause ends.
const HONORIFIC_APPOSITION = new RegExp(
  `(?<![\\p{L}])${HONORIFIC} ${NAME_WORD}, (${NAME_WORD} ${CAPITAL_PARTICLE}?${NAME_WORD})(?=[.,;!?\\n]|$)`,
  'gu',
);
// Arabic titles anywhere in a sentence ("مع الأستاذة نورة بنت عبدالله القحطاني", "— م. خالد العتيبي"): a
// name word, a "bin/bint" and the father's name, and one more word (the family's). Not "السيد": it is a
// family name too ("زميلي أحمد السيد قدم الطلب"); it greets at a line's start (ARABIC_GREETINGS). Not after a
// place's word: streets, hospitals, schools are named after titled people ("شارع الشيخ زايد", "مستشفى الدكتور
// سليمان الحبيب"); and "م."/"د." after a number are a year's era or an hour's, a minute's ("عام ٢٠٢٤ م.").
const HONORIFIC_NAME_AR = new RegExp(
  `(?<![\\u0621-\\u064A])(?<!(?:شارع|طريق|مستشفى|مسجد|جامعة|مدرسة|مركز|حي|ميدان|مجمع|مؤسسة|جائزة|مطار) )(?:الأستاذ|الأستاذة|الدكتور|الدكتورة|المهندس|المهندسة|الشيخ|الشيخة|(?<![\\d\\u0660-\\u0669] ?)(?:د|م)\\.) (${ARABIC_WORD}(?: (?:بن|بنت|ابن) ${ARABIC_WORD})?(?: ${ARABIC_WORD})?)`,
  'gu',
);
// An emoji after a name ("— Dana 🙂", "Thanks,\nDana 👍") hides the line's end from the signature rules:
// they read the text without emoji (the names they return are strings, not offsets).
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]/gu;
// An emoji can sign as a dash does, with no closing before it ("Thanks for sorting it ✌️ Priyanka
// Raghunathan"): a full name (two words or more) after one, ending the line.
const EMOJI_SIGNED = new RegExp(
  `\\p{Extended_Pictographic}[\\p{Emoji_Modifier}\\uFE0F\\u200D]{0,4}[ \\t]+(${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){1,2})[ \\t]*(?=\\n|$)`,
  'gu',
);

// A text that opens with its subject's name, surname in capitals first, as forms and lists write it
// ("WHITFIELD Dana (account holder) asked me…", "LEE Dana asked…", "NG Wei (account holder)"): only at the
// text's very start, not a shouted word ("URGENT Refund", "HELLO Dana"), then a given name and a bracket, a
// comma or a lower-case word. Brands and carriers are written in capitals too: a surname of two or three
// capitals is one of the short East Asian surnames (SHORT_SURNAMES: no "API Key", "CEO Message"), and a product line's word is no given
// name ("IKEA Family card", "SONY Store").
const CAPITALS_SURNAME_FIRST = /^[ \t]*(\p{Lu}{2,}(?:-\p{Lu}{2,})?) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*[(,]| \p{Ll})/u;
function capitalsSurnameFirst(text: string): string | null {
  const m = CAPITALS_SURNAME_FIRST.exec(text);
  if (!m || CAPITALS_NOT_SURNAMES.has(m[1]!) || PRODUCT_LINE.has(m[2]!)) return null;
  if (/^\p{Lu}{2,3}$/u.test(m[1]!) && !SHORT_SURNAMES.has(m[1]!)) return null;
  const surname = m[1]!.replace(/\p{Lu}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());
  if (NOT_NAMES.has(surname) || NOT_NAMES.has(m[2]!)) return null;
  return cleanName(`${m[1]!} ${m[2]!}`, false, '');
}

/** The name a pattern's match `whole` gives (`found`, then the text `following` it), or null. */
function readName(pattern: RegExp, whole: string, found: string, following: string, arabic: boolean, team: boolean): string | null {
  const after = following.slice(0, 12);
  // An addressee may be a firm's desk or depot: "c/o DHL Fulfilment Centre".
  const addressee = (pattern === RELATION_NAME || pattern === CAPITALS_ADDRESSEE) && ADDRESSEE_START.test(whole);
  const words = found.split(' ').map((word) => word[0]! + word.slice(1).toLowerCase());
  if (addressee && words.some((word) => TEAM_WORDS.has(word) || ORGANISATION_WORDS.has(word) || PLAN_WORDS.has(word))) return null;
  if (pattern === CAPITALS_ADDRESSEE) return found;
  const name = cleanName(found, arabic, after, team, pattern === CLOSING_NAME);
  // (A name cut short before a capitalised word, "I am Dana Whitfield Regarding the…", ends there.)
  const predicate = pattern === INTRODUCTION_NAME && name === found && predicateAfter(whole.slice(0, -found.length), following);
  return name && !predicate && !PERSON_BRANDS.test(whole) ? name : null;
}

const NAME_UNDER_BRAND = new RegExp(`^[ \\t]*\\r?\\n[ \\t]*(${NAME_WORD}(?: ${NAME_WORD}){0,2})[ \\t]*(?=\\r?\\n|$)`, 'u');

/** Names a text introduces itself through greetings, closings and honorifics. */
export function namesInText(written: string): string[] {
  const text = written.replace(EMOJI, '');
  const names = new Set<string>();
  for (const m of written.matchAll(EMOJI_SIGNED)) {
    const name = cleanName(m[1]!, false, '', true, true);
    if (name) names.add(name);
  }
  const add = (pattern: RegExp, arabic: boolean) => {
    const team = ![HONORIFIC_NAME, HONORIFIC_APPOSITION, RELATION_NAME, HONORIFIC_NAME_AR, CAPITALS_ADDRESSEE, NAME_THEN_TITLE].includes(
      pattern,
    );
    // The same match with the same text after it is read once: a list of parcels "c/o Dana" (64 KB of
    // "c/o Aa " is 9,143 matches, one reading). Everything read depends on the match and 20 characters after.
    const read = new Map<string, string | null>();
    for (const m of text.matchAll(pattern)) {
      // CLOSING_NAME and HERE_NAME have two places for the name (under the closing, or on its line).
      const found = m[1] ?? m[2];
      if (!found) continue;
      const end = m.index + m[0].length;
      const following = text.slice(end, end + 20);
      const key = `${found}\u0000${m[0]}\u0000${following}`;
      if (!read.has(key)) read.set(key, readName(pattern, m[0], found, following, arabic, team));
      const name = read.get(key);
      if (name) names.add(name);
      // A brand's line under the closing may have its writer's under it ("Best,\nSamsung\nMaria Lopez").
      else if (pattern === CLOSING_NAME && isBrandName(found.split(' '))) {
        const next = NAME_UNDER_BRAND.exec(text.slice(end, end + 80))?.[1];
        const writer = next && cleanName(next, false, '', true, true);
        if (writer) names.add(writer);
      }
    }
  };
  add(GREETING_NAME, false);
  add(GREETING_NAME_AR, true);
  add(CLOSING_NAME, false);
  add(CLOSING_NAME_AR, true);
  add(HONORIFIC_NAME, false);
  add(HONORIFIC_APPOSITION, false);
  // Two patterns that start with look-behinds, tried at every word: read only where they can match, the
  // introduced name's capital and the Turkish title in the text (200 KB of Arabic words took 26 and 21 ms).
  if (/\p{Lu}/u.test(text)) add(INTRODUCTION_NAME, false);
  add(HERE_NAME, false);
  add(CAPITALS_ADDRESSEE, false);
  if (/ (?:Bey|Hanım)/u.test(text)) add(NAME_THEN_TITLE, false);
  for (const { name: found, arabic } of [...headerNames(text), ...quotedWriters(text)]) {
    const name = cleanName(found, arabic, '');
    if (name) names.add(name);
  }
  for (const name of lowerCaseNames(text)) names.add(name);
  const capitalsFirst = capitalsSurnameFirst(text);
  if (capitalsFirst) names.add(capitalsFirst);
  for (const pattern of [SURNAME_FIRST_SIGNED, SURNAME_FIRST_INTRODUCED])
    for (const m of text.matchAll(pattern)) {
      const name = cleanName(`${m[2]!} ${m[1]!}`, false, '', true, pattern === SURNAME_FIRST_SIGNED);
      if (name) names.add(name);
    }
  for (const m of text.matchAll(SURNAME_FIRST_SIGNED_AR)) {
    const name = cleanName(`${m[2]!} ${m[1]!}`, true, '');
    if (name) names.add(name);
  }
  for (const { name: found, arabic } of dashSignedNames(text)) {
    // Initials alone ("D.W.", "M. G.", "J.-P. D.") are kept whole: "M." would read as a title.
    const name = /^(?:\p{Lu}\.-?)+(?: ?\p{Lu}\.)*$/u.test(found) ? found : cleanName(found, arabic, '', true, true);
    if (name) names.add(name);
  }
  add(INTRODUCTION_NAME_AR, true);
  add(RELATION_NAME, false);
  add(RELATION_NAME_AR, true);
  add(HONORIFIC_NAME_AR, true);
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
    // A particle is no word of a team's ("Klaus Von Becker"), and no name alone.
    const inner = (i: number) => i > 0 && i < parts.length - 1;
    if (parts.some((part, i) => NOT_NAMES.has(part) && !(inner(i) && (CAPITAL_PARTICLES.has(part) || PARTICLE_WORDS.has(part))))) continue;
    // The surname with its particles ("Van der Berg" of "Anna Van der Berg"): alone it is written with them.
    const particleAt = parts.findIndex((part, i) => inner(i) && (CAPITAL_PARTICLES.has(part) || PARTICLE_WORDS.has(part)));
    if (particleAt > 0) variants.add(parts.slice(particleAt).join(' '));
    for (const part of parts) {
      if (
        part.length >= 3 &&
        !NOT_NAMES.has(part) &&
        !CAPITAL_PARTICLES.has(part) &&
        !NOT_NAMES_AR.has(part) &&
        !ARABIC_PARTICLES.has(part) &&
        /^[\p{Lu}\u0621-\u064A]/u.test(part)
      )
        variants.add(part);
    }
  }
  return [...variants].sort((a, b) => b.length - a.length);
}
