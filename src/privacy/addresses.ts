// Postal addresses: a street with a house number in the nine languages' usual orders, and postcodes
// followed by a town. Regexes cannot know every street; these cover the common shapes the eval set
// measures (scripts/redact), and a missed street leaks a street, not a person's name or account.
import type { Span } from './patterns';

const W = "\\p{Lu}[\\p{L}'’.-]*"; // a capitalised word
const NUM = '\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:[-/]\\d{1,4})?';

const STREETS: RegExp[] = [
  // en: 221B Baker Street, 1600 Pennsylvania Avenue NW, 10 Downing St
  new RegExp(`\\b\\d{1,5}[A-Za-z]?,? (?:${W} ){1,3}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Terrace|Close|Crescent|Square|Highway|Hwy)(?![\\p{L}])(?: (?:NW|NE|SW|SE|N|S|E|W)\\b)?(?:,? (?:Apt|Suite|Unit|Flat)\\.? ?\\w+)?`, 'gu'),
  // de / nl / sv compounds: Hauptstraße 5, Kerkstraat 12-2, Storgatan 3 B
  new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|straat|laan|plein|gracht|kade|singel|dijk|steeg|gatan|vägen|gränd|torget|allén|stigen|backen) ${NUM}(?![\\p{L}\\p{N}])`, 'gu'),
  // de / nl separate words: Berliner Straße 12, Am Markt 3 is left out (too ambiguous)
  new RegExp(`(?<![\\p{L}])${W} (?:Straße|Strasse|Str\\.|Weg|Gasse|Allee|Platz|Ring|Damm) ${NUM}(?![\\p{L}\\p{N}])`, 'gu'),
  // fr: 12 rue de la Paix, 5 bis avenue Victor Hugo
  new RegExp(`\\b\\d{1,4}(?: ?(?:bis|ter))?,? (?:[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours) (?:(?:de la|de l'|du|des|de|d')\\s?)?[\\p{L}'’-]+(?: ${W}){0,3}`, 'gu'),
  // es / it / pt: Calle Mayor 5, Via Roma 12/A, Rua da Prata, 45, Avenida da Liberdade nº 110
  new RegExp(`(?<![\\p{L}])(?:Calle|C/|Avenida|Avda\\.|Av\\.|Plaza|Paseo|Camino|Carrer|Ronda|Via|Viale|Piazza|Piazzale|Corso|Vicolo|Largo|Rua|Travessa|Praça|Estrada|Alameda) (?:(?:de la|del|de los|de las|dei|degli|delle|della|del|di|da|de|do|das|dos) )?${W}(?: (?:(?:de|del|da|do|dos|das|di) )?${W}){0,3},? (?:n[º°o]\\.? ?)?${NUM}(?![\\p{L}\\p{N}])(?:,? \\d{1,2}º ?[A-Z]?)?`, 'gu'),
];

// Words that follow a number the way a town follows a postcode, but are not towns.
const NOT_TOWNS = new Set(['Euro', 'Euros', 'EUR', 'USD', 'Dollar', 'Dollars', 'Kronor', 'Items', 'Orders', 'Stück', 'Punkte', 'Points', 'Kunden', 'Users', 'Artikel']);
const TOWN = "\\p{Lu}[\\p{L}'’-]+(?:[ -](?:am|an der|sur|de|del|di|la|le) \\p{Lu}[\\p{L}'’-]+| \\p{Lu}[\\p{L}'’-]+)?";

const POSTCODES: RegExp[] = [
  new RegExp(`(?<![\\p{N}#.,/-])\\d{5} (${TOWN})`, 'gu'), // de fr es it
  new RegExp(`(?<![\\p{N}#])\\d{4} ?[A-Z]{2} (${TOWN})`, 'gu'), // nl
  new RegExp(`(?<![\\p{N}#])\\d{3} \\d{2} (${TOWN})`, 'gu'), // sv
  new RegExp(`(?<![\\p{N}#])\\d{4}-\\d{3} (${TOWN})`, 'gu'), // pt
  /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g, // uk
  /(?<=, )[A-Z]{2} \d{5}(?:-\d{4})?\b/g, // us state + zip after "City, "
];

export function findAddresses(text: string): Span[] {
  const found: Span[] = [];
  for (const pattern of STREETS) {
    for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS' });
  }
  for (const pattern of POSTCODES) {
    for (const m of text.matchAll(pattern)) {
      const town = m[1]?.split(/[ -]/)[0];
      if (town && NOT_TOWNS.has(town)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS' });
    }
  }
  return found;
}
