// Where someone was born, said with their date of birth ("geboren am 3.5.1990 in Utrecht", "född 1987-04-12 i
// Göteborg", "родился 05.06.1980 в Казани") or after its own label ("Geburtsort: Köln"): with the date, a
// town narrows a person down to a few, so it is redacted as an ADDRESS. Only a capitalised place right after
// the date and a preposition counts: "born on 2 June 1984 in the old hospital" names none.
import type { Span } from './patterns';

// "in" in the languages: en/de/nl in, nl te, pt em/no/na, es en, fr à, it a, sv/da/no i, cs v/ve, pl w/we,
// ru в/во, el σε and its forms with the article.
const PLACE = '(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})(?![\\p{L}\\p{N}])';
const AFTER_DATE = new RegExp(`^,?[ \\t]+(?:in|te|em|no|na|en|à|a|i|v|ve|w|we|в|во|σε|στη|στην|στο|στον)[ \\t]+${PLACE}`, 'u');
// The label in any case; the place after it read apart, in its case ('i' would let "\\p{Lu}" take "unknown").
// (The word's start is checked apart: a look-behind first was tried at every character, 33 ms on 200 KB of
// Arabic words, where the label's first letters are looked for at once.)
const PLACE_LABEL =
  /(?:Geburtsort|place of birth|birthplace|birth place|geboorteplaats|födelseort|fødested|fødeby|lieu de naissance|lugar de nacimiento|luogo di nascita|local de nascimento|naturalidade|miejsce urodzenia|místo narození|syntymäpaikka|место рождения|τόπος γέννησης|doğum yeri|مكان الميلاد)[ \t]*:?[ \t]*/giu;
const PLACE_AT = new RegExp(PLACE, 'uy');
// A form's answer after the label's colon may be typed in lower case ("geburtsort: köln", "место рождения:
// москва"): one word then, unless it says the place is not known or not given.
const LOWER_PLACE_AT = /\p{Ll}{2,}(?:-\p{Ll}{2,})?(?![\p{L}\p{N}])/uy;
const NO_PLACE =
  /^(?:unknown|none|n|na|not|no|nil|see|same|idem|unbekannt|keine|keiner|siehe|onbekend|geen|okänd|ingen|ukendt|ukjent|tuntematon|ei|neznámé|neznámo|není|nieznane|nieznany|brak|inconnu|aucun|desconocido|ninguno|sconosciuto|nessuno|desconhecido|nenhum|bilinmiyor|yok|неизвестно|нет|άγνωστο|άγνωστος|κανένα)$/u;

/** The place right after each date of birth in `dates` (spans found by labelled.ts). */
export function placesAfterBirthDates(text: string, dates: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const date of dates) {
    const m = AFTER_DATE.exec(text.slice(date.end, date.end + 60));
    if (!m) continue;
    const start = date.end + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length, type: 'ADDRESS' });
  }
  return found;
}

/** A place after its label: "Geburtsort: Köln", "place of birth Leeds". */
export function findBirthplaceLabels(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(PLACE_LABEL)) {
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1]!)) continue;
    PLACE_AT.lastIndex = m.index + m[0].length;
    const place = PLACE_AT.exec(text);
    if (place) found.push({ start: place.index, end: place.index + place[1]!.length, type: 'ADDRESS' });
    else if (m[0].includes(':')) {
      LOWER_PLACE_AT.lastIndex = m.index + m[0].length;
      const lower = LOWER_PLACE_AT.exec(text);
      if (lower && !NO_PLACE.test(lower[0])) found.push({ start: lower.index, end: lower.index + lower[0].length, type: 'ADDRESS' });
    }
  }
  return found;
}
