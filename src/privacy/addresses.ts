// Postal addresses: a street with a house number in the nine languages' usual orders, and postcodes
// followed by a town. Regexes cannot know every street; these cover the common shapes the eval set
// measures (scripts/redact), and a missed street leaks a street, not a person's name or account.
import { currencyAfter, type Span } from './patterns';
import { LOWER_STREETS } from './lower-streets';
import { findLowerTowns } from './lower-towns';
import { findScriptAddresses } from './script-addresses';
import { findStreetsBeforePostcodes } from './streets-before-postcodes';
import { isQuotedTitle } from './titled-streets';
import { notATown, TOWN } from './towns';

const W = "\\p{Lu}[\\p{L}'’.-]*"; // a capitalised word
const ANY_W = "\\p{L}[\\p{L}'’.-]*";
const NUM = '\\d{1,5}(?:bis|ter|\\s?[a-zA-Z](?![\\p{L}]))?(?:[-/]\\d{1,4})?';
// "Str" is written with or without its dot ("Goethestr 7"); after the dot the number may follow at once
// ("Hauptstr.12"), else after one space.
const DE_STREET_WORD = '(?:Straße|Strasse|Str\\.?|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Chaussee)';
const BEFORE_NUM = '(?:(?<=\\.) ?| )';

// A Saudi town and its five-digit postcode after an Arabic street or post-office box: "، جدة ٢١٤٤١".
const AR_TOWN_POSTCODE = '(?:[ \\t]*[،,]?[ \\t]*[\\u0621-\\u064A]{2,}(?: [\\u0621-\\u064A]{2,})? \\d{5}(?!\\d))?';

