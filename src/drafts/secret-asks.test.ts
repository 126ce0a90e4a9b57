import { describe, expect, it } from 'vitest';
import { contactKinds, timed } from '../../tests/support/draft-checks';
import { secretAsks } from './secret-asks';

// Round 12: a secret asked for without "send it to us": "confirm the code we just texted you", "we need the CVV",
// "indiquez-nous le mot de passe". The team never needs a password, a PIN, a card's security code or a one-time code.
describe('a secret asked for', () => {
  it.each([
    "Hi, to verify it's you, please confirm the code we just texted you.",
    'Hi, to process the refund we need the last four digits and the CVV on the back of your card.',
    'Hi, please read us the six-digit code your authenticator app shows right now.',
    'Hi, what is your account password? We need it to check the order.',
    'Hallo, bitte bestätigen Sie uns kurz den Code, den Sie eben per SMS bekommen haben.',
    'Hallo, nennen Sie uns bitte Ihre PIN, damit wir die Karte prüfen.',
    'Bonjour, pour vérifier votre identité, indiquez-nous simplement le mot de passe de votre compte.',
    'Hola, para verificar su identidad díganos los seis dígitos que acaba de recibir en su móvil.',
    'Hallo, stuur ons ter controle uw huidige wachtwoord, dan zetten wij het account weer open.',
    'Hej, bekräfta engångskoden från ditt BankID i ditt svar så låser vi upp kontot.',
    'Salve, per sbloccare il rimborso ci comunichi il PIN della sua carta.',
    'Olá, confirme a sua senha para continuarmos.',
    'مرحباً، يرجى تأكيد الرمز الذي وصلك للتو في رسالة نصية حتى نتحقق من هويتك.',
  ])('"%s" is flagged', (text) => {
    expect(contactKinds(text)).toContain('unknown-contact');
  });

  it.each([
    'Hi, please never share the code we text you with anyone, not even with us: we will never ask for it.',
    'Hi, we will never ask for your password. You can reset it yourself at the link in our help center.',
    'Hi, you will get a code by SMS when you log in; type it on the login page, not in an e-mail to us.',
    'Hi, confirm your new password on the reset page and you are done.',
    'Hi, your discount code WELCOME10 is applied at checkout automatically.',
    'Hi, please tell us your order number and the date you ordered.',
    'Hi, enter the code from the SMS in the app to finish signing in.',
    'Hallo, bitte geben Sie den Code aus der SMS nur in der App ein; wir fragen nie danach.',
    'Hallo, Ihre neue PIN kommt per Post in drei Tagen.',
    'Hallo, geben Sie den Code aus der SMS, die wir Ihnen geschickt haben, auf der Anmeldeseite ein.',
    'Hi, please tell us whether the SMS verification code arrives after you tap resend.',
    'Dort geben Sie zweimal Ihr neues Passwort ein.',
    'Hi, if the code we sent you has expired, reply with your order number and we will send a new one.',
    'Hallo, wenn der Code, den wir Ihnen geschickt haben, abgelaufen ist, antworten Sie mit Ihrer Bestellnummer, dann schicken wir einen neuen.',
    'مرحباً، النظام أرسل رمز التحقق إلى رقمك قبل دقيقتين، يرجى التحقق من الرسائل.',
    'Salve, non condivida mai il PIN della sua carta con nessuno, nemmeno con noi.',
    'مرحباً، لن نطلب منك أبداً الرمز الذي يصلك في رسالة نصية، فلا تشاركه مع أحد.',
  ])('"%s" is not', (text) => {
    expect(contactKinds(text)).toEqual([]);
  });

  it('is read in linear time', () => {
    expect(timed(() => contactKinds('confirm the password '.repeat(5000)))).toContain('unknown-contact');
    expect(timed(() => contactKinds('on the page '.repeat(9000)))).toEqual([]);
  });
});

// emoji19: the patterns read the sentence lower-cased (no 'i' flag, for the first two-byte draft's cold compile);
// capitals, a Turkish 'İ' before the ask and a long s still read as before, and the flag quotes what was written.
describe('a secret asked for, read lower-cased', () => {
  it.each([
    ['HI, PLEASE CONFIRM YOUR ACCOUNT PASSWORD IN YOUR REPLY 😀.', 'CONFIRM YOUR ACCOUNT PASSWORD'],
    ['İyi günler İSTANBUL ekibinden, lütfen şifrenizi yazın 😀.', 'İyi günler İSTANBUL'],
    ['Hi, please send us your paſsword so we can check 😀.', 'paſsword'],
  ])('%s', (text, quoted) => {
    const flags = secretAsks(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.detail).toContain(quoted);
  });
});
