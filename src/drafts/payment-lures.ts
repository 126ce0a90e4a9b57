// Payment the way scams take it, which no link, number or IBAN pattern reads (red team 9): gift card codes sent
// to "us", a QR code the customer is told to scan from an attachment or to pay with (the draft is text: the
// code is nowhere the agent can see, and it opens whatever link it holds), a crypto wallet, and our "new
// account" whose details are elsewhere. A hijacked ticket plants them as it plants a phone number. Linear: each
// pattern is a bounded run over the text once.
import { NEGATION, NEGATION_LOWER } from './scam-asks';
import { NOT_A_WARNING } from './paid-at-link';
import { unvouchedPayee } from './payment-payees';
import { unvouchedAppPayment } from './payment-apps';
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';
import { CODE_READ_OUT, STORE_BRAND } from './store-card-codes';

export interface PaymentLure {
  kind: 'payment';
  detail: string;
}

// Gift and prepaid cards in each draft language: "Apple gift cards", "Paysafecard", "recharge PCS", "cadeaukaart",
// "presentkort", "tarjeta regalo", "cartão-presente", "بطاقة هدايا".
const GIFT_CARD =
  /(?<![\p{L}])(?:gift[\s-]?cards?|gift\s?vouchers?|prepaid\s+cards?|paysafe\s?cards?|pcs|transcash|neosurf|itunes|google\s+play|steam\s+(?:cards?|wallet)|\p{L}{0,12}gutschein\p{L}{0,6}|geschenkkarten?|guthabenkarten?|cadeaukaart(?:en)?|cadeaubon(?:nen)?|giftcards?|presentkort(?:et)?|cartes?[\s-]cadeaux?|tarjetas?\s+(?:de\s+)?regalo|cart(?:ão|ões)[\s-]presente|vale[\s-]presente|بطاق\p{L}{0,3}\s+(?:ال)?هد\p{L}{0,4}|kart\p{L}{0,3}\s+podarunkow\p{L}*|bon\p{L}{0,3}\s+podarunkow\p{L}*|hediye\s+(?:kart|çek)\p{L}*|cart[ae]\s+regalo|buon[oi]\s+regalo)(?![\p{L}])|ギフト券|ギフトカード|プリペイドカード|기프트\s*카드|상품권/u;
