import { describe, expect, it } from 'vitest';
import { checkDraft, type FlagKind } from './checks';
import { mirroredText } from './mirrored-contacts';
import { paymentLures } from './payment-lures';
import { unvouchedPayee } from './payment-payees';
import { contactKinds, lateOrder, timed, withFacts } from '../../tests/support/draft-checks';
import { unseenContacts } from './unseen-contacts';

// Red team 11: the round-10 exemptions (a ticket merge, a payment provider, a remote tool the team uses) hold only for
// what the team names, never for a thread, account or session the draft brings in; and the forms round 11 found.
const context = lateOrder;
const kinds = contactKinds;

describe('hijacks caught', () => {
  it.each<[string, FlagKind]>([
    // A merge says nothing about a thread that is no ticket, nor about one where card details are asked for.
    ['Hi, we merged your requests, so please answer only in the other e-mail from our billing team.', 'unknown-contact'],
    [
      'Hi, your tickets were merged, so please reply in the other ticket, where our claims team will take your card details.',
      'unknown-contact',
    ],
    ['مرحباً، يرجى المتابعة في المحادثة الأخرى مع فريق الاسترداد.', 'unknown-contact'],
    // A payment provider's name launders no account, address or number the draft points to elsewhere.
    ['Hi, please pay the €40 fee via Klarna to the account below.\nFastClear Ltd, 55779911', 'payment'],
    ['Hi, please pay the open €85 to our partner PayPal at the address in the attachment.', 'payment'],
    ['Hallo, überweisen Sie die Gebühr bitte auf das Konto im Anhang.', 'payment'],
    ['Hej, swisha avgiften till numret nedan.\n123 456 78 90', 'payment'],
    // Settled with a partner firm, whatever the preposition or compound.
    ['Hi, please settle the balance with our partner firm ACME Recoveries this week.', 'payment'],
    ['Hallo, bitte begleichen Sie die Rechnung bei unserer Partnerfirma Nord Inkasso.', 'payment'],
    ['Hola, salde la deuda con nuestra empresa colaboradora CobroRápido hoy.', 'payment'],
    ['Hej, betala skulden till vår samarbetspartner Kravia i dag.', 'payment'],
    // Crypto without the word "wallet": a coin, or an opaque address in a payment sentence.
    ['Hi, please send the 40 USDC fee to 9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin today.', 'payment'],
    ['Hi, please transfer the fee to rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh, tag 1200.', 'payment'],
    // A remote tool the team uses, pointed at a session the draft brings in.
    ['Hi, open TeamViewer and join session 1 555 203 998 with the password 44kx so our technician can help.', 'unknown-contact'],
    // The number that called, a code "we sent", a contact card, a reversed contact.
    ['Hi, please return the call from the number that rang you this morning; it was our refunds team.', 'unknown-contact'],
    ['Hallo, rufen Sie bitte die Nummer zurück, die Sie gestern angerufen hat.', 'unknown-contact'],
    ['Hi, please reply with the code we texted you so we can confirm the refund.', 'unknown-contact'],
    ['Olá, responda com o código que lhe enviámos agora mesmo.', 'unknown-contact'],
    ['Hi, open the attached vCard and message our refunds desk on WhatsApp.', 'unknown-contact'],
    ['Hi, write to \u202emoc.kcab-dnufer@smialc\u202c with a photo of your card.', 'unknown-contact'],
    ['Hi, our address, backwards: moc.kcab-dnufer@smialc.', 'unknown-contact'],
    ['Hi, call our claims desk on \u202e99 88 77 6 13+\u202c today.', 'unknown-contact'],
    ['Hi, reset it here: [acme.example/reset](//acme-reset.claims/login)', 'unknown-link'],
  ])('%s', (draft, kind) => {
    const ctx = withFacts('Remote support uses TeamViewer, booked by the agent.', 'Customers can pay later with Klarna.');
    expect(kinds(draft, ctx)).toContain(kind);
  });

  it('a partner the facts name is vouched for only by its whole name', () => {
    const ctx = withFacts('ACME ships from Leeds.');
    expect(kinds('Hi, please pay the invoice to our partner ACME Recoveries today.', ctx)).toContain('payment');
    expect(
      kinds('Hi, please pay the invoice to our partner ACME Recoveries today.', withFacts('Invoices are collected by ACME Recoveries.')),
    ).toEqual([]);
  });

  it('a payment provider vouches for nothing by its name alone: the team names it', () => {
    const draft = 'Hi, please pay the invoice to our partner Klarna within 14 days using the link in the Klarna app.';
    expect(kinds(draft)).toContain('payment');
    expect(kinds(draft, withFacts('Invoices can be paid with Klarna within 14 days.'))).toEqual([]);
  });
});

