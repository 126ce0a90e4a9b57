// Payment cards: a network's first digit and Luhn; an order word before an ungrouped run makes it that order.
import { luhnValid } from './checksums';
import { ORDER_WORD } from './record-words';
import { spans, type Span } from './spans';

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