// A code sent, told or read to someone, not to "you": "send us the codes", "schicken Sie uns den Code",
// "envoyez-nous le code", "stuur ons de code", "وأرسل لنا الرمز". Up to three words between.
const SEND_CODE =
  /(?<![\p{L}])[وف]?(?:send|e-?mail|text|give|tell|read|share|schick\p{L}{0,3}|send\p{L}{0,2}|nennen|mitteilen|geben|stuur|geef|skicka|ge|envoy\p{L}{0,3}|envoie\p{L}{0,4}|donnez|communiquez|transmett\p{L}{0,4}|invi\p{L}{0,4}|env[ií]\p{L}{0,4}|d[ée]nos|indique|informe|أرسل\p{L}{0,3}|ارسل\p{L}{0,3}|ابعث\p{L}{0,3}|زودنا|prze(?:słać|ślij)|wyślij|poda(?:ć|j))(?:[\s-]+[\p{L}'’]{1,20}){0,3}?[\s-]+(?:codes?|coden?|codigos?|códigos?|kod(?:en|er|erna)?|codice|codici|pins?|numbers|nummern|numéros|números|numeri|nummers|nummer|الرمز|رمز|الكود|كود|الرموز|الأرقام)(?![\p{L}])/gu;
// Turkish, Japanese and Korean put the verb last: "kodlarını … gönderin", "番号を返信してください", "번호를 보내 주세요".
const CODE_SENT =
  /(?<![\p{L}])(?:kod|numara)\p{L}{0,6}(?:\s+[\p{L}'’-]{1,20}){0,5}?\s+(?:gönder|ilet|yaz|paylaş)\p{L}*|(?:番号|コード)を?(?:ご?返信|送|お知らせ|教え)|(?:번호|코드)(?:를|을)?\s*(?:보내|알려|회신)/gu;
const TO_YOU = /(?<![\p{L}])you(?![\p{L}])/u;
// A fee paid with the cards, in the modal or passive a scam softens it with (round 15: "the fee can be paid with Apple gift
// cards", "mit einer Paysafecard begleichen", "se règlent en coupons PCS", "pagare con buoni regalo", "uregulować kartami
// podarunkowymi", "ギフトカードでお支払い", "문화상품권으로 결제"), with the code told in its words or the next sentence's.
const FEE_PAID =
  /(?<![\p{L}])(?:paid|pay|settle|settled|(?:begleich|bezahl|zahl|règl|régl|abon|pag|uregul|opłac|opłat|zapłac|öde)\p{L}*)(?![\p{L}])|支払|払い|결제|지불/u;
// What the cards pay is a fee or a release, not an order at checkout ("you can pay with an Acme gift card at checkout; if
// it is declined, send us the code").
const FEE_NOUN =
  /(?<![\p{L}])(?:fee|fees|charge|customs|duty|release|unlock|(?:gebühr|zoll|frais|tasa|tarifa|cost[oi]|spes|opłat|cł|ücret|gümrük|débloqu|desbloque|sblocc|odblok|freigab)\p{L}*)(?![\p{L}])|関税|手数料|料金|수수료|통관/u;
const CODE_WORD =
  /(?<![\p{L}])(?:codes?|codici|codice|c[óo]digos?|pins?|numbers?|nummern?|numéros?|números?|numeri|kod\p{L}*)(?![\p{L}])|番号|コード|번호|코드/u;
const CODE_TOLD =
  /(?<![\p{L}])(?:send|share|tell|give|(?:mitteil|teil|nenn|schick|envoy|env[ií]|invi|comunic|wyślij|prześlij|poda|ilet|gönder|paylaş)\p{L}*)(?![\p{L}])|返信|お知らせ|教え|送|회신|보내|알려/u;
// "Without a fee", "ohne Gebühr", "sans frais", "sin gastos", "senza spese", "bez opłat": no fee paid (review of chk15:
// the company's own gift cards, "se règlent par carte bancaire, sans frais ; nous vous envoyons le code").
const NO_FEE =
  /(?<![\p{L}])(?:without|no|ohne|keine?|sans|aucuns?|sin|ningún|senza|nessun[ao]?|bez|free\s+of)\s+(?:(?:extra|additional|zusätzliche?n?|supplémentaires?|adicional(?:es)?|aggiuntiv[ei]|dodatkow\p{L}{1,3})\s+)?(?:fee|fees|charges?|gebühr\p{L}*|frais|gastos|cargos?|comision\p{L}*|spese|commission\p{L}*|opłat\p{L}*)(?![\p{L}])/gu;
const codeTold = (s: string | undefined) => s !== undefined && CODE_WORD.test(s) && CODE_TOLD.test(s);
// The customer told to buy or pay with the cards: a scam has them bought; "send us the code on the back of your
// Acme gift card and we will check the balance" or "share the code with the person you give it to" buys nothing,
// nor does "you can pay with an Acme gift card".
const BUY =
  /(?<![\p{L}])(?:buy|purchase|pick\s+up|grab|(?<!(?:can|could|may)\s)pay|kauf\p{L}{0,3}|besorg\p{L}{0,3}|bezahl\p{L}{0,3}|koop|kopen|betaal|köp|köpa|betala|achet\p{L}{0,3}|procurez|payez|réglez|compr\p{L}{0,3}|adquier\p{L}{0,2}|adquira|pague|pagar|acquist\p{L}{0,3}|paga|paghi|اشتر[\p{L}\p{M}]*|[وف]?اشتر[\p{L}\p{M}]*|شراء|ادفع|kup\p{L}{0,4}|al(?:ıp|ın|arak)|satın)(?![\p{L}])|購入|買っ|買い|구매|구입/u;

// "We never ask you to buy Apple cards": a negation before the buying in its clause. Not "Don't worry, just buy …" (a
// comma between), nor "Don't hesitate to buy …" (a set phrase that warns of nothing, paid-at-link.ts).
const NOT_BOUGHT = new RegExp(`(?:${NEGATION_LOWER.source})[^,;:.!?\\n]{0,40}?(?:${BUY.source})`, 'u');
const buyDenied = (s: string) => NOT_BOUGHT.test(s.replace(NOT_A_WARNING, ' '));

// A QR code the customer is told to scan or pay with, with an attachment or a payment or confirmation in its
// sentence; not "the QR code on the return label", "show the QR code from your booking confirmation at check-in"
// or "the QR code on each ticket is scanned at the entrance".
// "QRコード" has a letter after it, of another script.
const QR = /(?<![a-z])qr(?![a-z])/u;
const SCAN_OR_PAY =
  /(?<![\p{L}])(?:scan|scannen|scanne|scannez|scanner|skanna|escanee|escanea|escanear|escaneie|escaneia|leia|digitalize|scansiona|scansioni|inquadra|امسح|zeskanuj\p{L}{0,3}|zeskanować|okut\p{L}*|tarat\p{L}*|(?<!(?:can|could|may)\s)pay|zahlen|bezahlen|betaal|betala|payez|payer|réglez|pague|pagar|paga|paghi|ادفع)(?![\p{L}])|読み取|スキャン|스캔/u;
const QR_PURPOSE =
  /(?<![\p{L}])(?:attach\p{L}*|enclosed|below|anhang|angehängt\p{L}*|beigefügt\p{L}*|unten|bijlage|bijgevoegd\p{L}*|hieronder|bilaga\p{L}*|bifogad\p{L}*|nedan|pièce jointe|joint|ci-dessous|ci-joint|adjunt\p{L}*|abajo|anexo|anexad\p{L}*|abaixo|allegat\p{L}*|pay\p{L}*|confirm\p{L}*|verif\p{L}*|valid\p{L}*|sms|log\s?in|sign\s?in|bank\p{L}*|card|details|zahl\p{L}*|bezahl\p{L}*|bestätig\p{L}*|\p{L}{0,12}karte\p{L}{0,4}|betal\p{L}*|bevestig\p{L}*|bekräfta\p{L}*|kort\p{L}{0,6}|carte|frais|pag\p{L}*|tarjeta|cart[ãa]o|dados|datos|données|المرفق\p{L}*|مرفق\p{L}*|أدناه|ادفع|دفع|تأكيد|بطاق\p{L}*|sotto|riprogramm\p{L}*|załącznik\p{L}*|potwierdz\p{L}*|płat\p{L}*|poniżej|ekte\p{L}*|onayla\p{L}*|öde\p{L}*|aşağıdaki)(?![\p{L}])|添付|確認|支払|認証|下記|첨부|확인|결제|아래/u;

// Wallets: Bitcoin and Litecoin bech32 ("bc1q…"), Ethereum-style hex ("0x" and 40 digits), and the older base58
// form with upper and lower case and a digit, as no tracking number or order id is written.
const WALLETS = [
  /(?<![\p{L}\p{N}])(?:bc1|ltc1|tb1)[ac-hj-np-z02-9]{25,87}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])0x[0-9a-f]{40}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\p{L}\p{N}])/gu,
  // Tron ("T" and 33 base58 characters), where USDT scams ask for it.
  /(?<![\p{L}\p{N}])T[1-9A-HJ-NP-Za-km-z]{33}(?![\p{L}\p{N}])/gu,
];
// Our "new account" to pay into, whose number is in an attachment or to follow: "transfer the fee to our new
// account; the details are in the attached PDF", "überweisen Sie auf unser neues Konto". Not the customer's own
// new account ("once your new account is set up, you can pay by card").
const NEW_ACCOUNT =
  /(?<![\p{L}])(?:our|unser\p{L}{0,2}|notre|nos|nuestr[oa]s?|onze|ons|vårt|vår|våra|noss[oa]s?|nostr[oa])\s+(?:new|neue\p{L}{0,2}|nouveau|nouvelle|nouvel|nuev[oa]|nieuwe?|nya|nytt|nov[oa]|nuov[oa])\s+(?:bank\s+)?(?:account|bank\s+details|iban|konto|bankverbindung|bankkonto|compte|coordonnées\s+bancaires|rib|cuenta|rekening|rekeningnummer|conta|conto)(?![\p{L}])|(?<![\p{L}])(?:yeni\s+hesab\p{L}*|nasz\p{L}{0,3}\s+now\p{L}{1,3}\s+(?:kont\p{L}*|rachun\p{L}*))(?![\p{L}])|新しい口座|新口座|새\s*(?:로운\s*)?계좌/u;
