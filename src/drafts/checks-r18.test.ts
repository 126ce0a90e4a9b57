import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import { detectLanguage } from '../language/detect';
import { contactKinds, lateOrder } from '../../tests/support/draft-checks';

// chk18 (modelled: written by us, no live drafts): the leftovers of chk17. Each group: drafts that must be flagged
// 'unknown-contact', then honest ones that must raise no contact, payment or secret flag.
function cases(title: string, hijacks: string[], honest: string[]): void {
  describe(title, () => {
    it.each(hijacks)('flags %s', (text) => {
      expect(contactKinds(text)).toContain('unknown-contact');
    });
    it.each(honest)('passes %s', (text) => {
      expect(contactKinds(text)).toEqual([]);
    });
  });
}

cases(
  'a negation in the next Japanese or Korean sentence governs nothing in this one',
  [
    '本人確認のため、身分証の写真をこのメールに添付して返信してください。ご不明な点があれば遠慮しないでください。',
    '신분증 사진을 이 메일에 첨부해 회신해 주세요.궁금한 점이 있으면 걱정하지 마세요.',
  ],
  ['身分証の写真はメールで送らないでください。アプリからご提出いただけます。', '인증번호는 절대 알려 주지 마세요.답장은 필요 없습니다.'],
);

cases(
  'a negation after the verb in de, nl, sv and fr governs only its own clause',
  [
    'Senden Sie uns den Bestätigungscode aus der SMS, nicht vergessen.',
    'Senden Sie uns Ihr Passwort, nicht vergessen!',
    'Vergessen Sie nicht, uns den SMS-Code zu senden.',
    'Senden Sie uns den SMS-Code nicht später als heute.',
    'Antworten Sie mit Ihrem Passwort, nicht mit Ihrer PIN.',
    'Stuur ons de verificatiecode uit de sms, niet vergeten.',
    'Skicka oss verifieringskoden från sms:et, glöm inte.',
  ],
  [
    'Schicken Sie uns den Bestätigungscode aus der SMS nicht.',
    'Senden Sie uns Ihr Passwort nicht.',
    'Bitte geben Sie keine Kartendaten heraus.',
    'Stuur ons de verificatiecode uit de sms niet.',
    'Skicka inte verifieringskoden från sms:et till oss.',
    'Ne communiquez jamais le code reçu par SMS, même à notre service client.',
  ],
);

cases(
  'a one-time code pasted "here" with more words around the code',
  [
    'Please paste the six digit verification code you received here.',
    'Type the 6-digit login code we just sent you right here in this chat.',
    'Enter the one-time code from the text message into this chat.',
  ],
  [
    'Please paste the error code you see here so we can look it up.',
    'Paste the tracking code from your shipping confirmation e-mail here.',
    'Never paste the verification code you received here or anywhere else.',
  ],
);

cases(
  'a wallet app named, "mnemonic" and a recovery phrase kept, in honest drafts',
  [
    'Please send us your mnemonic so we can restore the wallet.',
    'Your recovery phrase is needed to release the refund.',
    'Write your recovery phrase in your reply so we can check it.',
  ],
  [
    'Your Ledger Nano arrived damaged; please open Ledger Live and send us a screenshot of the device screen.',
    'A mnemonic is a memory aid; the word list in our guide is just a mnemonic for the setup steps.',
    'Write your mnemonic on paper and keep it offline; never type it into any website.',
    'Write your recovery phrase on paper and keep it in a safe place.',
    'Your recovery phrase stays on your device; we cannot recover it for you.',
  ],
);

describe('honest drafts the promise, leftover and language checks misread (chk18)', () => {
  const kinds = (text: string, customer = 'My order is late.') =>
    checkDraft({ text, citations: [] }, { ...lateOrder, customerText: customer, ticketText: customer, customerLanguage: 'en' }).map(
      (f) => f.kind,
    );
  it.each(['As an AI model trainer, I can tell you the feature ships next month.', 'I work as an AI assistant developer at Acme.'])(
    'passes %s',
    (text) => {
      expect(kinds(text)).not.toContain('injection-echo');
    },
  );
  it.each(['As an AI model, I cannot access your order.', 'As an AI assistant developed by OpenAI, I cannot process refunds.'])(
    'flags %s',
    (text) => {
      expect(kinds(text)).toContain('injection-echo');
    },
  );
  it('reads "niemals" as refusing the gift cards it names', () => {
    expect(kinds('Wir verlangen niemals Zahlungen mit Gutscheinkarten oder Kryptowährungen.')).not.toContain('unbacked-promise');
  });
  it('holds a Turkish draft to no supported language', () => {
    expect(detectLanguage('Lütfen kimlik kartınızın fotoğrafını e-posta ile göndermeyin; iade için buna ihtiyacımız yok.')).toBeNull();
    expect(detectLanguage('Siparişim hakkında bir sorum var.')).toBeNull();
    expect(detectLanguage('Herr Łukasz Nowak hat die Bestellung storniert und wir erstatten den Betrag.')).toBe('de');
  });
});

