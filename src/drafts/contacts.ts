// Finds the places a draft could send a customer: links, bare domains ("secure-verify.net"), e-mail
// addresses (also written out, as the redactor reads them), phone numbers (also in number words) and
// messenger handles. Linear time on any input (issue 12 item 4): the text is cut into
// whitespace-separated tokens once, and every pattern is anchored to one token and has no nested or
// overlapping quantifiers, so no input makes a regex re-scan the text from each position (the old
// unanchored URL_PATTERN took ~13 s on 200 KB of "a.a.a.…").
import { deobfuscatedEmail, findObfuscatedEmails } from '../privacy/obfuscated-email';
import { scriptLinks, vanityPhones } from './contact-lures';
import { SCHEME_START, forwardedTo, pathDomains } from './link-targets';
import { spelledLinks } from './spelled-links';
import { spelledPhones } from './spelled-phones';
import { serviceNumbers } from './service-numbers';

export type ContactKind = 'link' | 'email' | 'phone' | 'handle';
export interface Contact {
  kind: ContactKind;
  /** As written, without the trailing punctuation of the sentence. */
  text: string;
  /**
   * What two mentions of the same place share: host (links), lower-cased address (e-mail, also one written
   * out), the last digits (phone, also one in number words), lower-cased "@name" (messenger handle).
   */
  key: string;
}

// A token longer than any real link or address is not one (and would be costly to inspect).
const MAX_TOKEN = 2048;
// Generic top-level domains seen in support mail; two-letter country codes are accepted as well.
const GENERIC_TLDS = new Set([
  'com',
  'net',
  'org',
  'info',
  'biz',
  'io',
  'app',
  'dev',
  'xyz',
  'top',
  'site',
  'online',
  'link',
  'click',
  'shop',
  'store',
  'live',
  'help',
  'support',
  'services',
  'email',
  'tech',
  'cloud',
  'page',
  'club',
  'vip',
  'icu',
  'buzz',
  'work',
  'bank',
  'example',
  'test',
  'local',
  'gov',
  'edu',
  'mobi',
  'pro',
  'name',
  'zip',
  'mov',
]);

