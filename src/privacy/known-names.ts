// Finding the names already known (the requester, the authors, those the text introduced) wherever they
// appear, in any case and with or without accents. Apart from names.ts, which finds who a text names:
// this is the matching, with its own folding and its rules for parts in lower case and in capitals.
import type { Span } from './patterns';
import { ARABIC_MARK, ARABIC_MARKS, CAPITAL_PARTICLE, PARTICLE_WORDS } from './name-words';
import { escapeRegExp } from '../regexp';

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
const markedArabic = (pattern: string) => pattern.replace(/[\u0621-\u064A]/gu, (letter) => `${letter}${ARABIC_MARKS}*`);

/**
 * `text` with each character folded to lower case without its accents, where that keeps it one UTF-16
 * unit ("Å" → "a", "É" → "e"): offsets stay those of the text, so a match in the fold is a match in the text.
 */
function fold(text: string): string {
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  text = text.replace(ONE_UNIT_FOLDS, (ch) => ONE_UNIT_FOLD[ch]!);
  // Nothing to take apart (Arabic, Cyrillic, Greek without accents): lower-cased whole, as each character
  // would be, when no character changes its length (only 'İ' does) and with 'Σ' lowered first (whole, a
  // word's last one would become 'ς'). 200 KB of Arabic words went character by character through the map.
  const sigmas = text.replace(/Σ/gu, 'σ');
  if (sigmas.normalize('NFD') === sigmas) {
    const lower = sigmas.toLowerCase();
    if (lower.length === text.length) return lower;
  }
  const cache = new Map<string, string>();
  const foldRun = (run: string) => {
    const out: string[] = [];
    for (const ch of run) {
      let folded = cache.get(ch);
      if (folded === undefined) {
        const bare = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        folded = bare.length === ch.length ? bare : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
        cache.set(ch, folded);
      }
      out.push(folded);
    }
    return out.join('');
  };
  // ASCII runs are lowered whole: a capped text ends in "[…]", and 64 KB of ASCII before it went character
  // by character through the map (a tenth of redactText's time on 64 KB of "c/o Aa ").
  return text.replace(/[\0-\x7F]+|[^\0-\x7F]+/gu, (run) => (run.charCodeAt(0) < 128 ? run.toLowerCase() : foldRun(run)));
}

const lowerOnly = (s: string) => /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s);
const upperOnly = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
// Between two parts of one name written apart or the other way round: "WHITFIELD/DANA", "whitfield, dana".
const BETWEEN_PARTS = /^[ \t,/;]{1,3}$/u;
// The particles just before a name's part are the name's ("Van der Berg" when "Berg" is known): left
// behind, "Van der" says whose name it was. Only a run that starts with a capital or has two words: a lone
// "de" or "da" before a name is as often the language's "of" ("le colis de Martin").
const PARTICLES_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CAPITAL_PARTICLE})+$`, 'u');
function withParticles(text: string, start: number): number {
  // Most names have no particle before them: one look at the word before saves the pattern's run. The look
  // goes back a particle's length at most ("della"): to the last blank, in a text without blanks, would read
  // back to its start for each name.
  if (text[start - 1] !== ' ') return start;
  const near = text.slice(Math.max(0, start - 8), start - 1);
  const word = near.slice(near.lastIndexOf(' ') + 1);
  if (!PARTICLE_WORDS.has(word.toLowerCase())) return start;
  const run = PARTICLES_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[0];
  if (!run || !/^\p{Lu}\p{Ll}/u.test(text[start]! + (text[start + 1] ?? ''))) return start;
  return /^\p{Lu}/u.test(run) || run.trim().includes(' ') ? start - run.length : start;
}

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
// Whether `written` spells `variant` save for accents present on one side only (two different accents on the
// same letter make another word).
function sameOrUnmarked(variant: string, written: string): boolean {
  const a = [...variant.normalize('NFC')];
  const b = [...written.normalize('NFC')];
  if (a.length !== b.length) return true;
  const marked = (ch: string) => ch.normalize('NFD').length > 1;
  return a.every((ch, i) => ch.toLowerCase() === b[i]!.toLowerCase() || !marked(ch) || !marked(b[i]!));
}

export function findNames(text: string, variants: string[], inTag = false): Span[] {
  if (!variants.length) return [];
  const spelled = new Map<string, string[]>();
  for (const v of variants) {
    const f = fold(v.replace(ARABIC_MARK, ''));
    spelled.set(f, [...(spelled.get(f) ?? []), v]);
  }
  const folded = [...spelled.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${folded.map((v) => markedArabic(escapeRegExp(v))).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const foldedText = fold(text);
  // A name repeated thousands of times (200 KB of "Aa Bey ") is thousands of matches: each read by exec, with
  // no match object kept beyond its offsets.
  const matches: { start: number; end: number; whole: boolean }[] = [];
  for (let m = pattern.exec(foldedText); m; m = pattern.exec(foldedText))
    matches.push({ start: m.index, end: m.index + m[0].length, whole: /\s/u.test(m[0]) });
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
      // Folding lets "Jose" be "José", not one accent be another: Vietnamese "Trân" (trọng) is no "Trần".
      const spellings = spelled.get(foldedText.slice(m.start, m.end));
      if (spellings && !spellings.some((v) => sameOrUnmarked(v, written))) return false;
      // A tag is written in lower case ("vip_whitfield", "dana-whitfield"): a known part in it is the person.
      if (lowerOnly(written)) return inTag || nextToPart(i);
      if (upperOnly(written) && written.length > 1) {
        if (nextToPart(i)) return true;
        if (firstNames.has(foldedText.slice(m.start, m.end))) return aloneOnLine(m.start, m.end);
        return !shouting(m.start, m.end);
      }
      return true;
    })
    .map((m) => ({ start: withParticles(text, m.start), end: m.end, type: 'NAME' as const }));
}
