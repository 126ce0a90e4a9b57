// How far a promise reaches beyond the case at hand: every order, from now on, for life, this year, twice the
// price. A snippet that gives free shipping on the next order does not back free shipping on every order, so a
// scope is a particular of the promise that its backing must name too (promise-particulars.ts). Kept by meaning,
// one row a scope, so that an English snippet can back a German draft; in en, de, nl, sv, ar, fr, es, it, pt.

// "all orders over EUR 50", "alle Bestellungen ab 50 €": a condition narrows the "all" back to what a snippet
// states ("Orders over EUR 50 get free shipping"); only an unconditioned "all orders" widens, and so does "all your
// purchases from the last twelve months" (the condition names an amount).
const CONDITION = String.raw`(?!\s+(?:over|above|from|of more than|worth|ab|über|von mehr als|boven|vanaf|van meer dan|över|på mer än|de plus de|au-delà de|supérieures? à|de más de|superiores? a|a partir de|oltre|superiori a|acima de|acima dos|فوق|أكثر من)\s+(?:[€$£]|eur|usd|gbp|sek|chf|\d))`;
const ORDERS = String.raw`(?:orders?|purchases?|bestellungen|bestellung|einkäufe|einkauf|bestellingen|bestelling|aankopen|beställningar|beställning|köp|commandes?|achats?|pedidos?|compras?|ordini|ordine|acquisti|encomendas?|طلباتك|الطلبات|طلب|مشترياتك)`;

const FUTURE = String.raw`(?:(?:future|upcoming|coming|künftige[n]?|zukünftige[n]?|kommende[n]?|toekomstige|framtida|futures?|futur[oa]s|futuri)\s+)?`;

const SCOPES: string[] = [
  // Every order, present or future.
  String.raw`(?:every|each|all(?: of)?(?: your| our| the)?|any future|jede[nrs]?|alle[nr]?(?: ihre[nr]?| unsere[nr]?)?|elke|al(?:le)?(?: uw| je)?|varje|alla(?: dina| era)?|chaque|tou(?:te)?s(?: vos| les| nos)?(?: prochaines?)?|cada|tod[oa]s(?: sus| los| las| tus| as| os)?(?: seus| suas)?|ogni|tutt[ie](?: i| le)?(?: suoi| sue| vostri)?|كل|جميع)\s+${FUTURE}${ORDERS}${CONDITION}`,
  // From now on, forever, for life.
  String.raw`(?:from now on|for life|lifetime|forever|for ever|permanently|ab sofort und dauerhaft|für immer|lebenslang|dauerhaft|künftig immer|voortaan|voor altijd|levenslang|hädanefter|för alltid|livet ut|från och med nu|désormais|dorénavant|à vie|pour toujours|de por vida|para siempre|a partir de ahora|d'ora in poi|per sempre|a vita|a partir de agora|vitalício|مدى الحياة|إلى الأبد|من الآن فصاعدا)`,
  // A whole year.
  String.raw`(?:this year|for a (?:whole |full )?year|for (?:the next )?(?:12|twelve) months|dieses jahr(?:es)?|ein (?:ganzes )?jahr lang|dit jaar|een (?:heel )?jaar lang|i år|ett (?:helt )?år|cette année|pendant un an|este año|durante un año|quest'anno|per un anno|este ano|durante um ano|هذا العام|لمدة عام|لمدة سنة)`,
  // Twice the amount.
  String.raw`(?:double|twice|doppelte[nm]?|doppelt|zweifache[nm]?|dubbele|dubbel|dubbla|dubbelt|le double|doble|el doble|doppio|il doppio|dobro|o dobro|ضعف)`,
];
const SCOPE_PATTERNS = SCOPES.map((scope) => new RegExp(`(?<![\\p{L}])${scope}(?![\\p{L}])`, 'iu'));

/** The scopes `text` names, as values comparable across languages ("scope 0" for every order…). */
export const scopes = (text: string): string[] => SCOPE_PATTERNS.flatMap((pattern, row) => (pattern.test(text) ? [`scope ${row}`] : []));
