// A street's name is also a product's or a work's title ("Das Poster „Hauptstraße 5“ aus der Serie
// Stadtansichten", the print "Abbey Road 3"): quoted whole, right after a word for a work or a product, the
// street is the title. A quoted street after any other word ("ich wohne „Hauptstraße 5“") stays an address, and
// so does one with its postcode after the quote. Modelled (round 17's poster), not measured.
const OPENING = '„“”"\'‘’«‹「『';
const CLOSING = '“”"\'’‘»›」』';
const WORK_WORD =
  /(?<![\p{L}])(?:poster|print|kunstdruck|druck|bild|leinwand|motiv|puzzle|kalender|album|song|single|lied|titel|film|buch|roman|book|novel|title|track|painting|canvas|mug|affiche|tableau|toile|livre|titre|chanson|cuadro|lámina|libro|canción|quadro|stampa|canzone|cartaz|livro|schilderij|boek|tavla|bok|låt)(?:s|e|n|es)?[ \t]*$/iu;
const BLANK = /^[ \u00a0\u202f]$/u;
// The postcode after the quote, continental ("10115 Berlin", "1017 GC Amsterdam", "111 51 Stockholm", after "in"
// or "à" too) or British, alone or after its town ("London NW1 6XE", ", NW1 6XE London").
const POSTCODE_AFTER =
  /^[ \t]*[,;]?[ \t]*(?:(?:in|à|a|en|i|te|nach|to)[ \t]+)?(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+\p{L}|\d{3} \d{2}[ \t]+\p{L}|(?:\p{Lu}[\p{L}-]+,?[ \t]+)?[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\p{L}\p{N}]))/u;

/** Whether the street at `start`..`end` is a work's or a product's quoted title. */
export function isQuotedTitle(text: string, start: number, end: number): boolean {
  // French sets its guillemets apart with a space («\u00a0…\u00a0»).
  const from = BLANK.test(text[start - 1] ?? '') ? start - 1 : start;
  const to = BLANK.test(text[end] ?? '') ? end + 1 : end;
  const open = text[from - 1];
  const close = text[to];
  if (!open || !close || !OPENING.includes(open) || !CLOSING.includes(close)) return false;
  if (POSTCODE_AFTER.test(text.slice(to + 1, to + 40))) return false;
  return WORK_WORD.test(text.slice(Math.max(0, from - 31), from - 1));
}
