// Plates without a label or a car's word, in a shape only one country's plates have: German "B-AB 1234",
// French "AB-123-CD", Dutch side codes "VX-123-B", British "KN19 XWP", Italian "FG 456 HJ", Spanish "1234 BCD",
// Brazilian Mercosul "ABC1D23", Russian "А123ВС77", Turkish "34 ABC 123", Polish "KR 4471X" / Norwegian "EL 12345",
// Czech "1AB 2345", Danish "AB 12 345", Romanian "CJ 12 XYZ" / Indonesian "B 1234 KJL" (modelled on each country's
// registration rules). The letters are the ones each country
// issues (no vowels in Dutch and Spanish ones), so that a unit, a currency ("512 GB", "1000 RPM") or a year
// ("2024 CRM") does not read as one; a code's word just before ("SKU AB-123-CD", "Part ABC1D23", "Error AB-123-CD",
// "Flight LH 123 AB", "Firmware 1234 BCD", "ticket id GH-339-TZ") keeps it a code.
import type { Span } from './patterns';

const NL = '[BDFGHJKLNPRSTVXZ]';
const FR = '[A-HJ-NP-TV-Z]';
const IT = '[A-HJ-NPR-TV-Z]';
const ES = '[BCDFGHJKLMNPRSTVWXYZ]';
const RU = '[АВЕКМНОРСТУХ]';
const SHAPES = [
  '[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\\d{0,3}[EH]?', // de
  `${FR}{2}-\\d{3}-${FR}{2}`, // fr
  `${NL}{2}-\\d{3}-${NL}|${NL}-\\d{3}-${NL}{2}|\\d{2}-${NL}{3}-\\d|\\d-${NL}{3}-\\d{2}|${NL}{3}-\\d{2}-${NL}|${NL}-\\d{2}-${NL}{3}`, // nl
  '[A-Z]{2}\\d{2} [A-Z]{3}', // gb
  `${IT}{2} \\d{3} ${IT}{2}`, // it
  `(?!19\\d\\d|20\\d\\d)\\d{4} ${ES}{3}`, // es
  '[A-Z]{3}\\d[A-Z]\\d{2}', // br
  `${RU}\\d{3}${RU}{2}\\d{2,3}`, // ru
  '(?:0[1-9]|[1-7]\\d|8[01]) [A-Z]{1,3} \\d{2,4}', // tr
  '[A-Z]{2} (?:[1-9]\\d{4}|\\d{4}[A-Z]|\\d{3}[A-Z]{2}|[1-9][A-Z]\\d{3}|[1-9][A-Z]{2}\\d{2})', // pl, no (five digits)
  '[1-9][ABCEHJKLMPSTUZ][A-Z\\d] \\d{4}', // cs
  '[A-Z]{2} \\d{2} \\d{3}', // da
  '[A-Z]{1,2} \\d{2,4} [A-Z]{2,3}', // ro, id
];
const BARE_PLATE = new RegExp(`(?<![\\p{L}\\p{N}.,/#-])(?:${SHAPES.join('|')})(?![\\p{L}\\p{N}]|-\\p{L}|-\\p{N}|[.,]\\d)`, 'gu');
const UNITS = new Set(
  'GB MB KB TB KM CM MM KG PS HP KW KWH RPM BPM DPI FPS MPH KMH MHZ GHZ PPM PCS USD EUR GBP CHF SEK NOK DKK PLN CZK TRY JPY CNY'.split(' '),
);
// Two capitals that abbreviate a code's kind before digits only ("PO 12345" a purchase order, "CR 20 331" a change
// request); with letters among the digits ("PO 4KL72") it is the Poznań plate.
const CODE_PREFIXES = new Set('PO NR NO ID PR CR SR RMA ERR INV REF'.split(' '));
// A US state's code before five digits is its ZIP code ("Springfield, IL 62704"), which the address rules take.
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY'.split(
    ' ',
  ),
);
const usZip = (groups: string[]) => groups.length === 2 && US_STATES.has(groups[0]!) && /^\d{5}$/.test(groups[1]!);
// A whole word ("Outlet CD 33 918", "Butterfly SK 1425" hold "let" and "fly", and are no flight's word), or a
// compound ending in a code's or a number's word ("Fehlercode E 4021", "Rabattcode", "Artikelnr").
const CODE_BEFORE =
  /(?:\p{L}*(?:code|kode|kod|nr)|(?<![\p{L}])(?:SKU|Art(?:ikel|icle|ículo|icolo)?|Ref|Réf|Referen\p{L}*|Référence|Riferimento|Part|Item|Mod(?:el|ell|èle|elo)|Order|Bestell\p{L}*|Commande|Pedido|Ordine|Code|Lot|Batch|Serial|Nr|No|n[°º]|ID|Error|Errors|Fehler|Erreur|Bug|Issue|Ticket|Case|Voucher|Coupon|Gutschein|Promo|Product|Produkt|Produit|Producto|Prodotto|Component|Komponente|Flight|Flug|Vol|Vuelo|Volo|Fly|Let|Zbor|Penerbangan|Ordre|Bestilling|Zamówieni\p{L}*|Objednávk\p{L}*|Comand\p{L}*|Pesanan|Faktura|Kode|Kod|Cod|Fejlkode|Feilkode|Firmware|Version|Build|Release|Invoice|Rechnung|Facture|Factura|Tracking|Sendung|Transaction))\.?[ \t]*[:#]?[ \t]*$/iu;

// Every shape has a capital and a digit: a text without a Latin or Cyrillic capital is not read (the look-behind,
// tried at every character, cost 26-33 ms on 200 KB of Han or Hangul).
const CAPITAL = /[A-ZА-Я]/;

export function findBarePlates(text: string): Span[] {
  const found: Span[] = [];
  if (!CAPITAL.test(text)) return found;
  for (const m of text.matchAll(BARE_PLATE)) {
    const groups = m[0].split(/[ -]/);
    if (
      groups.some((group) => UNITS.has(group)) ||
      (CODE_PREFIXES.has(groups[0]!) && groups.slice(1).every((group) => /^\d+$/.test(group))) ||
      usZip(groups) ||
      CODE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'PLATE' });
  }
  return found;
}
