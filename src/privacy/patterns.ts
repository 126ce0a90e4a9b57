// Detectors for structured personal data: e-mail, phone, card, IBAN, IP. Each returns spans; overlaps are
// resolved by the redactor. Checksums and context keep order numbers, dates and amounts out.
import { IBAN_LENGTHS, ibanValid, luhnValid } from './checksums';
import { companyFreephone } from './freephones';
import type { EntityType } from './vault';

export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

function spans(text: string, pattern: RegExp, type: EntityType, accept: (match: string, at: number) => boolean = () => true): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const value = m[0];
    if (accept(value, m.index)) found.push({ start: m.index, end: m.index + value.length, type });
  }
  return found;
}

// Starts only where a run of address characters starts: a 200 KB run without "@" is scanned once, not
// once per character (which would be quadratic).
// The local part may be quoted (RFC 5322), blanks and all: '"dana whitfield"@example.org'; at most 64 characters.
const EMAIL = /(?:(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+|"[^"\n@]{1,64}")@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Only a text with an "@" is read for one (200 KB of Arabic words were read at every word).
export const findEmails = (text: string) => (text.includes('@') ? spans(text, EMAIL, 'EMAIL') : []);

// IBANs in any case and with spaces, dashes, dots or slashes between characters ("de89 3704 …", "DE89-3704-…",
// "DE89/3704/…").
// The country's fixed length (ISO 13616 registry) says where the IBAN ends, so a following word or
// BIC is never swallowed, and mod 97 decides. One pass over the text: the pattern has no nested choice.
// A space after the country code ("DE 89 3704 …", "NL 91 ABNA …") only in capitals: in lower case it is a
// word before a number ("at 10 …"), and a candidate that starts there would swallow a real IBAN after it.
// A mail client or the customer may break the IBAN across lines ("NL91 ABNA\n0417 1643 00"): a line break,
// with up to three blanks either side, separates like a space; the length and mod 97 still decide.
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])(?:[A-Za-z]{2}|[A-Z]{2} )\d{2}(?:(?:[ ./-]|[ \t]{0,3}\r?\n[ \t]{0,3})?[A-Za-z0-9]){11,30}/gu;
// Typed one character at a time ("D E 8 9 3 7 …"): a second pass, in capitals, that starts only where the
// country code's letters stand apart, so neither pass's candidate swallows the other's IBAN.
const SPACED_IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z][ .-][A-Z][ .-]?\d[ .-]?\d(?:[ .-]?[A-Za-z0-9]){11,30}/gu;
export const findIbans = (text: string): Span[] => [...ibansFrom(text, IBAN_CANDIDATE), ...ibansFrom(text, SPACED_IBAN_CANDIDATE)];

function ibansFrom(text: string, candidates: RegExp): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(candidates)) {
    const code = m[0].replace(/[ ./-]/g, '').slice(0, 2);
    const length = IBAN_LENGTHS[code.toUpperCase()];
    if (!length) continue;
    const end = endAfterAlnum(m[0], length) ?? 0;
    // The country code in capitals, then a lower-case letter in what it would take: words after a plate's letters
    // and digits ("LB07 KTR was towed from the reason"), which pass mod 97 once in 97 lengths or cuts.
    const capitals = /^[A-Z]{2}/.test(m[0]);
    const words = (to: number) => capitals && /\p{Ll}/u.test(m[0].slice(0, to));
    if (end && !/[\p{L}\p{N}]/u.test(text[m.index + end] ?? '') && !words(end) && ibanValid(m[0].slice(0, end))) {
      found.push({ start: m.index, end: m.index + end, type: 'IBAN' });
      continue;
    }
    // A checksum-valid IBAN in capitals whose length is off the registry's (a typo, an old format): cut
    // trailing groups until mod 97 holds, as long as 15 characters remain (at most eight tries).
    if (!capitals) continue;
    let cut = m[0].length;
    while (cut >= 15 && (words(cut) || !ibanValid(m[0].slice(0, cut)))) cut = withoutLastGroup(m[0], cut);
    if (cut >= 15 && !/[\p{L}\p{N}]/u.test(text[m.index + cut] ?? '')) found.push({ start: m.index, end: m.index + cut, type: 'IBAN' });
  }
  return found;
}

