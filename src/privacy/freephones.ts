// A company's toll-free service number ("Freephone 0800 028 4422", "Numéro Vert 0 800 05 10 10", "900 123 456
// (gratuito)") is the company's, published for everyone: the agent needs it in a draft and it names no
// customer. It is kept only when both hold: the number starts with a country's toll-free prefix, and its
// line says the call is free in a word a company prints beside such a number. A customer may own a
// freephone too ("my work line, 0800 731 2290"; "Meine kostenlose Nummer: 0800 …"): a first-person word
// before it on its line, or no free-call word at all, keeps it a phone (unsure, redact).

// Toll-free prefixes: 0800/0808 (UK, DE, FR, NL, TR, PL with 0), "0 80x" as France writes them, 800 (SA,
// PL, PT, IT), 900 (ES), 020 (SE), 1-800/888/877/866/855/844/833 (North America).
const TOLL_FREE = /^(?:\+?\(?(?:0 ?80[0-8]|800|900|020|1[ -]?8(?:00|88|77|66|55|44|33))(?![\d])|\+?1?[ -]?8(?:00|88|77|66|55|44|33)[ -])/u;
// Words a company prints beside its free number, in the languages the redactor reads.
const FREE_WORD =
  /(?<![\p{L}])(?:freephone|free ?phone|toll[- ]free|free of charge|kostenlos(?:e[nrs]?)?|gebührenfrei(?:e[nrs]?)?|gratis|gratuit[oa]?s?|gratuite?s?|num[ée]ro vert|numero verde|linha gratuita|avgiftsfri(?:tt|a)?|kostnadsfri(?:tt|a)?|gratisnummer|bezpłatn(?:a|e|y|ej|ego|ą)?|ücretsiz|المجاني|مجاني)(?![\p{L}])/iu;
// A first-person word before the number on its line: the customer's own line whatever it costs to call.
const MINE =
  /(?<![\p{L}])(?:my|mine|me|i|mein\p{L}*|mich|mijn|mij|min|mitt|mig|mon|ma|mes|moi|mi|mí|meu|minha|mój|moja|moje|mnie|benim|numaram|رقمي|جوالي|هاتفي)(?![\p{L}])/iu;

/** Whether the phone-shaped number from `start` to `end` is a company's published free number. */
export function companyFreephone(text: string, start: number, end: number): boolean {
  if (!TOLL_FREE.test(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(Math.max(lineStart, start - 60), start);
  const line = text.slice(Math.max(lineStart, start - 60), lineEnd < 0 ? Math.min(text.length, end + 40) : Math.min(lineEnd, end + 40));
  return FREE_WORD.test(line) && !MINE.test(before);
}
