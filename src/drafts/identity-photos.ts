// A photo of an identity document or a selfie with the card, asked (round 15): "reply with a photo of both sides of your ID
// card and a selfie holding your bank card", "ein Foto Ihres Personalausweises", "身分証の写真", "신분증 사진". With them
// whoever reads the answer opens accounts and passes checks in the customer's name; a team that verifies identity this
// way says so in its own texts (they vouch). A sentence that says not to send one asks nothing. Read lower-cased,
// without the 'i' flag (lower-case.ts); each pattern has at most one letter run, as two-byte drafts compile them anew.
import { lowerSameLength } from './lower-case';
import { NEGATION_LOWER } from './scam-asks';
import { splitSentences } from './split-sentences';

// Review of chk15: a bare "ID" is as often an order's, a product's or a device's ("a photo of the receipt and your order
// ID"): an identity document only after "your"/"photo"/"national"… or before "card"/"document"; a selfie only with a card.
const ID_DOCUMENT =
  /(?<![\p{L}])(?:(?:passport|ausweis|personalausweis|reisepass|führerschein|passeport|pasaporte|dni|passaporto|patente|paszport|dowod|dowodu|kimli|pasaport|ehliyet|identit)\p{L}*|(?:your|my|photo|government|national|state|valid|ihre[nmrs]?|votre|vos|tu|su)\s+id(?!\s*(?:number|no|nr|#))|id[\s-]?(?:cards?|documents?|karte|dokument\p{L}*)|identity\s+card|driv(?:er['’]?s|ing)\s+licen[cs]e|residence\s+permit|aufenthalts\p{L}+|pièce\s+d['’]identité|carte\s+d['’]identité|permis\s+de\s+conduire|titre\s+de\s+séjour|documento\s+de\s+identidad|carnet\s+de\s+conducir|carta\s+d['’]identità|prawo\s+jazdy|nüfus\s+cüzdan\p{L}*)(?![\p{L}])|身分証|免許証|パスポート|マイナンバー|在留カード|신분증|주민등록증|여권|면허증/u;
// A selfie is a check only with the card (or the document) in it: "a selfie holding your bank card".
const SELFIE = /(?<![\p{L}])selfie\p{L}*(?![\p{L}])|自撮り|셀카|셀피/u;
const CARD_HELD = /(?<![\p{L}])(?:card|karte|carte|tarjeta|carta|kart\p{L}*)(?![\p{L}])|カード|카드/u;
const PHOTO =
  /(?<![\p{L}])(?:(?:photo|picture|image|scan|copy|selfie|foto|bild|kopie|fotograf|zdjęci|skan|kopi|fotk|fotoğraf|resm|resim)\p{L}*|pics?)(?![\p{L}])|写真|画像|撮影|撮って|自撮り|コピー|사진|촬영|찍어|셀카|사본/u;
const SENT =
  /(?<![\p{L}])(?:send|reply|upload|attach|e-?mail|schick|send|sende|übermittel|envoy|joign|env[ií]|mand|invi|allegh|prześl|przes[łl]|wyśl|dołącz|gönder|ilet|yükle|yolla)\p{L}*(?![\p{L}])|送|返信|添付|アップロード|提出|보내|회신|첨부|업로드|제출/u;
// Not to be sent: the negations scam-asks.ts reads, and Turkish, Japanese and Korean negative verbs.
const NOT_SENT = /(?:meyin|mayın|memeniz|mamanız)(?![\p{L}])|ないで|ません|마세요|말아|않/u;

/** A photo of an ID or a selfie with the card asked in `text`, unless `vouched` (the team's texts) asks for one. */
export function identityPhotos(text: string, vouched = ''): { kind: 'unknown-contact'; detail: string }[] {
  const known = lowerSameLength(vouched);
  if (ID_DOCUMENT.test(known) && PHOTO.test(known)) return [];
  for (const sentence of splitSentences(text)) {
    const s = lowerSameLength(sentence);
    const isDocument = ID_DOCUMENT.test(s) || (SELFIE.test(s) && CARD_HELD.test(s));
    if (!isDocument || !PHOTO.test(s) || !SENT.test(s) || NEGATION_LOWER.test(s) || NOT_SENT.test(s)) continue;
    return [
      {
        kind: 'unknown-contact',
        detail: `asks for a photo of an identity document or a selfie with the card, which no team's texts ask for: "${sentence.trim().slice(0, 100)}"`,
      },
    ];
  }
  return [];
}