// The last group and the separator before it: a run of blanks, a line break and blanks, or one of " ./-".
// A scan back from the end: a pattern anchored at "$" would try every start of the candidate on each cut,
// which dense slashed groups ("DE89/DE89/…") made the costliest shape.
const LAST_GROUP_SEPARATOR = /(?:[ ./-]|[ \t]{0,3}\r?\n[ \t]{0,3})$/;
function withoutLastGroup(value: string, end: number): number {
  let cut = end;
  while (cut > end - 4 && cut > 0 && /[A-Za-z0-9]/.test(value[cut - 1]!)) cut--;
  if (cut === end) return 0; // no group at the end: nothing left to try
  const separator = LAST_GROUP_SEPARATOR.exec(value.slice(Math.max(0, cut - 9), cut))?.[0];
  return cut - (separator?.length ?? 0);
}

/** The offset just after the `count`-th letter or digit of `value`, or null when it has fewer. */
function endAfterAlnum(value: string, count: number): number | null {
  let seen = 0;
  for (let i = 0; i < value.length; i++) {
    if (/[A-Za-z0-9]/.test(value[i]!) && ++seen === count) return i + 1;
  }
  return null;
}

// Cards: 13-19 digits, optionally grouped by one kind of separator (space, dash or dot), a card network's
// first digit (2-6), and Luhn. A leading "+" makes it a phone number, never a card; an ungrouped run after
// an order or tracking word is that number.
// A dash with a space either side ("4111 - 1111 - …") is one separator too.
const CARD = /(?<![\p{L}\p{N}+.,/-])\d(?:(?:[ ./-]| - )?\d){12,18}(?![\p{N}]|[.,/-]\d)/gu;
// A card word just before wins over an order word: "card #4111…", "Kundenkreditkarte 4111…", "my card 5500…".
const CARD_WORD = /card|kart|kaart|kort|carte|tarjeta|cart[ãa]o|carta|بطاق/iu;
function looksLikeCard(value: string, before: string): boolean {
  const separators = new Set(value.replace(/ - /g, '-').replace(/\d/g, ''));
  if (separators.size > 1 || !/^(?:[3-6]|2[2-7])/.test(value) || !luhnValid(value)) return false;
  return separators.size === 1 || !ORDER_WORD.test(before) || CARD_WORD.test(before);
}
export const findCards = (text: string) => [
  ...spans(text, CARD, 'CARD', (value, at) => looksLikeCard(value, text.slice(Math.max(0, at - 30), at))),
  ...findBrokenCards(text),
];

// A card written in groups of four that a line break splits ("4539 1488\n0343 6467"): groups of digits
// with spaces or line breaks between them. Every run of groups that crosses a line break, starts on a
// network's digit, holds 13 to 19 digits in fours (the last may be shorter) and passes Luhn is a card; so a
// card followed by its expiry on the next line is still found, and other numbers on consecutive lines,
// which Luhn rejects nine times in ten and which are rarely all fours, stay apart.
const DIGIT_GROUPS = /(?<![\p{L}\p{N}+.,/-])\d{1,4}(?:(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,3})\d{1,4})+(?![\p{L}\p{N}])/gu;
function findBrokenCards(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(DIGIT_GROUPS)) {
    if (!m[0].includes('\n')) continue;
    const groups = [...m[0].matchAll(/\d+/g)].map((g) => ({ start: m.index + g.index, end: m.index + g.index + g[0].length }));
    for (let i = 0; i < groups.length; i++) {
      let digits = '';
      for (let j = i; j < groups.length && digits.length < 19; j++) {
        const group = text.slice(groups[j]!.start, groups[j]!.end);
        if (j > i && digits.length % 4 !== 0) break;
        digits += group;
        if (group.length !== 4 && (j === i || digits.length < 13)) break;
        const value = text.slice(groups[i]!.start, groups[j]!.end);
        if (digits.length >= 13 && value.includes('\n') && /^(?:[3-6]|2[2-7])/.test(digits) && luhnValid(digits)) {
          found.push({ start: groups[i]!.start, end: groups[j]!.end, type: 'CARD' });
          i = j;
          break;
        }
      }
    }
  }
  return found;
}