const STREETS: RegExp[] = [
  // en: 221B Baker Street, 1600 Pennsylvania Avenue NW, 10 Downing St, 12 West 3rd Street. An ordinal
  // only right before the street word: "2 1st Class Green tickets", "2019 3rd Party Court" are no streets.
  new RegExp(
    `\\b\\d{1,5}[A-Za-z]?,? (?:(?:${W} ){0,2}\\d{1,3}(?:st|nd|rd|th) |(?:${W} ){1,3})(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Terrace|Close|Crescent|Square|Highway|Hwy|Grove|Gardens|Park|Row|Mews|Walk|Hill|Rise|Parade|Circle|Trail|Parkway|Green)(?![\\p{L}])(?: (?:NW|NE|SW|SE|N|S|E|W)\\b)?(?:,? (?:Apt|Suite|Unit|Flat)\\.? ?\\w+)?`,
    'gu',
  ),
  // de / nl / sv compounds: Hauptstraße 5, Kerkstraat 12-2, Storgatan 3 B, and German names joined by
  // hyphens, whose street word is capitalised: Karl-Marx-Allee 12, Konrad-Adenauer-Str. 5. The look-behind
  // also refuses "-" so that "A-A-A-…" is not a new start at every letter (quadratic).
  new RegExp(
    `(?<![\\p{L}-])\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.?|weg|gasse|allee|platz|ring|damm|ufer|chaussee|straat|laan|plein|gracht|kade|singel|dijk|steeg|gatan|vägen|gränd|torget|allén|stigen|backen|-${DE_STREET_WORD})${BEFORE_NUM}${NUM}(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  // de / nl separate words: Berliner Straße 12, Berliner Str 12
  new RegExp(`(?<![\\p{L}'’.-])${W} ${DE_STREET_WORD}${BEFORE_NUM}${NUM}(?![\\p{L}\\p{N}])`, 'gu'),
  // fr: 12 rue de la Paix, 5 bis avenue Victor Hugo
  new RegExp(
    `\\b\\d{1,4}(?: ?(?:bis|ter))?,? (?:[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours) (?:(?:de la|de l'|du|des|de|d')\\s?)?[\\p{L}'’-]+(?: ${W}){0,3}`,
    'gu',
  ),
  // es / it / pt: Calle Mayor 5, Via Roma 12/A, Rua da Prata, 45, Avenida da Liberdade nº 110; "C/ Gran Vía 28,
  // 3º B" (the floor also as "3o" once normalized); "piazza Duomo 1", "corso Buenos Aires 5" in lower case
  // with a capitalised name (below: the street words that only name a street, with a name in any case).
  new RegExp(
    `(?<![\\p{L}])(?:(?:Calle|Avenida|Avda\\.|Av\\.|Plaza|Paseo|Camino|Carrer|Ronda|Via|Viale|Piazza|piazza|Piazzale|Corso|corso|Vicolo|Largo|Rua|Travessa|Praça|Estrada|Alameda) |C/ ?)(?:(?:de la|del|de los|de las|dei|degli|delle|della|del|di|da|de|do|das|dos) )?${W}(?: (?:(?:de|del|da|do|dos|das|di) )?${W}){0,3},? (?:n[º°o]\\.? ?)?${NUM}(?![\\p{L}\\p{N}])(?:,? \\d{1,2}(?:º|ª|°|o(?![\\p{L}])) ?[A-Z]?(?![\\p{L}]))?`,
    'gu',
  ),
  // The street word in lower case, as tickets are often typed, and the name in any case: "calle mayor 12",
  // "c/mayor 5", "rua augusta 100", "viale monza 140". Only words that name nothing but a street: not "via"
  // (English "via Amazon 2 days ago"), "corso" (a course) or "piazza".
  new RegExp(
    `(?<![\\p{L}])(?:(?:calle|avenida|avda\\.|carrer|rua|travessa|praça|viale) |c/ ?)(?:(?:de la|del|de los|de las|dei|degli|delle|della|di|da|de|do|das|dos) )?${ANY_W}(?: (?:(?:de|del|da|do|dos|das|di) )?${ANY_W}){0,2},? (?:n[º°o]\\.? ?)?${NUM}(?![\\p{L}\\p{N}])(?:,? \\d{1,2}(?:º|ª|°|o(?![\\p{L}])) ?[A-Za-z]?(?![\\p{L}]))?`,
    'gu',
  ),
  // pl: the street word abbreviated before the name, the flat after the number: ul. Długa 5 m. 12, al. Jana
  // Pawła II 3/4, ulica Krótka 7 lok. 2.
  new RegExp(
    `(?<![\\p{L}])(?:ul\\.|al\\.|os\\.|ulica|aleja) ?${W}(?: ${W}){0,3} \\d{1,5}[a-zA-Z]?(?: ?(?:m\\.|lok\\.|/) ?\\d{1,4})?(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  // de: a street named by a preposition, no street word: Am Sonnenhang 7, An der Alster 12, Im Winkel 3
  new RegExp(
    `(?<![\\p{L}])(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Hinter der|Unter den) (${W}) ${NUM}(?![\\p{L}\\p{N}.,]\\d)`,
    'gu',
  ),
  // A post-office box: PO Box 4471, P.O. Box 12, Postfach 10 11 12, Postbus 1234, Apartado de Correos 15,
  // Casella Postale 7, Caixa Postal 1234, skrytka pocztowa 21. ("Apartado 3" alone is a section, "BP 120" a blood pressure.)
  /(?<![\p{L}])(?:P\.? ?O\.? Box|PO Box|Postfach|Postbus|Postbox|Boîte postale|Apartado de [Cc]orreos|Casella [Pp]ostale|Caixa [Pp]ostal|[Ss]krytk[aęi] pocztow(?:a|ą|ej)|skr\. ?poczt\.) \d{1,6}(?: \d{2,3}){0,2}(?![\p{L}\p{N}])/giu,
  // ar: شارع التحلية 18 (street), طريق الملك فهد 24 (road), and the number first: ١٢ شارع الملك فهد;
  // a post-office box: ص.ب. ١٢٣٤. Each with the town and its five-digit postcode after it (", جدة ٢١٤٤١").
  new RegExp(`(?:شارع|طريق|ش\\.) (?:[\\u0621-\\u064A]+ ){1,3}\\d{1,5}(?!\\d)${AR_TOWN_POSTCODE}`, 'gu'),
  new RegExp(`(?<![\\p{N}])\\d{1,5} (?:شارع|طريق) [\\u0621-\\u064A]+(?: [\\u0621-\\u064A]+){0,2}${AR_TOWN_POSTCODE}`, 'gu'),
  // ar: a district, named with its article (حي الملقا, حي النخيل الشمالي), and the street after it
  // ("حي النخيل، شارع الأمير سلطان"). "حي" alone is also "alive": the article decides; "حي الله" is a greeting.
  new RegExp(
    `(?<![\\p{L}])حي (?!الله(?![\\p{L}]))ال[\\u0621-\\u064A]+(?: ال[\\u0621-\\u064A]+)?(?:[ \\t]*[،,]?[ \\t]*(?:شارع|طريق) [\\u0621-\\u064A]+(?: [\\u0621-\\u064A]+){0,2})?`,
    'gu',
  ),
  new RegExp(`(?<![\\p{L}])ص\\.? ?ب\\.? ?\\d{1,6}(?!\\d)${AR_TOWN_POSTCODE}`, 'gu'),
  ...LOWER_STREETS,
];

// "Am Montag 3 Pakete" is a day, not a street: preposition streets whose word is a time word are dropped.
const NOT_STREET_WORDS =
  /^(?:Schnitt|Durchschnitt|Mittel|Vergleich|Voraus|Rahmen|Laufe|Zeitraum|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Morgen|Abend|Anfang|Ende|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Tag|Monat|Jahr|Lager|Paket|Ticket|Telefon|Moment)$/;

// "Im Schnitt 3 Tage", "Am Ende 2 Stück": a preposition, a word and a number followed by a unit (or a currency, patterns.ts) is an
// amount, whatever the word.
const UNIT_AFTER = /^ ?(?:Tage?n?|Werktage?n?|Wochen?|Monate?n?|Jahre?n?|Stunden?|Minuten?|Uhr|Mal|Stück|Prozent|%)(?![\p{L}])/u;

const POSTCODES: RegExp[] = [
  new RegExp(`(?<![\\p{N}#.,/-])\\d{5} (${TOWN})`, 'gu'), // de fr es it
  new RegExp(`(?<![\\p{N}#])\\d{4} ?[A-Z]{2} (${TOWN})`, 'gu'), // nl
  new RegExp(`(?<![\\p{N}#])\\d{3} \\d{2} (${TOWN})`, 'gu'), // sv
  new RegExp(`(?<![\\p{N}#])\\d{4}-\\d{3} (${TOWN})`, 'gu'), // pt
  new RegExp(`(?<![\\p{N}#/.-])\\d{2}-\\d{3} (${TOWN})`, 'gu'), // pl
  /(?<=(?<![\p{L}])CEP:? ?)\d{5}-?\d{3}(?![\p{N}])/gu, // br, after its label: CEP 01304-001
  /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g, // uk
  // us state + zip after a town ("Springfield, IL 62704", "Springfield IL 62704")
  /(?<=\p{L},? )(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY) \d{5}(?:-\d{4})?\b/gu,
  /(?<=\p{L},? )(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA) \d{4}\b/gu, // au state + postcode ("Sydney NSW 2000")
  /(?<=\p{L},? )(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT) [A-Z]\d[A-Z] ?\d[A-Z]\d\b/gu, // ca province + postcode ("Ottawa, ON K1A 0B1")
  // br: a CEP after its state ("São Paulo - SP, 01310-100") or after a town and a comma ("Recife, 50030-230")
  /(?<![\p{L}])(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO),? \d{5}-\d{3}(?![\p{N}])/gu,
  /(?<=\p{Lu}\p{Ll}+,[ \t]?)\d{5}-\d{3}(?![\p{N}])/gu,
];

// A postcode and town right after a street (", " or the next line), with or without the country's letter
// ("CH-8001 Zürich"). Only here are Swiss and Austrian four-digit postcodes taken: alone, "2019 Kunden"
// is a year. Five digits too, though POSTCODES finds them after ", ": glued to the comma
// ("Hauptstr. 5,10115 Berlin") POSTCODES cannot tell them from a decimal. Sticky, tried once at each street's end.
const POSTCODE_AFTER_STREET = new RegExp(`(?:, ?|,?[ \\t]*\\n[ \\t]*| )((?:(?:D|DE|CH|A|AT)-)?\\d{4,5} (${TOWN}))`, 'uy');

function postcodeAfter(text: string, end: number): Span | null {
  POSTCODE_AFTER_STREET.lastIndex = end;
  const m = POSTCODE_AFTER_STREET.exec(text);
  const start = m ? m.index + m[0].length - m[1]!.length : 0;
  if (!m || notATown(text, start + m[1]!.length - m[2]!.length, m[2]!)) return null;
  return { start, end: start + m[1]!.length, type: 'ADDRESS' };
}

// The flat, floor and staircase after the street ("Via Garibaldi 12, int. 4", "Via dei Mille 45 scala B", "C/ Mayor
// 15, 3º izda.", "nº 120, piso 4, puerta B", "12 rue des Lilas, bât. C, 3e étage", "Lindenstraße 4, 2. OG links"):
// each a word only addresses use with its number or letter; "Via Roma 1, interno del negozio" stays.
const UNIT_TAIL =
  /(?:,?[ \t]+(?:(?:int\.|interno|scala|piso|planta|puerta|pta\.|bât\.|bâtiment|escalier|esc\.|appt?\.|apartamento)[ \t]*[\p{Lu}\p{N}]{1,3}(?![\p{L}\p{N}])|\p{N}{1,2}(?:º|ª|o|e|er|ème|\.)?[ \t]*(?:piso|planta|étage|OG|Stock)(?:[ \t]+(?:links|rechts))?(?![\p{L}])|(?:izda|dcha)\.?(?![\p{L}])|izquierda|derecha))+/uy;
// The team's own address in a quoted signature ("> Acme GmbH · Hauptstraße 5 · 10115 Berlin", "> Acme Support ·
// 1 Market Street"): on a quoted line, after a brand's word and a legal form or a team's word, up to a colon
// or a first person's word (the line then asks for something or gives the writer's own: "> Acme Support:
// please confirm delivery to 12 Elm Road", "> Hi Support Team, I live at …").
const END_OF_COMPANY =
  /:|(?<![\p{L}])(?:I|my|me|ich|mein|meine|ik|mijn|jag|min|je|mon|ma|mes|yo|mi|mis|io|il mio|la mia|eu|meu|minha|ja|mój|moja|mój adres|benim|adresim)(?![\p{L}])/iu;
const COMPANY_WORD =
  /(?<![\p{L}])\p{Lu}[\p{L}\p{N}&'’.-]*[ \t]+(?:GmbH|AG|KG|B\.V\.|BV|N\.V\.|S\.r\.l\.|Srl|S\.p\.A\.|S\.L\.|S\.A\.|SAS|SARL|Ltd\.?|Inc\.?|LLC|PLC|AB|Sp\. z o\.o\.|A\.Ş\.|Support|Team|Servizio clienti|Kundenservice|Kundendienst|Klantenservice|Kundtjänst|Service client|Atención al cliente|Soporte)(?![\p{L}])/u;
const QUOTED_LINE = /^[ \t]*>[^\n]*/gmu;
/** The stretches of quoted lines that belong to the team's signature: after its company word, before a colon or 'my'. */
function companyStretches(text: string, company: string | undefined): [number, number][] {
  const stretches: [number, number][] = [];
  const ours = company?.toLowerCase();
  for (const line of text.matchAll(QUOTED_LINE)) {
    const word = COMPANY_WORD.exec(line[0]);
    if (!word) continue;
    // When the helpdesk account is known, only its own brand's signature is kept: a customer's firm on a
    // quoted line ("> Weber GmbH, Hauptstraße 5", their own earlier mail) may be their home office.
    // The account may run the brand together with more ("acmeitalia" for "Acme S.r.l.").
    const brand = word[0].split(/[ \t]/)[0]!.toLowerCase();
    if (
      ours &&
      !line[0]
        .slice(0, word.index + word[0].length)
        .toLowerCase()
        .includes(ours) &&
      !(brand.length >= 3 && ours.includes(brand))
    )
      continue;
    const after = word.index + word[0].length;
    const end = END_OF_COMPANY.exec(line[0].slice(after));
    stretches.push([line.index + after, line.index + (end ? after + end.index : line[0].length)]);
  }
  return stretches;
}

// A text without a digit holds no house number, box or postcode: only the patterns that need none are read
// there (an Arabic district, "حي الملقا"). Each other pattern's digit is no optional part of it.
const WITHOUT_DIGITS = STREETS.filter((pattern) => !pattern.source.includes('\\d'));

export function findAddresses(text: string, company?: string): Span[] {
  const found: Span[] = [];
  const digits = /\d/.test(text);
  for (const pattern of digits ? STREETS : WITHOUT_DIGITS) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (m[1] && (NOT_STREET_WORDS.test(m[1]) || UNIT_AFTER.test(text.slice(end, end + 12)) || currencyAfter(text, end))) continue;
      UNIT_TAIL.lastIndex = end;
      const whole = UNIT_TAIL.test(text) ? UNIT_TAIL.lastIndex : end;
      if (isQuotedTitle(text, m.index, whole)) continue;
      found.push({ start: m.index, end: whole, type: 'ADDRESS' });
      const postcode = postcodeAfter(text, whole);
      if (postcode) found.push(postcode);
    }
  }
  for (const pattern of digits ? POSTCODES : []) {
    for (const m of text.matchAll(pattern)) {
      if (m[1] && notATown(text, m.index + m[0].length - m[1].length, m[1])) continue;
      found.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS' });
    }
  }
  if (digits) found.push(...findStreetsBeforePostcodes(text), ...findScriptAddresses(text), ...findLowerTowns(text));
  const stretches = text.includes('>') ? companyStretches(text, company) : [];
  if (!stretches.length) return found;
  // Stretches are in text order: a span's is found by halving.
  return found.filter((span) => {
    let [lo, hi] = [0, stretches.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = stretches[mid]!;
      if (span.start < from) hi = mid - 1;
      else if (span.start >= to) lo = mid + 1;
      else return false;
    }
    return true;
  });
}