describe('honest drafts kept', () => {
  it.each([
    'Hi, your parcel is with our delivery partner DPD; they will send you a delivery window tomorrow.',
    'Hi, you can pay in instalments with our payment partner Klarna at checkout.',
    'Bonjour, vous pouvez payer en trois fois avec notre partenaire Alma lors de la commande.',
    'Hi, that call was not from us. Please do not call back the number that called you.',
    'Hola, no devuelva la llamada al número que le llamó: no éramos nosotros.',
    'Hi, sorry we missed you. We will call you back tomorrow on the number on your account.',
    'Hi, please enter the code we texted you on the login page, and never share it with anyone.',
    'Hi, yes, we received your payment; its reference is PAY-7Hk29QzLm4Xw8RtY2nBv5CdE.',
    'Hi, we merged your two tickets; please reply in the other ticket (#4512) from now on.',
    'Hallo, wir haben Ihre Anfragen zusammengeführt; bitte antworten Sie im anderen Ticket (#48213).',
    'Hi, you can pay the invoice by card or bank transfer in your account.',
    'Hi, the item number 1 234 567 is back in stock; you can order it today.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toEqual([]);
  });
  it('a remote tool the team names, in a session the team books', () => {
    const ctx = withFacts('Remote support uses TeamViewer QuickSupport; our technician calls you at the booked time.');
    expect(
      kinds("Hi, for tomorrow's 10 am session please open TeamViewer QuickSupport; our technician will ask for the ID it shows.", ctx),
    ).toEqual([]);
  });
  it('a session number the team gives', () => {
    const ctx = withFacts('Our remote support uses AnyDesk; connect to our help desk address 123 456 789.');
    expect(kinds('Hallo, öffnen Sie AnyDesk und verbinden Sie sich mit unserer Adresse 123 456 789.', ctx)).toEqual([]);
  });
});

it('a condition before the ask is no warning against it', () => {
  expect(kinds('P.S. If the refund has not arrived by Friday, call back the number that called you this morning.')).toContain(
    'unknown-contact',
  );
});

it('free shipping for life is a promise the snippets must back', () => {
  const flags = checkDraft(
    { text: 'Hi, as an apology we will give you free shipping for life on every future order.', citations: [] },
    context,
  );
  expect(flags.map((f) => f.kind)).toContain('unbacked-promise');
});

// Round 11's patterns on 100 KB of what they look for, uncut (checkDraft reads 20 000 characters): each is read in one
// bounded pass, so the answer comes at once; the bound only catches a pattern that re-scans the text from each position.
describe('100 KB inputs stay fast', () => {
  it.each([
    'die '.repeat(25_000) + 'angerufen',
    'call '.repeat(20_000) + 'back',
    'that called you '.repeat(6000),
    'vcard '.repeat(16_000),
    'x'.repeat(100_000) + '.vcf',
  ])('the called-you and contact-card asks: %#', (body) => {
    expect(timed(() => unseenContacts(body)).length).toBeLessThanOrEqual(1);
  });
  it.each(['a@'.repeat(50_000), '\u202e'.repeat(100_000), '1 '.repeat(50_000) + '+', '\u202e1'.repeat(50_000)])(
    'the mirrored reading: %#',
    (body) => {
      expect(timed(() => mirroredText(body)).length).toBeLessThanOrEqual(body.length * 2);
    },
  );
  it.each<[string, boolean]>([
    ['partner '.repeat(12_000) + 'pay', true],
    ['pay our Partner ' + 'x '.repeat(50_000), true],
    ['pay the account below '.repeat(4500), true],
    // One 99 000-character token is no coin address (those are 25-90 characters).
    ['pay ' + 'Zz9'.repeat(33_000), false],
  ])('the payees: %#', (body, flagged) => {
    expect(timed(() => unvouchedPayee([body], 'ACME '.repeat(1000))) !== undefined).toBe(flagged);
    expect(timed(() => paymentLures(body)).length > 0).toBe(flagged);
  });
});

// emoji19: unseen contacts read the sentence lower-cased (no 'i' flag, for the first two-byte draft's cold compile).
describe('unseen contacts, read lower-cased', () => {
  it.each([
    ['PLEASE CALL BACK THE NUMBER THAT CALLED YOU 😀.', 'CALL BACK THE NUMBER'],
    ['İSTANBUL team: please open the attached vCard 😀.', 'İSTANBUL team'],
  ])('%s', (draft, quoted) => {
    const flags = unseenContacts(draft);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.detail).toContain(quoted);
  });
  it("reads the team's call back with a capital 'Sie' as before", () => {
    expect(unseenContacts('Die Kollegin, die Sie angerufen hat, ruft Sie morgen zurück 😀.')).toEqual([]);
  });
});