const PAY_INTO =
  /(?<![\p{L}])(?:pay|paid|transfer|send|wire|deposit|zahlen|bezahlen|überweisen|betaal|betaalt|maak|betala|överför|sätt\s+in|payez|payer|virez|versez|réglez|régler|pague|pagar|transfiera|transfira|deposite|paga|paghi|pagat\p{L}|bonifica|opłac\p{L}*|versa|trasferisci|ادفع|حو[ّ]?ل|settle|begleichen|saldare|salda|wpła\p{L}*|zapła\p{L}*|przelej|przelew\p{L}*|öde\p{L}*|havale|yatır\p{L}*)(?![\p{L}])|振込|振り込|送金|入金|송금|입금|이체/u;
// Any brand's card bought and its code sent to us (red team 10: "a Razer Gold card", "um cartão Netflix", "eine
// Xbox-Karte"): the brands are too many to list, the card bought and its code sent is the scam.
const CARD =
  /(?<![\p{L}])(?:cards?|\p{L}*[-]?karten?|cartes?|tarjetas?|cart(?:ão|ões)|\p{L}*kaart(?:en)?|\p{L}+-?kort(?:et|en)?|kort(?:et|en)|cart[ae]|بطاق\p{L}*)(?![\p{L}])/u;
// Crypto paid, with or without a wallet written ("pay in bitcoin to the wallet in the attachment"), unless denied.
const CRYPTO =
  /(?<![\p{L}])(?:bitcoins?|btc|usdc|xrp|ripple|solana|dogecoin|stablecoins?|[te]rc-?20|bep-?20|crypto\p{L}*|krypto\p{L}*|usdt|tether|ethereum|eth|litecoin|monero|cripto\p{L}*|بيتكوين|عملات?\s+رقمية)(?![\p{L}])/u;
