// E-mail addresses written out so that scrapers miss them: "dana at example dot com", "dana [at] example
// [dot] com", "dana(at)example(dot)com", "dana (at) example.com", and the same in the other languages'
// words ("jonas punkt weber ät gmx punkt de", "claire.martin arobase orange point fr", "lucia.gomez arroba
// gmail punto com", "lars punkt ekstrom snabel-a telia punkt se", "jan punt visser apenstaartje ziggo punt
// nl"). They are the customer's address all the same. A bracketed "at" or "dot", a real "@" or a word that
// names only the "@" sign (arobase, arroba, snabel-a, apenstaartje, chiocciola, Klammeraffe, ät) says the
// writer meant an address. The bare words "at" and "dot" are ordinary English ("look at this dot on the
// screen", "I bought shoes at amazon dot com"), so an address in bare words must follow a word about mail
// ("write to", "my e-mail is") or start a line (also after "it's") and then end it or be followed by
// punctuation ("Shoes at amazon dot com were cheaper" is prose), or look like an address by itself: a user
// with a dot, underscore, dash or digit ("dana.whitfield at gmail dot com is my other address") or a free
// mail provider's domain ("dana at gmail dot com"); it must end in a known top-level domain and have no
// common word as its user or domain. A bare "at" before a real dot names a web site ("log in at
// app.example.com") unless a mail word comes just before ("my e-mail: dana at gmail.com") or the domain is
// a mail provider's after a word about mail ("Reply to dana at gmail.com"; "the XPS-13 at bol.com" is a
// shop). An "@" with spaces around it ("dana @ gmail.com"), or a space before the domain's dot
// ("dana@gmail .com"), is an "@".
import type { Span } from './patterns';

const LABEL = '[\\p{L}\\p{N}_%+-]+';
const BRACKETED = (word: string) => `(?: ?[\\[({<] ?(?:${word}) ?[\\])}>] ?)`;
// Words that name the "@" sign and nothing else in their language (de, fr, es/pt, sv/da, nl, it, pl, cs,
// no, el, ru: "zavináč", "krøllalfa", "παπάκι", "собака", each a word for the sign in the language's own usage).
const AT_WORDS =
  'ät|arobase|arroba|snabel-a|snabela|apenstaartje|chiocciola|klammeraffe|małpa|malpa|zavináč|zavinac|krøllalfa|krollalfa|παπάκι|собака|собачка';