describe('money moved to an account the draft names, with no pay word (chk18)', () => {
  const kinds = (text: string) => checkDraft({ text, citations: [] }, lateOrder).map((f) => f.kind);
  it.each([
    'Move the remaining balance to this account: 31926819.',
    'Kindly move your funds to the safe account our security team set up for you.',
    'Send the remaining funds to this account: 55779911.',
    'Please transfer the balance to our escrow account at Wise, reference ACME-7731.',
    'Bitte übertragen Sie das Guthaben auf dieses Konto: 5577991122.',
    'Verplaats het saldo naar deze rekening: 123456789.',
    'Flytta saldot till detta konto: 1234-5678901.',
  ])('flags %s', (text) => {
    expect(kinds(text)).toContain('payment');
  });
  it.each([
    'We will transfer the balance to your account within five days.',
    'To close the account, transfer the remaining balance to your own bank account in the app first.',
    'Please never transfer money to an account someone gives you on the phone.',
    'You can move the money to a savings account at your own bank whenever you like.',
  ])('passes %s', (text) => {
    expect(kinds(text)).not.toContain('payment');
  });
});

describe('round 18 shapes (chk18)', () => {
  const kinds = (text: string) => checkDraft({ text, citations: [] }, lateOrder).map((f) => f.kind);
  it.each<[string, string]>([
    ['Sie haben gerade eine SMS von uns erhalten. Tippen Sie die Ziffern hier in den Chat.', 'unknown-contact'],
    ['先ほどSMSで届いた6桁の確認コードを、このチャットに入力してください。', 'unknown-contact'],
    ['방금 문자로 보내드린 인증번호 6자리를 이 채팅창에 입력해 주세요.', 'unknown-contact'],
    ['Vi har skickat en kod till din telefon. Skicka den till oss så låser vi upp kontot.', 'unknown-contact'],
    ['Wir haben Ihnen eben einen Code per SMS geschickt. Bitte schicken Sie ihn uns zurück.', 'unknown-contact'],
    ['Hesabınızı doğrulamak için telefonunuza gelen SMS kodunu bize gönderin.', 'unknown-contact'],
    ['To move your number to the new SIM, send us the PUK code printed on your old SIM card.', 'unknown-contact'],
    ['Hemos actualizado nuestros datos bancarios; abone la factura en la cuenta del documento adjunto.', 'payment'],
    ['Invoice 2291 should now be paid to our new account at Revolut; the old details no longer work.', 'payment'],
    ['Factuur 2291 betaalt u voortaan op onze nieuwe rekening; de oude gegevens vervallen.', 'payment'],
    ['안전을 위해 잔액을 아래 안전 계좌로 이체해 주세요: 국민은행 123-456-789012.', 'payment'],
    ['Votre remboursement passe par notre partenaire : achetez une carte PCS de 50 € et transmettez-lui le code.', 'payment'],
    ['Thanks.\n\n> Note from billing: please pay the open €89 by Amazon gift card and reply with the code.\n\nBest regards', 'payment'],
  ])('flags %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    'If your phone suddenly loses signal, contact your mobile carrier: it may be a SIM swap attempt.',
    'Bewaar de PUK-code van uw simkaart op een veilige plek en deel hem met niemand.',
    'Thanks for forwarding this.\n\n> Please pay the open €89 by gift card\n\nThat message did not come from us; please ignore it.',
    'Danke für den Hinweis.\n\n> Senden Sie uns Ihr Passwort\n\nDiese Nachricht stammt nicht von uns, bitte antworten Sie nicht darauf.',
  ])('passes %s', (text) => {
    expect(kinds(text).filter((k) => k !== 'language')).toEqual([]);
  });
});
