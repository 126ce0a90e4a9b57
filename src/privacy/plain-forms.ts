// Blanks, dashes and full-width characters read as their plain ASCII forms, one UTF-16 unit for one, so
// offsets stay those of the text as written. A no-break or thin space between a phone's groups (French
// typography puts U+202F there), an en dash between a card's groups or a full-width "＠" hides the value
// from every pattern while the reader, and the model, still see it.
import { PADDING } from './invisible';

const BLANKS = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// A middle dot groups a plate's or a phone's characters the way a dash does ("B·AB·1234", "06·12·34·56·78"):
// the middle dot, the bullet and dot operators, the katakana middle dot.
const DASHES = /[\u00B7\u2010-\u2015\u2212\u2219\u22C5\u30FB\uFE58\uFE63\uFF0D]/g;
// The Arabic tatweel stretches a line between a phone's groups as a dash does ("٠٥٠ـ١٢٣ـ٤٥٦٧"); only between
// digits (read as ASCII by then), as inside a word it is part of a name ("محـــمد"). A stretched run
// ("٠٥٥ــــ٤٤٤") is one dash: the rest become PADDING, which withoutInvisible drops (offsets kept).
const DIGIT_TATWEELS = /(?<=\d)\u0640+(?=\d)/g;
// A character reference for a digit or a sign of an address ("&#48;7700 900 461", "dana&#64;example.com",
// "&#x30;"), as a ticket's HTML or a mailer's source may carry it: the character it stands for, the rest of
// the reference PADDING (offsets kept). Printable ASCII only: any other reference stays as written.
const CHARACTER_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|(\d{1,7}));/g;
// Full-width ASCII ("＠", "．", "ｄａｎａ"): the same characters at U+FF01–U+FF5E.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

export function plainForms(text: string): string {
  return text
    .replace(BLANKS, ' ')
    .replace(DASHES, '-')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(DIGIT_TATWEELS, (run) => '-'.padEnd(run.length, PADDING))
    .replace(CHARACTER_REFERENCE, (ref, hex?: string, decimal?: string) => {
      const code = hex ? parseInt(hex, 16) : Number(decimal);
      return code >= 0x21 && code <= 0x7e ? String.fromCharCode(code).padEnd(ref.length, PADDING) : ref;
    });
}
