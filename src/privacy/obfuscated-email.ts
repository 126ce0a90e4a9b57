// E-mail addresses written out so that scrapers miss them: "dana at example dot com", "dana [at] example
// [dot] com", "dana(at)example(dot)com", "dana (at) example.com". They are the customer's address all the
// same. A bracketed "at" or "dot", or a real "@", says the writer meant an address. The bare words "at" and
// "dot" are ordinary English ("look at this dot on the screen", "I bought shoes at amazon dot com"), so an
// address in bare words must follow a word about mail ("write to", "my e-mail is") or start a line (also
// after "it's") and then end it or be followed by punctuation ("Shoes at amazon dot com were cheaper" is
// prose); it must end in a known top-level domain and have no common word as its user or domain. A bare
// "at" before a real dot names a web site ("log in at app.example.com") unless a mail word comes just
// before ("my e-mail: dana at gmail.com"). An "@" with spaces around it ("dana @ gmail.com") is an "@".
import type { Span } from './patterns';

const LABEL = '[\\p{L}\\p{N}_%+-]+';
const BRACKETED = (word: string) => `(?: ?[\\[({<] ?(?:${word}) ?[\\])}>] ?)`;
const AT = `(?:${BRACKETED('at')}| at | ?@ ?)`;
const DOT = `(?:${BRACKETED('dot|\\.')}| dot |\\.)`;
// Local part, "at", domain. The repeats are bounded and no separator can start with a label's character,
// so each start (only where a run of address characters starts) costs a bounded number of steps.
const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}._%+@-])(${LABEL}(?:${DOT}${LABEL}){0,3})(${AT})(${LABEL}(?:${DOT}${LABEL}){1,4})`, 'giu');

// Top-level domains an address in bare words may end in: the common generic ones, the countries of the
// nine languages' customers and the country endings free mail and personal domains often use.
const BARE_TLDS = new Set(
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
  'a an the this that these those it me you us him her them home work school night noon least last first once all look meet see stay be is are was were which what where'.split(
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

const bracketed = (s: string) => /[[({<]/.test(s);
const FIRST_LABEL = new RegExp(`^${LABEL}`, 'u');

function isAddress(local: string, at: string, domain: string, before: string, after: string): boolean {
  const labels = domain.split(new RegExp(DOT, 'iu'));
  const tld = labels.at(-1)!.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(tld)) return false;
  const sign = at.trim() === '@';
  const obfuscated = at !== '@' || / dot /i.test(domain) || bracketed(domain);
  if (!obfuscated) return false; // a plain address: findEmails has it
  const user = local.split(new RegExp(DOT, 'iu')).at(-1)!.toLowerCase();
  const plainWords = !BARE_STOP.has(user) && !BARE_STOP.has(labels[0]!.toLowerCase());
  if (at === '@' || bracketed(at) || bracketed(domain) || bracketed(local)) return true;
  // "dana @ gmail.com": the sign, spaced out; "have a look @ store.com" has a common word as its user.
  if (sign) return plainWords && /\p{L}/u.test(user);
  if (!BARE_TLDS.has(tld) || !plainWords) return false;
  // Bare "at" before a real dot: only right after a mail word.
  if (/\./.test(domain)) return !/ dot /i.test(domain) && CLOSE_MAIL_CUE.test(before);
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