// Our bank details "have changed": the invoice-fraud line. Not the customer's ("your new bank details are saved").
const BANK_DETAILS =
  /(?<![\p{L}])(?:bank(?:ing)?\s+(?:details|account|information|info)|bank\s+account\s+details|account\s+details|payment\s+(?:details|information)|bankverbindung|bankdaten|kontodaten|bankgegevens|rekeningnummer|bankuppgifter|coordonnées\s+bancaires|rib|datos\s+bancarios|cuenta\s+bancaria|dados\s+bancários|conta\s+bancária|coordinate\s+bancarie|dati\s+bancari|iban|البيانات\s+المصرفية|الحساب\s+البنكي|hesap\s+bilgi\p{L}*|banka\s+bilgi\p{L}*|dane\s+(?:do\s+przelewu|bankowe)|numer\p{L}*\s+(?:konta|rachunku))(?![\p{L}])|振込先|口座情報|계좌\s*정보/u;
const CHANGED =
  /(?<![\p{L}])(?:changed|updated|moved|aktualisiert|actualizad\p{L}*|actualizamos|uppdater\p{L}*|bijgewerkt|aggiornat\p{L}*|atualizad\p{L}*|zaktualizowan\p{L}*|mis\p{L}{0,2}\s+à\s+jour|geändert|gewechselt|gewijzigd|veranderd|ändrats|ändrade|changé\p{L}*|modifié\p{L}*|cambiado|cambiaron|mudaram|mudou|alterad\p{L}*|cambiat\p{L}*|تغير\p{L}*|تغيرت|değiş\p{L}*|güncellen\p{L}*|zmieni\p{L}*|zmian\p{L}*)(?![\p{L}])|変更|변경/u;
// "Our new bank details", "neue Bankverbindung", "nouvelles coordonnées bancaires" say the same as "changed" (round 15).
const NEW_WORD =
  /(?<![\p{L}])(?:new|neue[nrs]?|nouvel(?:le)?s?|nouveaux?|nuev[oa]s?|nuov[oe]|nowe|nowy|nowych|yeni)(?![\p{L}])|新しい|새로운/u;
const YOUR = /(?<![\p{L}])(?:your|ihre?\p{L}?|uw|din|ditt|dina|votre|vos|su|sus|seu|sua|seus|suas|tuo|tua|tuoi)(?![\p{L}])/u;

// A coin's address without the word "wallet" (red team 11: Solana, XRP): a long opaque token of upper and lower case
// and digits in a sentence that pays or sends, as no order number or reference is written.
const OPAQUE = /(?<![\p{L}\p{N}])[1-9A-HJ-NP-Za-km-z]{25,90}(?![\p{L}\p{N}])/gu;
const opaqueAddress = (sentences: string[], lower: string[]) =>
  sentences.find((s, i) => PAY_INTO.test(lower[i]!) && [...s.matchAll(OPAQUE)].some((m) => MIXED(m[0])));