// Zero-padded octets too ("010.001.002.003", "192.168.001.010"): the same address to the network. Padded to
// three digits only: "3.00.01.02" is a version.
const OCTET = '(?:0\\d\\d|25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?!\\w|\\.\\d)`, 'g');
// A round number in thousands ("1.000.000.000 users") or an amount is no address.
const notAnAmount = (value: string, at: number, text: string) =>
  !/^\d{1,3}(?:\.000){3}$/.test(value) && !besideCurrency(text, at, at + value.length);
// Full or compressed ("fe80::1", "2001:db8::8a2e:370:7334") IPv6; validated below.
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}|:)?(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;
function looksLikeIpv6(value: string): boolean {
  const compressed = value.split('::').length - 1;
  const groups = value.split(':').filter(Boolean);
  if (compressed > 1 || groups.length > 8 || (!compressed && groups.length !== 8)) return false;
  // Times like 10:30:00 are all digits; an address written out has hex letters or "::".
  // "::1" (loopback) has one group.
  return (groups.length >= 2 || (compressed === 1 && groups.length === 1)) && (/[a-f]/i.test(value) || compressed === 1);
}
// A device's MAC address names the customer's router or phone as surely as its IP does: six hex pairs
// with one separator throughout ("3C:22:FB:9A:01:7E", "3c-22-fb-9a-01-7e"); a hex letter in it, so a time
// ("10:30:00:12:45:00") is none.
// Cisco writes it as three dotted groups of four ("3c22.fb9a.017e").
const MAC =
  /(?<![\w:-])[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![\w:-])|(?<![\w.])[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w]|\.\w)/gi;
export const findIps = (text: string) => [
  ...spans(text, IPV4, 'IP', (value, at) => notAnAmount(value, at, text)),
  ...spans(text, IPV6, 'IP', looksLikeIpv6),
  ...spans(text, MAC, 'IP', (value) => /[a-f]/i.test(value)),
];

// Phone numbers: groups of digits with at most two separators between them (or a spaced slash, dot or dash,
// "0171 / 1234567", "06 . 12 . 34 . 56 . 78"), optionally with +/00 and a
// "(0)"; a first group of up to 15 digits, E.164's longest (+4915123456789 written without spaces). Accepted when international (+ or 00), national with a trunk 0 and ≥ 9 digits, North American
// 3-3-4, or Iberian 3-3-3 mobile grouping, or preceded by a phone word; rejected when date-shaped or
// introduced by an order/invoice/tracking word, also as "Order ID:" or "order number is" (only id words
// may come between: "my order yesterday, 06…" is still a phone).
// A letter of a script written without blanks (Chinese, Japanese, a Korean particle, Thai) may touch a number
// ("090-1234-5678までご連絡", "010-1234-5678로"), and a Hebrew one-letter prefix joins it with a dash ("ל-052-…").
const GLUED_LETTER = '(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}])\\p{L}';
const phonePattern = (lineBreak: string) =>
  new RegExp(
    `(?:(?<![\\p{N}@#+/.:-]|${GLUED_LETTER})|(?<=(?<!\\p{L})[\\u05D0-\\u05EA]-))(?:\\+|00)?\\s?(?:\\(0\\)\\s?)?\\(?\\d{1,15}\\)?(?:(?:[ .\\-/]{1,2}| [./-] |(?<=\\))${lineBreak})\\(?\\d{1,12}\\)?){0,6}(?!\\p{N}|${GLUED_LETTER})`,
    'gu',
  );
