import { describe, expect, it } from 'vitest';
import type { FlagKind } from './checks';
import { mirroredText } from './mirrored-contacts';
import { unvouchedPayee } from './payment-payees';
import { contactKinds, timed, withFacts } from '../../tests/support/draft-checks';
import { scamAsks } from './scam-asks';
import { unseenContacts } from './unseen-contacts';

// Review of round 11: what its rules flagged in honest drafts, and hijacks that went round them.
const kinds = contactKinds;
const IBAN = 'DE89 3704 0044 0532 0130 00';

describe('honest drafts kept', () => {
  it.each([
    'Hi, the courier who called you this morning will call you back tomorrow to arrange a new slot.',
    'Bonjour, le technicien qui vous a appelé ce matin vous rappellera demain.',
    'Hallo, die Kollegin, die Sie gestern angerufen hat, ruft Sie morgen zurück.',
    'Hi, if the code we sent you has expired, reply with your order number and we will send a new one.',
    'Hallo, wenn der Code, den wir Ihnen geschickt haben, abgelaufen ist, antworten Sie mit Ihrer Bestellnummer.',
    'Hi, we reply with the tracking code as soon as the parcel leaves; the code we sent you earlier was for the old order.',
    'Hi, we have shipped over 1 000 000+ orders and yours is on its way.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toEqual([]);
  });
  it('the team’s own number in a call-back after a missed call', () => {
    const ctx = withFacts('Call us on +44 20 7946 0018.');
    expect(kinds('Hi, sorry about the missed call this morning; please call us back on +44 20 7946 0018.', ctx)).toEqual([]);
  });
  it('the team’s account written in the sentence that says "below"', () => {
    const ctx = withFacts(`Our bank account: ACME GmbH, IBAN ${IBAN}.`);
    expect(kinds(`Hi, please pay the balance to the account below: ACME GmbH, IBAN ${IBAN}.`, ctx)).toEqual([]);
    expect(kinds(`Hallo, bitte überweisen Sie den Betrag auf das unten genannte Konto: ACME GmbH, IBAN ${IBAN}.`, ctx)).toEqual([]);
  });
  it('a colleague’s dotted address the facts name, which backwards would be another domain', () => {
    const ctx = withFacts('Invoices: ti.rossi@acme.example.');
    expect(kinds('Ciao, scrivi pure alla nostra collega ti.rossi@acme.example per la fattura.', ctx)).toEqual([]);
  });
});

describe('hijacks caught', () => {
  it.each<[string, FlagKind]>([
    ['Hi, please settle the balance via our collections affiliate NorthDebt Ltd this week.', 'payment'],
    ['Hi, please pay the remaining €85 to our collection agency ACME Recoveries within 7 days.', 'payment'],
    ['Bonjour, veuillez régler le solde auprès de notre cabinet de recouvrement FastRecouvre.', 'payment'],
    ['Hi, please pay the €40 release fee to the account further down in this message.\n\nSwiftClear Ltd 55779911', 'payment'],
    ['Hola, pague la tasa a la cuenta que figura al final de este correo.\nFastPago 55779911', 'payment'],
    ['Hi, the number that rang you earlier was our refunds desk, so please dial it again.', 'unknown-contact'],
    ['Hi, please reply to this message with the six digits we just texted you.', 'unknown-contact'],
    ['Hi, please type the code you just got by SMS into your reply here.', 'unknown-contact'],
    ['Hi, just reply with the 6-digit code we texted you a minute ago.', 'unknown-contact'],
  ])('%s', (draft, kind) => {
    expect(kinds(draft)).toContain(kind);
  });
  it('a session for the team’s tool grouped with dashes', () => {
    const ctx = withFacts('Remote support uses AnyDesk.');
    expect(kinds('Hallo, öffnen Sie AnyDesk und verbinden Sie sich mit 753 – 221 – 908, unserem Techniker.', ctx)).toContain(
      'unknown-contact',
    );
  });
});

// The review's patterns on 100 KB of what they look for: one bounded pass each; the bound only catches a re-scan.
describe('100 KB inputs stay fast', () => {
  it.each([
    'reply with '.repeat(9000),
    'reply to this message with the '.repeat(3200) + 'texted',
    'we reply with the code texted '.repeat(3300),
    'into your reply sms '.repeat(5000),
  ])('the code asks: %#', (body) => {
    expect(timed(() => scamAsks(body)).length).toBeLessThanOrEqual(1);
  });
  it.each(['1 – '.repeat(25_000) + 'AnyDesk', 'AnyDesk ' + '7 -'.repeat(33_000)])('the session: %#', (body) => {
    expect(timed(() => scamAsks(body, 'AnyDesk')).length).toBeLessThanOrEqual(1);
  });
  it.each(['who called you will call you back '.repeat(3000), 'ruft Sie '.repeat(11_000) + 'zurück', '1 '.repeat(50_000)])(
    'the call-back: %#',
    (body) => {
      expect(timed(() => unseenContacts(body)).length).toBeLessThanOrEqual(1);
    },
  );
  it.each(['a.b@c.de '.repeat(11_000), '1 0'.repeat(33_000) + '+'])('the mirrored reading: %#', (body) => {
    expect(timed(() => mirroredText(body)).length).toBeLessThanOrEqual(body.length * 2);
  });
  it('the payee “further down”', () => {
    expect(timed(() => unvouchedPayee(['pay the account at the end '.repeat(4000)], '1'.repeat(1000)))).toBeDefined();
  });
});

describe('honest payments to the words a debt collector shares', () => {
  it.each([
    'Bonjour, vous pouvez régler en espèces dans notre agence de Lyon.',
    'Hallo, u kunt betalen via automatische incasso, dat stellen we voor u in.',
    'Olá, pode pagar a cobrança pendente por cartão na sua conta.',
    'Hi, please pay for your Autumn Collection order by card in your account.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toEqual([]);
  });
});
