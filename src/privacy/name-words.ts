// The pieces every name pattern is built of: a name word in a script with case or in Arabic, the particles
// and initials inside a name, and how a word list becomes an alternation. Shared by names.ts (greetings,
// introductions, honorifics), signed-names.ts and lower-names.ts so they all read a name the same way.
import { escapeRegExp } from '../regexp';

export const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
// Vowel marks and the tatweel may be written inside the word ("مُحَمَّد"); Persian and Urdu add their letters
// (U+0671 to U+06D3: "مریم احمدی", "عمران خان"; the Arabic-Indic digits and signs before them stay out).
const ARABIC_LETTER = '[\\u0621-\\u064A\\u066E\\u066F\\u0671-\\u06D3]';
export const ARABIC_WORD = `${ARABIC_LETTER}(?:${ARABIC_LETTER}|\\u0640|\\p{Mn})+`;

// An apostrophe is typed straight or curly ("je m’appelle", "I’m": phones and Macs put the curly one).
export const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/'/g, "['’]"))
    .join('|');
// Name particles: "Sanne van Dijk", "María de la Cruz", "Jan ter Horst", "Annegret von der Heyde",
// "João dos Santos".
export const PARTICLE =
  "(?:van der |van den |van de |van 't |van |de la |de los |de las |de |von der |von dem |von |vom |zu |da |das |dos |do |di |della |del |af |ter |ten |du |des )";
// The same particles written with a capital, as a name's first word ("Van der Berg, Anna") or inside it
// ("Klaus Von Becker"): "Von" and "La" are also ordinary words (the German mail header, the article), so
// they count as a particle only between name words.
export const CAPITAL_PARTICLE = PARTICLE.replace(/\|(\p{Ll})/gu, (_, c: string) => `|[${c}${c.toUpperCase()}]`).replace(
  /^\(\?:(\p{Ll})/u,
  (_, c: string) => `(?:[${c}${c.toUpperCase()}]`,
);
// Each word of PARTICLE with its capital ("'t" is none).
export const CAPITAL_PARTICLES = new Set(PARTICLE.match(/\p{L}{2,}/gu)!.map((word) => word[0]!.toUpperCase() + word.slice(1)));
// Each word of PARTICLE as written there, in lower case ("der" of "Van der Berg").
export const PARTICLE_WORDS = new Set(PARTICLE.match(/\p{L}{2,}/gu)!);
// Initials before a name: "P. Jansen", "J. R. Smith".
export const INITIALS = '(?:\\p{Lu}\\. ?){0,3}';
// Arabic vowel marks (harakat, the dagger alif: non-spacing marks) and the stretching tatweel: written or not, the name is the
// same ("مُحَمَّد", "محـــمد" for "محمد"). Known names are matched without them, and may have them after any
// letter in the text, so offsets stay those of the text.
export const ARABIC_MARKS = '(?:\\u0640|\\p{Mn})';
export const ARABIC_MARK = new RegExp(ARABIC_MARKS, 'gu');
// A name written in lower case as it is written with capitals: each word but a particle takes one
// ("van der berg" → "van der Berg", "dana whitfield" → "Dana Whitfield"), so the word lists read it.
export const capitalised = (name: string) =>
  name.replace(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu, (word) => (PARTICLE_WORDS.has(word) ? word : word[0]!.toUpperCase() + word.slice(1)));
