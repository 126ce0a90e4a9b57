// The words before a number that say what it is: a phone, or a record's (order, invoice, ticket) number.
// Shared by phones, cards, national ids and the drafts checks.
export const PHONE_WORD =
  /(?<![\p{L}])(?:tel|phone|mobile|cell|call|ring|telefon|handy|mobil|nummer|bel|gsm|mob|téléphone|portable|teléfono|móvil|telefono|cellulare|telemóvel|telefone|هاتف|جوال|رقم)\W{0,4}[^\n\d]{0,12}$/iu;
// The words that name a record's number after its kind ("order no.", "Paket-Nr", "رقم"), and the "is" that
// may follow one ("order number is 0612…"). Shared with the other record words in national-ids.ts.
export const ID_WORDS = 'id|no|nr|number|nummer|numéro|número|numero|code';
const IS_AFTER_ID = '(?: (?:is|was|ist|är|est|es|è|é))?';
// The order word starts a word ("prefer", "suitcase" are none), "ref" and "case" stand alone ("refund"
// is none), and "is" may follow only an id word ("order number is 0612…"; "in this case is 0612…" is a phone).
// "رقم" is "number" (a phone word) and also the "number" of an order, invoice or parcel ("رقم الطلب"), also
// after it ("الطلب رقم 2025-77120": the order, number …).
const RECORDS = '(?:ال)?(?:طلب|فاتور|تتبع|شحن|حجز|تذكر|مرجع)';
const ARABIC_RECORD = `(?:رقم ${RECORDS}|${RECORDS}[\\p{L}]* رقم)`;
export const ARABIC_RECORD_BEFORE = new RegExp(`${ARABIC_RECORD}[\\p{L}]*\\W{0,4}$`, 'u');
// A transaction's number only with its id word ("Transaction ID 4111…", "Transaktionsnummer 5500…"): a bare
// "Transaction 4111… failed" or "Failed transaction: 4111…" may as well be the card it was made with.
const TRANSACTION_ID = `(?<![\\p{L}])(?:transaction|transaktion|transacci|transaç|transazion)(?:[\\p{L}.]*(?:nummer|number|nr|no|id)|[\\p{L}.]*\\W{1,3}(?:${ID_WORDS}|ref)\\b)\\.?${IS_AFTER_ID}\\W{0,4}$`;
export const ORDER_WORD = new RegExp(
  `(?<![\\p{L}])(?:order|bestell|auftrag|bestelling|ordre|commande|pedido|ordine|encomenda|ticket|invoice|rechnung|factuur|faktura|facture|factura|fattura|fatura|tracking|sendung|kunden|customer|ref(?![\\p{L}])|case(?![\\p{L}])|artikel|article|sku|zaak|ärende|nota fiscal|zamówieni|zamowieni|przesyłk|paczk|referen|número de pedido|${ARABIC_RECORD}|#)(?:[\\p{L}.]*(?:nummer|number|nr|no|id)\\.?${IS_AFTER_ID}|[\\p{L}.]*(?:\\W{1,3}(?:${ID_WORDS}|ref)\\b\\.?${IS_AFTER_ID})?)\\W{0,4}$|${TRANSACTION_ID}`,
  'iu',
);
