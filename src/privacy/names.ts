// Names are what regexes miss (field notes), so we use what the ticket tells us: the requester's and
// authors' names, names after a greeting ("Hi Anna", "Sehr geehrte Frau Müller", "مرحبا أحمد"), names
// under a closing ("Best regards,\nAnna Schmidt"), and names after an honorific ("Herr Weber").
import type { Span } from './patterns';
import { ARABIC_CLOSINGS, ARABIC_GREETINGS, CLOSINGS, GREETINGS, HONORIFIC, NOT_NAMES, NOT_NAMES_AR } from './name-openers';
import { ARABIC_RELATIONS, INTRODUCTIONS, RELATIONS } from './name-introducers';

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
const ARABIC_WORD = '[\\u0621-\\u064A]{2,}';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
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
// Name particles: "Sanne van Dijk", "María de la Cruz", "Jan ter Horst".
const PARTICLE = '(?:van der |van den |van |de la |de |von |da |di |del |af |ter |ten )';
// The name may follow after a blank line, and have up to four parts ("María José García López"). No two
// blank runs meet: "Regards" and 64 K spaces would split n ways (it took 1 s at 20 K before).
// A second closing under the first ("Merci.\nCordialement,\nAnne") is not the name; the one under it is.
// Under the closing, the name's line may go on with a comma, a bracket or a bar ("Rachel (Billing)",
// "Anna Schmidt | Support"); on the closing's own line only with a phone ("Mvh Sofia Nilsson, 076-…"):
// "Thanks, Netflix, for charging me twice" names a company, not the writer.
const CLOSING_ALTERNATION = `(?:${alternation(closingForms(CLOSINGS))})`;
const SIGNED_NAME = `(?!${CLOSING_ALTERNATION}(?![\\p{L}]))(${NAME_WORD}(?: ${PARTICLE}?${NAME_WORD}){0,3})[ \\t]*`;
const CLOSING_NAME = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*${CLOSING_ALTERNATION}[ \\t]*(?:[,!.][ \\t]*)?(?:(?:\\n[ \\t]*){1,2}${SIGNED_NAME}(?=\\n|$|[,(|])|${SIGNED_NAME}(?=\\n|$|,[ \\t]*[+(\\d]))`,
  'gu',
);
// On the next line, or on the same line after a comma ("مع تحياتي، أحمد الحربي").
const CLOSING_NAME_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(ARABIC_CLOSINGS)})(?:[ \\t]*[،,][ \\t]*|[ \\t،,]*\\n[ \\t]*)(${ARABIC_WORD}(?: ${ARABIC_WORD})?)[ \\t]*(?=\\n|$)`,
  'gu',
);
const INTRODUCTION_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(INTRODUCTIONS.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]))}) (${NAME_WORD}(?: ${NAME_WORD})?)(?![\\p{L}])`,
  'gu',
);
const INTRODUCTION_NAME_AR = new RegExp(`(?:أنا|اسمي|معك) (${ARABIC_WORD}(?: ${ARABIC_WORD})?)`, 'gu');
const RELATION_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(RELATIONS)})[,:]? (?:${HONORIFIC} )?(${NAME_WORD}(?: (?:van |de |von |da |di |del |af |de la )?${NAME_WORD}){0,2})(?![\\p{L}])`,
  'gu',
);
const RELATION_NAME_AR = new RegExp(`(?:${alternation(ARABIC_RELATIONS)}) (${ARABIC_WORD}(?: ${ARABIC_WORD})?)`, 'gu');
// Titles stack ("Herr Dr. Jonas Hartmann"): the name is what follows the last one.
const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])${HONORIFIC}(?: ${HONORIFIC})* (${NAME_WORD}(?: ${PARTICLE}?${NAME_WORD})?)`, 'gu');
const TITLE_WORD = new RegExp(`^${HONORIFIC}$`, 'u');

function cleanName(name: string, arabic: boolean): string | null {
  // Keep the leading run of name words: "Anna Team" → "Anna", "Team Anna" → nothing.
  const stop = arabic ? NOT_NAMES_AR : NOT_NAMES;
  const kept: string[] = [];
  for (const word of name.split(' ')) {
    if (stop.has(word)) break;
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
      // CLOSING_NAME has two places for the name (under the closing, or on its line).
      const found = m[1] ?? m[2];
      const name = found && cleanName(found, arabic);
      if (name) names.add(name);
    }
  };
  add(GREETING_NAME, false);
  add(GREETING_NAME_AR, true);
  add(CLOSING_NAME, false);
  add(CLOSING_NAME_AR, true);
  add(HONORIFIC_NAME, false);
  add(INTRODUCTION_NAME, false);
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

export function findNames(text: string, variants: string[]): Span[] {
  if (!variants.length) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'NAME' as const }));
}
