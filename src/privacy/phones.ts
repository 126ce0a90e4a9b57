// Phone numbers, also broken across lines; order and record words, dates, amounts and counted lists are none.
import { companyFreephone } from './freephones';
import { ARABIC_RECORD_BEFORE, ORDER_WORD, PHONE_WORD } from './record-words';
import type { Span } from './spans';

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

// Day-month-year or year-month-day; "655-44-33-22" (three leading digits) is a Spanish phone, not a date.
const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\b/;

// The counted things and units around a bare list of numbers that is no phone.
const COUNTED_BEFORE =
  /(?<![\p{L}])(?:sizes?|str|størrelser?|seats?|pladser|rows?|rooms?|batch|lots?|qty|quantity|antal|units?|prices?|pris(?:er)?|koster|costs?|pages?|items?)\W{0,3}$/iu;
const UNIT_AFTER =
  /^\s?(?:kr|kroner|dkk|nok|sek|eur|euro|usd|€|\$|£|%|min|minutes?|minutter|sec|seconds?|hours?|timer|units?|stk|pcs|pieces?|cm|mm|kg|ml|gb|mb)(?![\p{L}])/iu;
// A part's, a model's or an error's number in a Polish phone's groups is no phone ("Part 512-345-678", "ISBN
// 978-123-456", "Error 12 345 67 89"): read for the shapes round 18 added, which main's rules never took.
const CODE_BEFORE =
  /(?<![\p{L}])(?:parts?|art(?:ikel|icle|ículo|icolo)?|sku|mod(?:el|ell|èle|elo)|items?|isbn|ean|serial|code|error|fehler|erreur|błąd|błędu|kod|ref|version|build|lot|batch|product|produkt|produit|producto)\.?\W{0,3}$/iu;
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
    // A Polish landline in 2-3-2-2 (22 654 32 10).
    (/^[6-9]\d{4} \d{5}$/.test(trimmed) ||
      /^[2-9]\d(?: \d{2}){3}$/.test(trimmed) ||
      (/^[1-9]\d \d{3} \d{2} \d{2}$/.test(trimmed) && !CODE_BEFORE.test(before))) &&
    !COUNTED_BEFORE.test(before) &&
    !UNIT_AFTER.test(after)
  )
    return true;
  return (
    // A Polish mobile in threes is written with dashes too (601-234-567).
    /^[6-9]\d{2} \d{3} \d{3}$/.test(trimmed) ||
    (/^[5-9]\d{2}([ -])\d{3}\1\d{3}$/.test(trimmed) && !CODE_BEFORE.test(before)) ||
    /^[6-9]\d{2}(?:[ -]\d{2}){3}$/.test(trimmed) ||
    /^9\d \d{3} \d{2} \d{2}$/.test(trimmed)
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
