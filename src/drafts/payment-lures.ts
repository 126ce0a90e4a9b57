// Payment the way scams take it, which no link, number or IBAN pattern reads (red team 9): gift card codes sent
// to "us", a QR code the customer is told to scan from an attachment or to pay with (the draft is text: the
// code is nowhere the agent can see, and it opens whatever link it holds), and a crypto wallet. A hijacked
// ticket plants them as it plants a phone number. Linear: each pattern is a bounded run over the text once.
import { splitSentences } from './split-sentences';

export interface PaymentLure {
  kind: 'unknown-contact' | 'unknown-link';
  detail: string;
}

// Gift and prepaid cards in each draft language: "Apple gift cards", "Paysafecard", "recharge PCS", "cadeaukaart",
// "presentkort", "tarjeta regalo", "cartão-presente", "بطاقة هدايا".
const GIFT_CARD =
  /(?<![\p{L}])(?:gift[\s-]?cards?|gift\s?vouchers?|prepaid\s+cards?|paysafe\s?cards?|pcs|transcash|neosurf|itunes|google\s+play|steam\s+(?:cards?|wallet)|\p{L}{0,12}gutschein\p{L}{0,6}|geschenkkarten?|guthabenkarten?|cadeaukaart(?:en)?|cadeaubon(?:nen)?|giftcards?|presentkort(?:et)?|cartes?[\s-]cadeaux?|tarjetas?\s+(?:de\s+)?regalo|cart(?:ão|ões)[\s-]presente|vale[\s-]presente|بطاق\p{L}{0,3}\s+(?:ال)?هد\p{L}{0,4})(?![\p{L}])/iu;
// A code sent, told or read to someone, not to "you": "send us the codes", "schicken Sie uns den Code",
// "envoyez-nous le code", "stuur ons de code", "وأرسل لنا الرمز". Up to three words between.
const SEND_CODE =
  /(?<![\p{L}])[وف]?(?:send|e-?mail|text|give|tell|read|share|schick\p{L}{0,3}|send\p{L}{0,2}|nennen|mitteilen|geben|stuur|geef|skicka|ge|envoy\p{L}{0,3}|envoie\p{L}{0,4}|donnez|communiquez|env[ií]\p{L}{0,4}|d[ée]nos|indique|informe|أرسل\p{L}{0,3}|ارسل\p{L}{0,3}|ابعث\p{L}{0,3}|زودنا)(?:[\s-]+[\p{L}'’]{1,20}){0,3}?[\s-]+(?:codes?|coden?|codigos?|códigos?|kod(?:en|er|erna)?|codice|codici|pins?|الرمز|رمز|الكود|كود|الرموز)(?![\p{L}])/giu;
const TO_YOU = /(?<![\p{L}])you(?![\p{L}])/iu;

// A QR code with an attachment or a payment or confirmation in its sentence; not "the QR code on the return label".
const QR = /(?<![\p{L}])qr(?![\p{L}])/iu;
const QR_PURPOSE =
  /(?<![\p{L}])(?:attach\p{L}*|enclosed|below|anhang|angehängt\p{L}*|beigefügt\p{L}*|unten|bijlage|bijgevoegd\p{L}*|hieronder|bilaga\p{L}*|bifogad\p{L}*|nedan|pièce jointe|joint|ci-dessous|ci-joint|adjunt\p{L}*|abajo|anexo|anexad\p{L}*|abaixo|allegat\p{L}*|pay\p{L}*|confirm\p{L}*|verif\p{L}*|log\s?in|sign\s?in|bank\p{L}*|card|details|zahl\p{L}*|bezahl\p{L}*|bestätig\p{L}*|\p{L}{0,12}karte\p{L}{0,4}|betal\p{L}*|bevestig\p{L}*|bekräfta\p{L}*|kort\p{L}{0,6}|carte|frais|pag\p{L}*|tarjeta|cart[ãa]o|dados|datos|données|المرفق\p{L}*|مرفق\p{L}*|أدناه|ادفع|دفع|تأكيد|بطاق\p{L}*)(?![\p{L}])/iu;

// Wallets: Bitcoin and Litecoin bech32 ("bc1q…"), Ethereum-style hex ("0x" and 40 digits), and the older base58
// form with upper and lower case and a digit, as no tracking number or order id is written.
const WALLETS = [
  /(?<![\p{L}\p{N}])(?:bc1|ltc1|tb1)[ac-hj-np-z02-9]{25,87}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])0x[0-9a-f]{40}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\p{L}\p{N}])/gu,
];
const MIXED = (s: string) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s.slice(1));

/** The gift card, QR code and wallet payments `text` asks for, as flags. */
export function paymentLures(text: string): PaymentLure[] {
  const flags: PaymentLure[] = [];
  const sentences = splitSentences(text);
  const gift = sentences.find((s) => GIFT_CARD.test(s) && [...s.matchAll(SEND_CODE)].some((m) => !TO_YOU.test(m[0])));
  if (gift)
    flags.push({ kind: 'unknown-contact', detail: `asks for gift card codes, the way scams take payment: "${gift.trim().slice(0, 100)}"` });
  const qr = sentences.find((s) => QR.test(s) && QR_PURPOSE.test(s));
  if (qr) flags.push({ kind: 'unknown-link', detail: `sends the customer to a QR code nobody vouched for: "${qr.trim().slice(0, 100)}"` });
  for (const [i, pattern] of WALLETS.entries()) {
    for (const m of text.matchAll(pattern)) {
      if (i === 2 && !MIXED(m[0])) continue;
      flags.push({ kind: 'unknown-contact', detail: `${m[0]}: a crypto wallet the knowledge base and company facts do not give` });
    }
  }
  return flags;
}