const EDGE_PUNCTUATION = /^[("'«»“”‘’<[{¿¡]+|[)"'«»“”‘’>\]}.,;:!?؟،…]+$/gu;
// Also ftp:// and file:// (they open too), and a scheme without its slashes ("https:evil.example"), which
// browsers read as https://evil.example.
const SCHEME = /^(?:(?:https?|hxxps?|ftps?|file):\/\/|https?:)/i;
const HOST_AND_REST = /^(?:www\.)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)(?::\d{1,5})?(?:[/?#].*)?$/iu;
const EMAIL = /^(?:mailto:)?[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)$/iu;

// Endings that name a file, not a site ("invoice.pdf", "readme.md"), checked first: a file name in a draft
// is plain text even where the ending is also a country's domain.
const FILE_ENDINGS = new Set(
  'pdf txt doc docx xls xlsx csv png jpg jpeg gif webp svg heic html htm json xml log mp3 mp4 wav avi mkv msg eml ics vcf rtf odt ods ppt pptx key pages numbers exe dmg apk ipa ini cfg yml yaml md js ts tsx jsx py sh rb go css tar gz rar 7z lock'.split(
    ' ',
  ),
);
// Newer top-level domains that phishing and billing scams favour (acme-billing.solutions).
const NEWER_TLDS = new Set(
  'solutions global company agency center digital network systems website space today world group media finance financial money pay secure security account accounts login team tools care express delivery business services'.split(
    ' ',
  ),
);

/**
 * Whether a dotted word without a scheme is a site. `written` is the host as the draft spells it: any
 * other ending of three letters or more counts only in a lowercase name with a hyphen
 * (verify-account.global), so prose run together ("Mr.Smith", "issue.Please", "window.location") is not a link.
 */
function isDomain(host: string, written = host): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  if (!/^\p{L}+$/u.test(tld) || FILE_ENDINGS.has(tld)) return false;
  if (tld.length === 2 || GENERIC_TLDS.has(tld) || NEWER_TLDS.has(tld)) return true;
  return tld.length >= 3 && written === written.toLowerCase() && written.includes('-');
}

/** Whether `token` is a host ending in letters (not a file's) with a path after it: "acmerefunds.claims/pay". */
function withPath(token: string, host: string): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return /^\p{L}{2,}$/u.test(tld) && !FILE_ENDINGS.has(tld) && /^(?:www\.)?[^/?#]+\/[\p{L}\p{N}]/iu.test(token);
}

// A scheme anywhere in a word makes it a link even without a dot (a numeric host).
const SCHEME_ANYWHERE = /(?:https?|hxxps?|ftps?|file):\/\//i;

/** The host a browser would open for a link with a scheme ("https://acme.com@evil.com" opens evil.com). */
function schemedHost(token: string): string | null {
  try {
    const host = new URL(token.replace(/^hxxp/i, 'http')).hostname.toLowerCase();
    return host.includes('.') ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function tokenContact(raw: string): Contact | null {
  if (raw.length > MAX_TOKEN) return null;
  // A Windows share ("\\\\evil.example\\share") opens as file://evil.example/share; a protocol-relative link
  // ("[acme.example](//evil.example)") opens over https.
  const token = raw
    .replace(EDGE_PUNCTUATION, '')
    .replace(/^\/\/(?=[\p{L}\p{N}])/u, 'https://')
    .replace(/^\\\\(?=[^\\])/, 'file://')
    .replace(/^(file:\/\/[^\s]*)/i, (t) => t.replaceAll('\\', '/'));
  // With a scheme, the browser's own parser says where it goes (a user-info "acme.com@" hides nothing);
  // where it cannot parse the token, the host is read as for a link without a scheme.
  if (SCHEME.test(token)) {
    const host = schemedHost(token);
    if (host) return { kind: 'link', text: token, key: host };
  }
  if (token.includes('@')) {
    const email = EMAIL.exec(token);
    return email && isDomain(email[1]!) ? { kind: 'email', text: token, key: token.toLowerCase().replace(/^mailto:/, '') } : null;
  }
  const schemed = SCHEME.test(token);
  const match = HOST_AND_REST.exec(token.replace(SCHEME, ''));
  if (!match) return null;
  const host = match[1]!.toLowerCase().replace(/^www\./, '');
  // Without a scheme, "v1.2" or "z.B" are not links: the last label must be a real top-level domain.
  // Or a path after it ("acmerefunds.claims/pay"): prose runs no word on past a slash; the ending need only be letters.
  if (!schemed && !isDomain(host, match[1]!) && !withPath(token, host)) return null;
  return { kind: 'link', text: token, key: host };
}

// A phone number: "+44 20 7946 0018", "0044 …", "(030) 901820", "+49-30-901820". Plain digit runs
// (order numbers, amounts, dates) are not phones: a phone starts with "+", "00" or a bracketed or
// leading-zero area code and is 7–15 digits long.
// North American numbers are written without a trunk zero: "1-800-555-0199", "(800) 555-0199".
const PHONE =
  /(?:\+|\b00|\(0|\b0)\d[\d ()./\-\u2010-\u2015]{4,22}\d|(?:\b1[ .\-\u2010-\u2015])?(?:\(\d{3}\)\s?|\b\d{3}[ .\-\u2010-\u2015])\d{3}[ .\-\u2010-\u2015]\d{4}\b/g;

const REFERENCE_BEFORE =
  /(?:order|ref|reference|invoice|ticket|case|tracking|bestellung|auftrag|rechnung|bestelling|factuur|order-?nr|#)[\p{L}.:]*\s{0,3}(?:no\.?|nr\.?|number|nummer)?\s{0,3}[#:]?\s{0,3}$/iu;

// A number broken over lines ("call us on\n+44 7700\n900 456") is read as one: a line break between digits is a space.
const DIGIT_LINE_BREAK = /(?<=\d)[ \t]*\n[ \t]*(?=[\d(])/g;

// A mobile number written 3-3-3 without a country code or trunk zero ("512 345 678" in Poland, "612 345 678" in
// Spain), read as one only after a word for a phone or a payment app ("na numer telefonu", "por Bizum al"): bare, it
// is as likely an amount or a reference (round 13's BLIK and Bizum lines, review of chk13). Or after a call ("llame
// gratis al 900 123 456", round 16).
const MOBILE_339 = /(?<![\d.,])\d{3}[ .-]\d{3}[ .-]\d{3}(?![\d.,]?\d)/g;
const PHONE_CUE_BEFORE =
  /(?<![\p{L}])(?:phone|mobile|cell|tel|telefon\p{L}*|numer\p{L}*|number|nummer|número|numero|móvil|movil|cellulare|handy|bizum|blik\p{L}*|whatsapp|call|gratis|toll[\s-]?free|llam\p{L}{0,4}|전화(?:번호)?|電話(?:番号)?)\.?\s{0,3}(?:(?:al|to|on|at|na|pod|an|del|de)\s{1,3})?[:]?\s{0,3}$/iu;

function phones(written: string): Contact[] {
  const out: Contact[] = [];
  const text = written.replace(DIGIT_LINE_BREAK, ' ');
  for (const match of text.matchAll(MOBILE_339)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (!PHONE_CUE_BEFORE.test(before) || REFERENCE_BEFORE.test(before)) continue;
    out.push({ kind: 'phone', text: match[0], key: phoneKey(match[0].replace(/\D/g, '')) });
  }
  for (const number of serviceNumbers(text)) {
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, number.index - 24), number.index))) continue;
    if (number.cued && !PHONE_CUE_BEFORE.test(text.slice(Math.max(0, number.index - 30), number.index))) continue;
    out.push({ kind: 'phone', text: number.text, key: phoneKey(number.digits) });
  }
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/g, '');
    // "Order 123-456-7890", "ref 202 405 1234": a reference, not a number to call.
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    if (digits.length < 7 || digits.length > 15) continue;
    // Dates like 03.05.2024 or 2024-05-03 are not phones.
    if (/^\d{2}[./-]\d{2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/.test(match[0])) continue;
    out.push({ kind: 'phone', text: match[0], key: phoneKey(digits) });
  }
  return out;
}

/** Compares numbers written with and without the country code: the last nine digits. */
export const phoneKey = (digits: string) => digits.slice(-9);

// A messenger handle ("@acme_claims_desk") where the text names a messenger within the same stretch of
// text: the place a hijacker sends the customer when links and numbers are checked. An "@" inside an
// e-mail address is not one (the lookbehind), nor is "@10:00" (a handle has a letter).
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![A-Za-z0-9_@])/gu;
const MESSENGER =
  /\b(?:telegram|whats ?app|signal|instagram|insta|twitter|discord|skype|viber|wechat|threema|tiktok|facebook|messenger|snapchat|mastodon|bluesky|kik|dms?|direct message)\b/iu;
const MESSENGER_REACH = 80;

function handles(text: string): Contact[] {
  const out: Contact[] = [];
  for (const match of text.matchAll(HANDLE)) {
    if (!/[A-Za-z]/.test(match[1]!)) continue;
    const end = match.index + match[0].length;
    const around = text.slice(Math.max(0, match.index - MESSENGER_REACH), end + MESSENGER_REACH);
    if (MESSENGER.test(around)) out.push({ kind: 'handle', text: match[0], key: match[0].toLowerCase() });
  }
  return out;
}

// "refunds at acme-help dot com" where its sentence has the customer mail or send something, however far before the
// address (the redactor's reading wants the mail word within 40 characters): an address, not a site.
const SPELLED_USER = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,40}) (?:at|\[at\]|\(at\)) $/iu;
const MAIL_VERB =
  /(?<![\p{L}])(?:e-?mail|mail|write|send|reply|contact|forward|schreib\p{L}*|schick\p{L}*|mail\p{L}*|stuur|schrijf|skicka|skriv|mejla|envoy\p{L}*|écri\p{L}*|env[ií]\p{L}*|escrib\p{L}*|escrev\p{L}*|أرسل|راسل\p{L}*)(?![\p{L}])/iu;

