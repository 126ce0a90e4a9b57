import { describe, expect, it } from 'vitest';
import { contactKinds } from '../../tests/support/draft-checks';

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