const PHONE = phonePattern('');
// A mail client or the customer may break a number across lines ("call 0770\n0900 123"): with a line break
// (up to three blanks either side) as one more separator, taken only after a phone word and only where
// the first line's part is no phone by itself, so a phone is never joined to the next line's number.
const LINE_BREAK = '[ \\t]{0,3}\\r?\\n[ \\t]{0,3}';
const WRAPPED_PHONE = phonePattern(`|${LINE_BREAK}`);
const FIRST_LINE = new RegExp(`${LINE_BREAK}[^]*$`);
// For a number broken across lines the verb of calling or reaching in each language counts as a phone word
// too ("reach me on +44 7700\n900 457", "rufen Sie mich an: 0171\n…", "Appelez-moi au …", "Liguem para …",
// "Proszę dzwonić: …", "Numaram …"): the joined number must still look like a phone on its own.
const CALL_WORD =
  /(?<![\p{L}])(?:reach|contact|rufen|anrufen|erreich\p{L}*|appel\p{L}*|joindre|llam\p{L}*|lig\p{L}*|dzwo\p{L}*|zadzwo\p{L}*|numer|numar\p{L}*|ara\p{L}*|telefon\p{L}*)\W{0,4}[^\n\d]{0,16}$/iu;
export const PHONE_WORD =
  /(?<![\p{L}])(?:tel|phone|mobile|cell|call|ring|telefon|handy|mobil|nummer|bel|gsm|mob|téléphone|portable|teléfono|móvil|telefono|cellulare|telemóvel|telefone|هاتف|جوال|رقم)\W{0,4}[^\n\d]{0,12}$/iu;
// The words that name a record's number after its kind ("order no.", "Paket-Nr", "رقم"), and the "is" that
// may follow one ("order number is 0612…"). Shared with the other record words in national-ids.ts.
export const ID_WORDS = 'id|no|nr|number|nummer|numéro|número|numero|code';
const IS_AFTER_ID = '(?: (?:is|was|ist|är|est|es|è|é))?';
// The order word starts a word ("prefer", "suitcase" are none), "ref" and "case" stand alone ("refund"
// is none), and "is" may follow only an id word ("order number is 0612…"; "in this case is 0612…" is a phone).
// "رقم" is "number" (a phone word) and also the "number" of an order, invoice or parcel ("رقم الطلب"), also
// after it ("الطلب رقم 2025-77120": the order, number …).
const RECORDS = '(?:ال)?(?:طلب|فاتور|تتبع|شحن|حجز|تذكر|مرجع)';
const ARABIC_RECORD = `(?:رقم ${RECORDS}|${RECORDS}[\\p{L}]* رقم)`;
const ARABIC_RECORD_BEFORE = new RegExp(`${ARABIC_RECORD}[\\p{L}]*\\W{0,4}$`, 'u');
// A transaction's number only with its id word ("Transaction ID 4111…", "Transaktionsnummer 5500…"): a bare
// "Transaction 4111… failed" or "Failed transaction: 4111…" may as well be the card it was made with.
const TRANSACTION_ID = `(?<![\\p{L}])(?:transaction|transaktion|transacci|transaç|transazion)(?:[\\p{L}.]*(?:nummer|number|nr|no|id)|[\\p{L}.]*\\W{1,3}(?:${ID_WORDS}|ref)\\b)\\.?${IS_AFTER_ID}\\W{0,4}$`;
export const ORDER_WORD = new RegExp(
  `(?<![\\p{L}])(?:order|bestell|auftrag|bestelling|ordre|commande|pedido|ordine|encomenda|ticket|invoice|rechnung|factuur|faktura|facture|factura|fattura|fatura|tracking|sendung|kunden|customer|ref(?![\\p{L}])|case(?![\\p{L}])|artikel|article|sku|zaak|ärende|referen|número de pedido|${ARABIC_RECORD}|#)(?:[\\p{L}.]*(?:nummer|number|nr|no|id)\\.?${IS_AFTER_ID}|[\\p{L}.]*(?:\\W{1,3}(?:${ID_WORDS}|ref)\\b\\.?${IS_AFTER_ID})?)\\W{0,4}$|${TRANSACTION_ID}`,
  'iu',
);