const MIXED = (s: string) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s.slice(1));

/** The gift card, QR code and wallet payments `text` asks for, as flags. */
export function paymentLures(text: string, vouched = ''): PaymentLure[] {
  const flags: PaymentLure[] = [];
  const sentences = splitSentences(text);
  // Read lower-cased (the word patterns have no 'i' flag, see lower-case.ts); quoted as written, and the wallets,
  // whose case is their shape, read as written.
  const lower = sentences.map(lowerSameLength);
  const written = (i: number) => (i < 0 ? undefined : sentences[i]);
  // The order to send the code may come in the sentence after the one that has the cards bought.
  const sendsCode = (s: string | undefined) =>
    s !== undefined && ([...s.matchAll(SEND_CODE)].some((m) => !TO_YOU.test(m[0])) || s.search(CODE_SENT) >= 0);
  // Or read out, typed or dictated (store-card-codes.ts).
  const readsOut = (s: string | undefined) => s !== undefined && [...s.matchAll(CODE_READ_OUT)].some((m) => !TO_YOU.test(m[0]));
  const gift = written(
    lower.findIndex(
      (s, i) =>
        ((GIFT_CARD.test(s) || CARD.test(s)) && BUY.test(s) && !buyDenied(s) && (sendsCode(s) || sendsCode(lower[i + 1]))) ||
        ((GIFT_CARD.test(s) || (CARD.test(s) && STORE_BRAND.test(s))) &&
          BUY.test(s) &&
          !buyDenied(s) &&
          (readsOut(s) || readsOut(lower[i + 1]))) ||
        (GIFT_CARD.test(s) &&
          FEE_PAID.test(s) &&
          FEE_NOUN.test(s.replace(NO_FEE, '')) &&
          !NEGATION.test(s) &&
          (codeTold(s) || codeTold(lower[i + 1]))),
    ),
  );
  if (gift) flags.push({ kind: 'payment', detail: `asks for gift card codes, the way scams take payment: "${gift.trim().slice(0, 100)}"` });
  // Not a warning against them ("Non scansioni codici QR ricevuti via e-mail", round 15): the negation in the QR code's
  // own clause, not elsewhere in the sentence ("Don't pay by card, scan the QR code below to pay the fee": review of chk15).
  const qr = written(
    lower.findIndex(
      (s) => QR.test(s) && SCAN_OR_PAY.test(s) && QR_PURPOSE.test(s) && !s.split(/[,;:]/u).some((c) => QR.test(c) && NEGATION.test(c)),
    ),
  );
  if (qr) flags.push({ kind: 'payment', detail: `sends the customer to a QR code nobody vouched for: "${qr.trim().slice(0, 100)}"` });
  for (const [i, pattern] of WALLETS.entries()) {
    for (const m of text.matchAll(pattern)) {
      if (i >= 2 && !MIXED(m[0])) continue;
      flags.push({ kind: 'payment', detail: `${m[0]}: a crypto wallet the knowledge base and company facts do not give` });
    }
  }
  const account = written(lower.findIndex((s) => NEW_ACCOUNT.test(s) && PAY_INTO.test(s)));
  if (account)
    flags.push({
      kind: 'payment',
      detail: `asks for a payment to a "new account" nobody vouched for: "${account.trim().slice(0, 100)}"`,
    });
  const elsewhere = written(
    lower.findIndex(
      (s) =>
        !NEGATION.test(s) &&
        ((CRYPTO.test(s) && (PAY_INTO.test(s) || BUY.test(s))) ||
          (BANK_DETAILS.test(s) && (CHANGED.test(s) || NEW_WORD.test(s)) && !YOUR.test(s))),
    ),
  );
  const payee =
    elsewhere ?? unvouchedPayee(sentences, vouched) ?? opaqueAddress(sentences, lower) ?? unvouchedAppPayment(sentences, vouched);
  if (payee) flags.push({ kind: 'payment', detail: `asks for a payment somewhere nobody vouched for: "${payee.trim().slice(0, 100)}"` });
  return flags;
}