// Words that also mean "at" or "on" in prose (en at, de bei, ar على): read like the English "at".
const BARE_AT_WORDS = 'at|bei|على';
// "dot" in the languages' words: de/sv punkt, fr point, es/it punto, nl punt, pt ponto, pl kropka, tr nokta, ar نقطة,
// da/no punktum, fi piste, cs tečka, el τελεία, ru точка.
const DOT_WORDS = 'dot|punkt|point|punto|punt|ponto|kropka|nokta|نقطة|punktum|piste|tečka|tecka|τελεία|точка';
// Bracketed, any of them says an address ("lucia (arroba) gmail (punto) com").
// "(a)" is the "@" in a bracket, written tight between user and domain ("paul.martin(a)free.fr"); spaced, it
// lists ("option (a) or (b)").
const AT = `(?:${BRACKETED(`${BARE_AT_WORDS}|${AT_WORDS}`)}|\\(a\\)| (?:${BARE_AT_WORDS}|${AT_WORDS}) | ?@ ?)`;
const DOT = `(?:${BRACKETED(`dot|\\.|${DOT_WORDS}`)}| (?:${DOT_WORDS}) |\\.)`;
// Also a space before a real dot ("dana.whitfield@gmail .com"), or either side of it ("dana . whitfield @ example . com").
const SPACED_DOT = `(?:${DOT}| \\. ?)`;
const DOT_WORD = new RegExp(` (?:${DOT_WORDS}) `, 'iu');
// Local part, "at", domain. The repeats are bounded and no separator can start with a label's character,
// so each start (only where a run of address characters starts) costs a bounded number of steps.
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}._%+@-])(${LABEL}(?:${SPACED_DOT}${LABEL}){0,3})(${AT})((?:${LABEL}${SPACED_DOT}){1,4}\\p{L}{2,})(?![\\p{L}\\p{N}_%+-])`,
  'giu',
);

// Top-level domains an address in bare words may end in: the common generic ones, the countries of the
// nine languages' customers and the country endings free mail and personal domains often use.
export const BARE_TLDS = new Set(
  [
    'com net org edu gov info biz email',
    'io co me ai app dev tv cc ws to ly',
    'uk de nl se ch at fr es it pt be lu dk no fi ie eu pl us ca au nz sa ae eg ma dz tn qa kw bh om jo lb iq',
    'br mx ar cl pe in pk tr ru ua by kz cz sk hu ro bg gr hr si rs ee lv lt is jp cn kr hk tw sg my id th vn ph za ng ke il',
  ]
    .join(' ')
    .split(' '),
);
// Words that are the user or the domain of a bare-word "address" only in ordinary sentences.
const BARE_STOP = new Set(
  'a an the this that these those it me you us him her them home work school night noon least last first once all look meet see stay be is are was were which what where in on up out off back down'.split(
    ' ',
  ),
);

const MAIL_WORDS = 'mail|address|adress|adres|courriel|correo|mejl|e-post|بريد|إيميل';
// A word about mail shortly before, within the line.
const MAIL_CUE = new RegExp(`(?:${MAIL_WORDS}|contact|kontakt|write|reply|reach|send|schreib)[^\n]{0,40}$`, 'iu');
// A mail word just before ("my e-mail is", "Email me:"): the cue for a bare "at" before a real domain.
const CLOSE_MAIL_CUE = new RegExp(`(?:${MAIL_WORDS})[^\n]{0,12}$`, 'iu');
// The start of a line, or "it's" starting a line or a sentence ("My old one is closed. It's dana at …").
const LINE_START = /(?:(?:^|\n)[ \t>*-]*|(?:^|\n|[.!?:] )[ \t>*-]*(?:it['’]?s|it is|that['’]?s|that is|mine is) )$/iu;
// What may follow an address that starts a line: the line's end or punctuation, not more prose.
const LINE_END = /^[ \t]{0,20}(?:$|[\n.,;:!?)\]>])/u;

// Free mail providers' domains (first label): an address at one of them needs no mail word before it.
const MAIL_PROVIDERS = new Set(
  'gmail googlemail gmx web t-online freenet posteo outlook hotmail yahoo icloud aol msn proton protonmail yandex wanadoo laposte sfr libero virgilio tiscali alice telia ziggo kpn hetnet telenet skynet bluewin bredband comhem uol terra sapo zoho'.split(
    ' ',
  ),
);
// A user that looks like an address's by itself: letters with a dot, underscore, dash or digit
// ("dana.whitfield", "dana_w", "dana87"); "e-mail" is a word.
// A model's name ("XPS-13", "iPhone-15", "item-3") is not one.
const addressLikeUser = (local: string) =>
  /\p{L}/u.test(local) && /[._\d-]/u.test(local) && !/^e-?mail$/iu.test(local) && !/^\p{L}+-\d+$/u.test(local);

const bracketed = (s: string) => /[[({<]/.test(s);
const FIRST_LABEL = new RegExp(`^${LABEL}`, 'u');
// Compiled once: isAddress runs for every candidate, deobfuscatedEmail for every address a draft writes out.
const SPACED_DOT_SPLIT = new RegExp(SPACED_DOT, 'iu');
const AT_WORD_ONLY = new RegExp(`^ (?:${AT_WORDS}) $`, 'iu');
// "bei" and "على" say "at" or "on" far more often than "@": "Mein Konto bei web punkt de", "اشتريت على amazon
// نقطة com" (I bought on amazon.com).
const PROSE_AT = /^ (?:bei|على) $/iu;
// An article or a possessive before the word says it is a noun ("mein Konto bei web punkt de"), however
// near a word about mail stands; an address's user has none ("schreib an jonas bei web punkt de").
const ARTICLE_BEFORE =
  /(?<![\p{L}])(?:mein|dein|sein|ihr|unser|euer|ein|kein|dies|jen)(?:e|em|en|er|es)?[ \t]+$|(?<![\p{L}])(?:das|dem|den|der|die)[ \t]+$/iu;
const AT_ONCE = new RegExp(AT, 'iu');
const EVERY_DOT = new RegExp(DOT, 'giu');

function isAddress(local: string, at: string, domain: string, before: string, after: string): boolean {
  const labels = domain.split(SPACED_DOT_SPLIT);
  const tld = labels.at(-1)!.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(tld)) return false;
  const sign = at.trim() === '@';
  const dotWords = DOT_WORD.test(domain);
  const obfuscated = at !== '@' || dotWords || bracketed(domain) || / \./.test(domain);
  if (!obfuscated) return false; // a plain address: findEmails has it
  const localLabels = local.split(SPACED_DOT_SPLIT);
  const user = localLabels.at(-1)!.toLowerCase();
  const plainWords = !BARE_STOP.has(user) && !BARE_STOP.has(labels[0]!.toLowerCase());
  // "dana.whitfield@gmail .com": a real "@"; the spaced dot only before a known ending ("@home .Then" is none).
  if (/ \./.test(domain) && !BARE_TLDS.has(tld)) return false;
  if (at === '@' || bracketed(at) || bracketed(domain) || bracketed(local)) return true;
  // "dana @ gmail.com": the sign, spaced out; "have a look @ store.com" has a common word as its user.
  if (sign) return plainWords && /\p{L}/u.test(user);
  if (!BARE_TLDS.has(tld) || !plainWords) return false;
  // After "bei" or "على" one plain word is the user only after a word about mail, or in lower case before a
  // free mail provider ("dana bei gmx punkt de"); a noun or a verb ("Konto", "اشتريت") is the sentence's.
  if (PROSE_AT.test(at) && localLabels.length === 1 && !addressLikeUser(local) && ARTICLE_BEFORE.test(before)) return false;
  if (PROSE_AT.test(at) && localLabels.length === 1 && !addressLikeUser(local) && !MAIL_CUE.test(before))
    return MAIL_PROVIDERS.has(labels[0]!.toLowerCase()) && /^\p{Ll}/u.test(local);
  // A word that means only "@": the rest is the address's ("jonas punkt weber ät gmx punkt de").
  if (AT_WORD_ONLY.test(at)) return true;
  const provider = MAIL_PROVIDERS.has(labels[0]!.toLowerCase());
  const addressLike = /\p{L}/u.test(local) && (localLabels.length > 1 || addressLikeUser(local));
  // Bare "at" before a real dot: right after a mail word, or a provider's domain after a word about mail
  // ("Reply to dana at gmail.com") or after a dotted user ("dana.whitfield at gmail.com": when unsure,
  // it stays in); "log in at outlook.com" and "item-3 at web.de" are none of these.
  if (/\./.test(domain)) {
    if (dotWords) return false;
    // A provider's address alone on its line ("dana at gmail.com") is one too; a model's name there ("item-3 at web.de") is not.
    const alone = LINE_START.test(before) && LINE_END.test(after) && !/^\p{L}+-\d+$/u.test(local);
    return CLOSE_MAIL_CUE.test(before) || (provider && (MAIL_CUE.test(before) || localLabels.length > 1 || alone));
  }
  if (provider || addressLike) return true;
  return MAIL_CUE.test(before) || (LINE_START.test(before) && LINE_END.test(after));
}

export function findObfuscatedEmails(text: string): Span[] {
  const found: Span[] = [];
  const pattern = new RegExp(CANDIDATE);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (isAddress(m[1]!, m[2]!, m[3]!, text.slice(Math.max(0, m.index - 60), m.index), text.slice(end, end + 24))) {
      found.push({ start: m.index, end, type: 'EMAIL' });
    } else {
      // "look at this dot on …": try again from the next word, which may start a real address.
      pattern.lastIndex = m.index + FIRST_LABEL.exec(m[0])![0].length;
    }
  }
  return found;
}

/** The address a span found by findObfuscatedEmails stands for, lower-cased: "Dana [at] Example dot com" is "dana@example.com". */
export function deobfuscatedEmail(span: string): string {
  return span
    .replace(AT_ONCE, '@')
    .replace(EVERY_DOT, '.')
    .replace(/ *\. */g, '.') // "help@acme .com"
    .toLowerCase();
}