// Money beside a number: a currency sign, an ISO 4217 code in capitals or a currency's name ("€40",
// "25000 EUR", "20 Euro", "1000000008 IDR"). Redaction reads such a number as an amount, never an id or
// an address; the drafts checks read it as a sum a promise names.
const CURRENCY =
  '\\p{Sc}|(?<![\\p{L}])(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|TRY|RUB|UAH|SAR|AED|QAR|KWD|BHD|OMR|JOD|EGP|MAD|TND|DZD|IDR|INR|PKR|MYR|SGD|HKD|CNY|JPY|KRW|THB|VND|PHP|AUD|NZD|CAD|MXN|BRL|ARS|CLP|COP|ZAR|NGN|KES|ILS|[Ee]uros?|[Dd]ollars?|[Kk]ronor|kr|Rp|Rs|[Rr]iyals?|ريال|درهم|جنيه)(?![\\p{L}])';
const CURRENCY_BEFORE = new RegExp(`(?:${CURRENCY})\\s?$`, 'u');
const CURRENCY_AFTER = new RegExp(`^\\s?(?:${CURRENCY})`, 'u');
/** Whether a currency stands just before offset `at` ("€ 40", "EUR 40"). */
const currencyBefore = (text: string, at: number) => CURRENCY_BEFORE.test(text.slice(Math.max(0, at - 8), at));
/** Whether a currency stands just after offset `at` ("40 €", "40 Euro"). */
export const currencyAfter = (text: string, at: number) => CURRENCY_AFTER.test(text.slice(at, at + 8));
/** Whether the number written from `start` to `end` is money: a currency stands right before or after it. */
export const besideCurrency = (text: string, start: number, end: number) => currencyBefore(text, start) || currencyAfter(text, end);

// Day-month-year or year-month-day; "655-44-33-22" (three leading digits) is a Spanish phone, not a date.
const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\b/;

// The counted things and units around a bare list of numbers that is no phone.
const COUNTED_BEFORE =
  /(?<![\p{L}])(?:sizes?|str|størrelser?|seats?|pladser|rows?|rooms?|batch|lots?|qty|quantity|antal|units?|prices?|pris(?:er)?|koster|costs?|pages?|items?)\W{0,3}$/iu;
const UNIT_AFTER =
  /^\s?(?:kr|kroner|dkk|nok|sek|eur|euro|usd|€|\$|£|%|min|minutes?|minutter|sec|seconds?|hours?|timer|units?|stk|pcs|pieces?|cm|mm|kg|ml|gb|mb)(?![\p{L}])/iu;
