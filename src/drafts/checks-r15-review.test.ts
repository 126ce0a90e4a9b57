import { describe, expect, it } from 'vitest';
import type { FlagKind } from './checks';
import type { CheckContext } from './prompt';
import { contactKinds as kindsOf, lateOrder, withFacts } from '../../tests/support/draft-checks';
import { companyVoices } from './company-voices';
import { identityPhotos } from './identity-photos';
import { macroAttachments } from './macro-attachments';
import { paymentLures } from './payment-lures';
import { setPasswords } from './set-passwords';

// Review of chk15 (round 15's rules): honest drafts the new rules flagged (a courier or bank named as a third party by
// "our team", an order or product ID in a photo request, a camera's macro mode or a mouse's macros, a Japanese password
// rule, a gift card sold without a fee), and the bypasses they missed (a negation elsewhere in the QR sentence, a
// password set in other words, ID photos asked in ja, ko, tr, pl and en with other nouns and verbs).
const acme = withFacts('Acme GmbH, Hauptstraße 5, 10115 Berlin. Support: Mon-Fri 9-17.');
const contoso: CheckContext = {
  ...lateOrder,
  snippets: [{ id: 's1', text: 'Contoso Ltd ships every order within 2 days. Returns within 30 days.' }],
};

describe('honest drafts kept (review of round 15)', () => {
  it.each<[string, CheckContext]>([
    ['Kind regards,\nYour Acme GmbH support team', acme],
    ['Best regards,\nThe Contoso Ltd team', contoso],
    // A third party named by the team: a courier, a bank, a payment provider, an insurer.
    ['Our team has handed your parcel to the courier. DHL Paket GmbH will deliver it tomorrow.', lateOrder],
    ['Our service team checked the tracking: DHL Paket GmbH will deliver it tomorrow between 9 and 12.', lateOrder],
    ["If you pay by transfer, your bank's service, ING Bank N.V., may ask you to confirm the payee.", lateOrder],
    ['Unser Team hat Ihre Sendung an die Deutsche Post AG übergeben.', acme],
    ['Notre équipe a confié votre colis à La Poste SA ; il arrivera demain.', lateOrder],
    ['Nuestro servicio de atención ha enviado su paquete con SEUR S.A. hoy.', lateOrder],
    ['Il nostro servizio clienti ha affidato il pacco a Poste Italiane S.p.A. ieri.', lateOrder],
    ['Card payments for our team are processed by Stripe Payments Europe Ltd.', lateOrder],
    // An ID that is no identity document; a selfie that is no check.
    ['Please reply with a photo of the receipt and your order ID.', lateOrder],
    ['Please send us a photo of the damaged item and the product ID on its label.', lateOrder],
    ['Bitte senden Sie uns ein Foto des Typenschilds mit der Geräte-ID.', lateOrder],
    ['Feel free to send us a selfie with your new sneakers for our photo contest!', lateOrder],
    ['We will never ask for a photo of your ID.', lateOrder],
    // Macros that are no attachment's.
    ['Please send us a photo of the damaged item; turn on macro mode on your phone for a sharp close-up.', lateOrder],
    ['Bitte schicken Sie uns ein Foto des Schadens; aktivieren Sie dafür den Makro-Modus Ihrer Kamera.', lateOrder],
    ['You can enable macros for the side buttons in the Acme Mouse app under Settings.', acme],
    ['To track protein and carbs, enable macro tracking in Settings > Nutrition.', lateOrder],
    // A password's rule, not a password.
    ['パスワードは8文字以上で設定してください。', lateOrder],
    ['パスワードは英数字8文字以上にしてください。', lateOrder],
    ['Your password is 12char minimum, with a digit.', lateOrder],
    ['Please set a new password on the reset page.', lateOrder],
    // Gift cards the company sells, without a fee.
    ['Acme-Gutscheine können Sie bequem per PayPal bezahlen, ohne Gebühr; den Code schicken wir Ihnen per E-Mail.', acme],
    ['Les cartes cadeaux Acme se règlent par carte bancaire, sans frais ; nous vous envoyons le code par e-mail.', acme],
    ['The invoice PDF attached shows the refund of 25 EUR.', lateOrder],
  ])('%s', (text, ctx) => {
    expect(kindsOf(text, ctx)).toEqual([]);
  });
});

describe('bypasses caught (review of round 15)', () => {
  it.each<[string, FlagKind]>([
    // The negation is not the QR code's (caught on main, missed by round 15's warning rule).
    ["Don't pay by card, scan the QR code below to pay the fee.", 'payment'],
    // A password set in other words.
    ["Your password has been reset. I've set it to Summer2024!", 'unknown-contact'],
    ['La contraseña provisional que te hemos asignado es Hola1234', 'unknown-contact'],
    ['Ihr Passwort wurde auf Sommer2024! zurückgesetzt.', 'unknown-contact'],
    ['Şifrenizi Yaz2024! olarak güncelledik.', 'unknown-contact'],
    ['パスワードを「Natsu2024」に変更しました。', 'unknown-contact'],
    ['Temporary password — Summer2024! — please log in now.', 'unknown-contact'],
    // An ID photo with other nouns and verbs.
    ['運転免許証の画像をアップロードしてください。', 'unknown-contact'],
    ['マイナンバーカードの表裏を撮影して送ってください。', 'unknown-contact'],
    ['신분증을 촬영해서 보내 주세요.', 'unknown-contact'],
    ['주민등록증 사진을 보내 주세요.', 'unknown-contact'],
    ['Nüfus cüzdanınızın fotoğrafını gönderin.', 'unknown-contact'],
    ['Wyślij fotkę dowodu osobistego.', 'unknown-contact'],
    ['Send a pic of your driving licence, front and back.', 'unknown-contact'],
    ['Please reply with a picture of your residence permit.', 'unknown-contact'],
    ['Send us a selfie holding your bank card.', 'unknown-contact'],
    ['Please send us a photo of your ID card.', 'unknown-contact'],
  ])('%s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('100 KB on round 15 patterns (review of chk15)', () => {
  // Before the review companyVoices took 254 s on 100 KB of capitals after one two-byte character (each start ran its
  // capitalised word to the end) and 17.8 s on "Acme Ltd " repeated (the line re-read for every name).
  const fill = (unit: string) => `${unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000)}\u{1F600}`;
  it.each(['A', 'Gutschein', 'Acme Ltd ', 'Ltd ', 'passwordpassword', 'your id photo ', 'makro attached '])('%j', (unit) => {
    for (const run of [companyVoices, setPasswords, identityPhotos, macroAttachments, paymentLures]) {
      for (const text of [fill(unit), fill(unit).slice(0, -2)]) {
        const start = performance.now();
        run(text);
        expect(performance.now() - start).toBeLessThan(2000);
      }
    }
  });
});
