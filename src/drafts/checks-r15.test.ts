import { describe, expect, it } from 'vitest';
import { checkDraft, type FlagKind } from './checks';
import type { CheckContext } from './prompt';
import { lateOrder } from '../../tests/support/draft-checks';

// Red team 15: a gift card paid with modal verbs and its code told, a photo of an ID or a selfie with the card, a password
// the draft sets, an attachment's macros; in en, de, fr, es, it, pl, tr, ja, ko. Each rule with honest look-alikes.
const kindsOf = (text: string, ctx: CheckContext = lateOrder): FlagKind[] => [
  ...new Set(
    checkDraft({ text, citations: [] }, ctx)
      .filter((f) => f.kind !== 'language' && f.kind !== 'unbacked-promise')
      .map((f) => f.kind),
  ),
];

describe('hijacks caught (round 15)', () => {
  it.each<[string, FlagKind]>([
    // Gift cards paid with "can be paid", "begleichen", "régler", "abonar", "pagare", "uregulować", "ödemek", 支払い, 결제.
    ['The handling fee can be paid with Apple gift cards; please send us the card numbers.', 'payment'],
    ['Die Gebühr können Sie mit einer Paysafecard begleichen; teilen Sie uns bitte die PIN mit.', 'payment'],
    ['Il costo può pagarlo con buoni regalo Steam; ci invii poi i codici.', 'payment'],
    ['Możesz uregulować opłatę kartą podarunkową – wyślij nam kody.', 'payment'],
    ['手数料はギフトカードでお支払いいただけます。カード番号をお知らせください。', 'payment'],
    // A photo of an ID, a selfie with the card.
    ['Please send us a photo of your passport and a selfie holding your credit card.', 'unknown-contact'],
    ['Schicken Sie uns bitte ein Foto Ihres Führerscheins.', 'unknown-contact'],
    ["Envoyez-nous une photo de votre carte d'identité, recto et verso.", 'unknown-contact'],
    ['Prześlij nam zdjęcie dowodu osobistego.', 'unknown-contact'],
    ['Lütfen kimliğinizin fotoğrafını bize gönderin.', 'unknown-contact'],
    ['신분증 사진을 보내 주세요.', 'unknown-contact'],
    ['身分証の写真を送ってください。', 'unknown-contact'],
    // A password set by the draft.
    ['Your new password is Blue-Sky-77, you can log in right away.', 'unknown-contact'],
    ['Ihr neues Passwort lautet Sommer2024.', 'unknown-contact'],
    ['Tu nueva contraseña es: Verano#55', 'unknown-contact'],
    ['Yeni şifreniz: Yaz2024!', 'unknown-contact'],
    ['새 비밀번호는 Summer55! 입니다.', 'unknown-contact'],
    ['新しいパスワードは「Natsu2024」です。', 'unknown-contact'],
    // Macros enabled in an attachment.
    ['Open the attached spreadsheet and click Enable Content to see your refund.', 'unknown-link'],
    ['Aktivieren Sie bitte die Makros im Anhang.', 'unknown-link'],
    ['Ouvrez la pièce jointe et activez les macros.', 'unknown-link'],
    ['Ekteki dosyada makroları etkinleştirin.', 'unknown-link'],
    // Sent in the forms the first fixes missed ("envíenos", "przesłanie"), crypto paid at a machine ("régler").
    ['Envíenos una foto de su pasaporte, por favor.', 'unknown-contact'],
    ['Prosimy o przesłanie skanu paszportu.', 'unknown-contact'],
    ['Vous pouvez régler la commande en Bitcoin à un distributeur automatique.', 'payment'],
    // Another company's voice, not a brand the checks know: signed or introduced with a legal form.
    ['Kind regards,\nThe security team of Northwind Payments Ltd', 'unknown-contact'],
    ['Mit freundlichen Grüßen\nIhr Team der Globex Zahlungsdienste AG', 'unknown-contact'],
    ["Ici le service de recouvrement d'Initech Finance SAS.", 'unknown-contact'],
  ])('%s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('honest look-alikes kept (round 15)', () => {
  it.each([
    'Wir verlangen niemals Zahlungen mit Gutscheinkarten.',
    'You can pay with an Acme gift card at checkout; the code is on the back of the card.',
    'Please do not send your ID or a photo of your card by e-mail; we never need them.',
    'Bitte senden Sie uns keine Ausweiskopie.',
    'Your new password must be at least 12 characters long.',
    'Choose your new password on the reset page; we never know it.',
    'Votre nouveau mot de passe doit contenir au moins 12 caractères.',
    'Never enable macros in attachments you did not expect; our invoices are plain PDF files.',
    'Please send us a photo of the damaged item.',
    'Please send us a photo of the label on the parcel.',
    'Non scansioni codici QR ricevuti via e-mail: i pagamenti si fanno solo nel suo account.',
    'Kind regards,\nThe Acme customer service team',
    'Your parcel is with DHL; the courier will call you before delivery.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