/** Every link, domain, e-mail address (also written out), phone number (also in words) and messenger handle in `text`, in order of kind. */
export function findContacts(text: string): Contact[] {
  const out: Contact[] = [];
  // "claims at acme-claims dot net", "dana [at] example.com": the redactor's reading of an address written
  // out. The span is then blanked, so its "example.com" is not a second, bare-domain contact.
  let rest = text;
  for (const span of findObfuscatedEmails(text)) {
    const written = text.slice(span.start, span.end);
    out.push({ kind: 'email', text: written, key: deobfuscatedEmail(written) });
    rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
  }
  // "example dot com slash refund" (spelled-links.ts).
  for (const link of spelledLinks(rest, (ending) => GENERIC_TLDS.has(ending) || NEWER_TLDS.has(ending))) {
    const user = SPELLED_USER.exec(rest.slice(Math.max(0, link.index - 64), link.index))?.[1];
    const sentence = rest
      .slice(Math.max(0, link.index - 160), link.index)
      .split(/[.!?\n]/u)
      .at(-1)!;
    if (user && MAIL_VERB.test(sentence))
      out.push({ kind: 'email', text: `${user} at ${link.text}`, key: `${user}@${link.host}`.toLowerCase() });
    else out.push({ kind: 'link', text: link.text, key: link.host });
  }
  // Brackets and quotes end a token too: a Markdown link "[reset](https://…)" or an HTML attribute
  // "href='https://…'" hides the address inside one.
  // Template tags ("{% if ticket.status %}", "{{ticket.requester.name}}") are flagged as placeholders
  // elsewhere; their dotted names are not domains.
  // A defanged dot ("evil[.]example", "evil(.)example") is read as the dot it stands for.
  // An unquoted HTML attribute ("<img src=//px.tracker.example/p.png>", round 16) ends at its "=" too.
  const prose = rest
    .replace(/\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\}/g, ' ')
    .replace(/\[\.\]|\(\.\)|\{\.\}/g, '.')
    .replace(/(?<=[\s<][a-z-]{1,20})=(?=\/\/|https?:)/gi, ' ');
  for (const word of prose.split(/[\s<>()[\]"'«»“”]+/u)) {
    // A numeric host has no dot ("http://3232235521/", "http://0xC0A80001/"): a scheme is enough.
    if (!word.includes('.') && !word.includes('@') && !SCHEME_ANYWHERE.test(word)) continue;
    for (const token of word.split(SCHEME_START)) {
      const contact = tokenContact(token);
      if (contact) out.push(contact);
      if (contact?.kind !== 'link') continue;
      for (const target of [...forwardedTo(token), ...pathDomains(token)]) {
        const forwarded = tokenContact(target);
        if (forwarded && forwarded.kind !== 'email') out.push(forwarded);
      }
    }
  }
  // A script link is never one the team vouches for: its key is its scheme.
  const scripts = scriptLinks(text).map((link): Contact => ({
    kind: 'link',
    text: link,
    key: link.slice(0, link.indexOf(':') + 1).toLowerCase(),
  }));
  // Numbers spelled with letters: a vanity number's keypad letters, or digit words.
  const asPhone = (p: { text: string; digits: string }): Contact => ({ kind: 'phone', text: p.text, key: phoneKey(p.digits) });
  return [...out, ...scripts, ...phones(text), ...vanityPhones(text).map(asPhone), ...spelledPhones(text).map(asPhone), ...handles(text)];
}

/** Links (with or without scheme) in `text`, as written. */
export function findLinks(text: string): string[] {
  return findContacts(text)
    .filter((c) => c.kind === 'link')
    .map((c) => c.text);
}
