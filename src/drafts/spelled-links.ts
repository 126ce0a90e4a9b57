// A web address spelled in words ("example dot com slash refund", "www punto ejemplo punto es", "erstattung
// punkt de slash antrag"): the customer types it and lands there all the same, so the draft's contacts
// include it (findContacts). "Dot", "punto", "point" and "punt" are ordinary words too ("en este punto es
// importante", "au point de retrait", "a dot in the name"), so a spelled address counts only when it starts
// with "www", goes on to a path ("slash …"), or ends in one of the few endings that are no English word
// (com, net, org; not a country code, which is any short word, nor "today", "app", "shop" or "info":
// "the collection point today", "the pickup point app") after a first label that is no common word.

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// "dot" in the draft languages' words: en dot, de/sv punkt, fr point, es/it punto, nl punt, pt ponto, ar نقطة.
const DOT_WORD = '(?:dot|punkt|point|punto|punt|ponto|نقطة)';
// Or in brackets, the way addresses are defanged ("example [dot] com", "example (.) com", "example[.]com"):
// no prose writes a dot so, so it counts whatever the ending.
const BRACKETED_DOT = `\\s*[\\[(]\\s*(?:${DOT_WORD}|\\.)\\s*[\\])]\\s*`;
const BRACKETED = new RegExp(BRACKETED_DOT, 'u');
const DOT = `(?:\\s+${DOT_WORD}\\s+|${BRACKETED_DOT})`;
const SLASH = '(?:\\s+(?:slash|barra|schrägstrich|snedstreck|شرطة)\\s+|\\s*[\\[(]\\s*(?:slash|/)\\s*[\\])]\\s*)';
const SPELLED = new RegExp(`(?<![\\p{L}\\p{N}.@/-])(${LABEL}(?:${DOT}${LABEL}){1,4})((?:${SLASH}${LABEL}){0,4})(?![\\p{L}\\p{N}])`, 'giu');
const DOT_SPLIT = new RegExp(DOT, 'iu');
const SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'gob', 'edu']);
// First labels that are ordinary words before "point"/"punto"/"dot" in prose.
const BARE_ENDINGS = new Set(['com', 'net', 'org', 'io', 'biz', 'xyz', 'example']);
const COMMON_WORDS = new Set(
  'a an the this that one each every any no my your our their his her at in on to of is votre vos notre nos mon ma son sa leur su nuestro nuestra unser unsere ihr ihre uw onze din vår es en el la le les un une una uno este esta ese esa neste nesse este au du de ce cet cette ein eine der die das dem den im am um een het dit dat op ett det den på'.split(
    ' ',
  ),
);

export interface SpelledLink {
  text: string;
  /** The host as findContacts keys a link: lower-case, without "www.". */
  host: string;
  /** Where it starts in the text. */
  index: number;
}

/** Web addresses spelled in words in `text`; `isDomainEnding` says whether an ending is a top-level domain's (fr, shop). */
export function spelledLinks(text: string, isDomainEnding: (ending: string) => boolean): SpelledLink[] {
  const out: SpelledLink[] = [];
  for (const match of text.matchAll(SPELLED)) {
    const labels = match[1]!.toLowerCase().split(DOT_SPLIT);
    const ending = labels.at(-1)!;
    if (!/^\p{L}{2,}$/u.test(ending)) continue;
    const www = labels[0] === 'www' && labels.length >= 3;
    const bracketed = BRACKETED.test(match[1]!);
    // A country's second level ("refund-desk dot co dot uk", "com dot au") is no prose either.
    const secondLevel = labels.length >= 3 && ending.length === 2 && SECOND_LEVELS.has(labels.at(-2)!);
    const domainEnding = ending.length === 2 || isDomainEnding(ending);
    const counts = www || bracketed || secondLevel || (match[2] ? domainEnding : BARE_ENDINGS.has(ending) && !COMMON_WORDS.has(labels[0]!));
    if (counts) out.push({ text: match[0], host: labels.slice(www ? 1 : 0).join('.'), index: match.index });
  }
  return out;
}