function looksLikePhone(value: string, before: string, after = ''): boolean {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  // "06.12.34.56.78", "06-12-34-56-78": a French number in five pairs starts like a date ("06.12.34") but no date has five parts.
  if (DATE_LIKE.test(trimmed) && !/^(?:\+|00)/.test(trimmed) && !/^0[1-9]([./-])\d{2}(?:\1\d{2}){3}$/.test(trimmed)) return false;
  // A "+" is a phone whatever word comes before it ("Ticket no. +31 6 12345678"); "00…" may be an order number.
  if (trimmed.startsWith('+')) return digits.length >= 9;
  const phoneWord =
    (PHONE_WORD.test(before) || UNSPACED_PHONE_WORD.test(before)) && !ARABIC_RECORD_BEFORE.test(before) && !orderAfterPhoneWord(before);
  if (!phoneWord && ORDER_WORD.test(before)) return false;
  if (trimmed.startsWith('00')) return digits.length >= 9;
  if (phoneWord && digits.length >= 8) return true;
  if (phoneWord && /^\d{3}-\d{4}$/.test(trimmed)) return true; // a North American local number: "phone: 555-0123"
  if (/^\(?0/.test(trimmed)) return (digits.length >= 9 && /[\s\-/.()]/.test(trimmed)) || digits.length === 10;
  if (/^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(trimmed)) return true;
  if (/^\(\d{2}\) ?9?\d{4}-?\d{4}$/.test(trimmed)) return true; // Brazil: (11) 98765-4321
  // Iberian and Italian mobiles: 612 345 678, 612 34 56 78, 91 234 56 78, 347 123 4567
  // An Indian mobile in two fives (98765 43210); a Danish or Norwegian number in four pairs (20 30 40 50).
  // Not a list of amounts, sizes or seats ("20 30 40 50 kr", "Sizes 36 38 40 42", "75000 12000 units").
  if (
    (/^[6-9]\d{4} \d{5}$/.test(trimmed) || /^[2-9]\d(?: \d{2}){3}$/.test(trimmed)) &&
    !COUNTED_BEFORE.test(before) &&
    !UNIT_AFTER.test(after)
  )
    return true;
  return (
    /^[6-9]\d{2} \d{3} \d{3}$/.test(trimmed) || /^[6-9]\d{2}(?:[ -]\d{2}){3}$/.test(trimmed) || /^9\d \d{3} \d{2} \d{2}$/.test(trimmed)
  );
}

// As many digits as a phone holds with its area code: 8 to 15 (E.164).
const phoneDigits = (value: string) => /^\D*(?:\d\D*){8,15}$/.test(value);

// The words for phone and calling in scripts written without blanks, read inside their sentence ("电话1391…",
// "请打 1391…", "연락처 010…").
const UNSPACED_PHONE_WORD = /(?:电话|電話|手机|手機|打|联系|聯繫|致电|전화|연락처|휴대폰|핸드폰|携帯|連絡)[^\n\d]{0,6}$/u;

// An order word after the phone word names the number ("Call about order 4471…"): the record's, not a phone.
const orderAfterPhoneWord = (before: string) => {
  const order = ORDER_WORD.exec(before);
  const phone = PHONE_WORD.exec(before);
  return !!order && !!phone && order.index > phone.index;
};

// An extension goes with its number: "020 7946 0958 ext. 1234", "555-123-4567 x89", "… Durchwahl 12".
const EXTENSION = /^,? ?(?:ext\.?|extension|x|Durchwahl|DW|toestel|anknytning|poste) ?\d{1,6}(?![\p{L}\p{N}])/iu;

export function findPhones(text: string): Span[] {
  const found: Span[] = [];
  const take = (pattern: RegExp, accept: (value: string, before: string, after: string) => boolean) => {
    for (const m of text.matchAll(pattern)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const value = raw.trim();
      const start = m.index + lead;
      if (
        !accept(value, text.slice(Math.max(0, start - 30), start), text.slice(start + value.length, start + value.length + 16)) ||
        companyFreephone(text, start, start + value.length)
      )
        continue;
      const extension = EXTENSION.exec(text.slice(start + value.length, start + value.length + 24))?.[0].length ?? 0;
      found.push({ start, end: start + value.length + extension, type: 'PHONE' });
    }
  };
  take(PHONE, looksLikePhone);
  if (!text.includes('\n')) return found;
  take(
    WRAPPED_PHONE,
    (value, before) =>
      value.includes('\n') &&
      (PHONE_WORD.test(before) || CALL_WORD.test(before) || value.startsWith('+')) &&
      !looksLikePhone(value.replace(FIRST_LINE, ''), before) &&
      (looksLikePhone(value.replace(/\s*\n\s*/, ' '), before) || (CALL_WORD.test(before) && phoneDigits(value))),
  );
  return found;
}
