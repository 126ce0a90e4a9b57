// E-mail addresses written out so that scrapers miss them: "dana at example dot com", "dana [at] example
// [dot] com", "dana(at)example(dot)com", "dana (at) example.com". They are the customer's address all the
// same. A bracketed "at" or "dot", or a real "@", says the writer meant an address. The bare words "at" and
// "dot" are ordinary English ("look at this dot on the screen", "I bought shoes at amazon dot com"), so an
// address in bare words must start a line or follow a word about mail ("write to", "my e-mail is"), end
// in a known top-level domain and have no common word as its user or domain. A bare "at" before a real
// dot is left alone: "log in at app.example.com" names a web site, not a mailbox.
import type { Span } from './patterns';

const LABEL = '[\\p{L}\\p{N}_%+-]+';
const BRACKETED = (word: string) => `(?: ?[\\[({<] ?(?:${word}) ?[\\])}>] ?)`;
const AT = `(?:${BRACKETED('at')}| at |@)`;
const DOT = `(?:${BRACKETED('dot|\\.')}| dot |\\.)`;
// Local part, "at", domain. The repeats are bounded and no separator can start with a label's character,
// so each start (only where a run of address characters starts) costs a bounded number of steps.
const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}._%+@-])(${LABEL}(?:${DOT}${LABEL}){0,3})(${AT})(${LABEL}(?:${DOT}${LABEL}){1,4})`, 'giu');

// Top-level domains an address in bare words may end in: the common generic ones and the countries of the
// nine languages' customers.
const BARE_TLDS = new Set(
  'com net org edu gov info biz io co uk de nl se ch at fr es it pt be lu dk no fi ie eu pl us ca au sa ae br mx ar'.split(' '),
);
// Words that are the user or the domain of a bare-word "address" only in ordinary sentences.
const BARE_STOP = new Set(
  'a an the this that these those it me you us him her them home work school night noon least last first once all look meet see stay be is are was were which what where'.split(
    ' ',
  ),
);

// A line start, or a word about mail shortly before, within the line.
const MAIL_CUE =
  /(?:^|\n)[ \t>*-]*$|(?:mail|address|adress|adres|contact|kontakt|write|reply|reach|send|schreib|correo|courriel|mejl|e-post|بريد|إيميل)[^\n]{0,40}$/iu;

const bracketed = (s: string) => /[[({<]/.test(s);
const FIRST_LABEL = new RegExp(`^${LABEL}`, 'u');

function isAddress(local: string, at: string, domain: string, before: string): boolean {
  const labels = domain.split(new RegExp(DOT, 'iu'));
  const tld = labels.at(-1)!.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(tld)) return false;
  const obfuscated = at !== '@' || / dot /i.test(domain) || bracketed(domain);
  if (!obfuscated) return false; // a plain address: findEmails has it
  if (at === '@' || bracketed(at) || bracketed(domain) || bracketed(local)) return true;
  // Bare "at": every dot of the domain written as a word, a known ending, no common word either side.
  if (domain.includes('.')) return false;
  const user = local.split(new RegExp(DOT, 'iu')).at(-1)!.toLowerCase();
  return MAIL_CUE.test(before) && BARE_TLDS.has(tld) && !BARE_STOP.has(user) && !BARE_STOP.has(labels[0]!.toLowerCase());
}

export function findObfuscatedEmails(text: string): Span[] {
  const found: Span[] = [];
  const pattern = new RegExp(CANDIDATE);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (isAddress(m[1]!, m[2]!, m[3]!, text.slice(Math.max(0, m.index - 60), m.index))) {
      found.push({ start: m.index, end: m.index + m[0].length, type: 'EMAIL' });
    } else {
      // "look at this dot on …": try again from the next word, which may start a real address.
      pattern.lastIndex = m.index + FIRST_LABEL.exec(m[0])![0].length;
    }
  }
  return found;
}
