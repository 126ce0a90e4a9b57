import { describe, expect, it } from 'vitest';
import { checkDraft, type FlagKind } from './checks';
import type { CheckContext } from './prompt';
import { paymentLures } from './payment-lures';

const context: CheckContext = {
  snippets: [
    { id: 'kb-refund', text: 'Refunds go back to the original payment method within 14 days.', url: 'https://acme.example/help/refunds' },
  ],
  ticketText: 'Where is my refund?',
  customerText: 'Where is my refund?',
  customerLanguage: 'en',
};
const kinds = (text: string): FlagKind[] => [...new Set(checkDraft({ text, citations: [] }, context).map((f) => f.kind))];

// Red team 9: payment the way scams take it (flagged 'payment' since red team 10) (gift card codes, a QR code nobody can read in the draft, a crypto
// wallet), a bank account after a comma, and places a draft sends to that the contact patterns did not read.
describe('gift card codes sent to us', () => {
  it.each([
    'Hi, to release your refund please buy two Apple gift cards worth $50 each and send us the codes from the back.',
    'Hallo, kaufen Sie bitte eine Paysafecard über 50 Euro und schicken Sie uns den Code.',
    'Bonjour, achetez une recharge PCS de 50 euros et envoyez-nous le code par retour.',
    'Hola, compre una tarjeta regalo de 50 euros y envíenos el código.',
    'Hallo, koop een cadeaukaart van 50 euro en stuur ons de code.',
    'Hej, köp ett presentkort på 500 kr och skicka oss koden.',
    'مرحباً، اشترِ بطاقة هدايا من آيتونز بقيمة 50 دولاراً وأرسل لنا الرمز.',
    'Olá, compre um cartão-presente Google Play de R$ 100 e envie-nos o código.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toContain('payment');
  });
  it.each([
    'Hi, gift cards can be used at checkout, and the balance is shown in your account.',
    'Hi, enter the code of your gift card at checkout.',
    'Hi, we will send you a gift card code by email.',
    'Hallo, Ihr Gutschein ist drei Jahre gültig.',
  ])('%s', (draft) => {
    expect(paymentLures(draft)).toEqual([]);
  });
});

describe('a QR code to pay or confirm with', () => {
  it.each([
    'Hi, your refund is ready. Scan the QR code in the attached PDF to confirm your bank details and receive it.',
    'Hallo, scannen Sie den QR-Code im Anhang und bestätigen Sie dort Ihre Kartendaten.',
    'Hej, skanna QR-koden i bilagan och betala avgiften där.',
    'Olá, leia o QR code em anexo e confirme os dados do cartão.',
    'Bonjour, scannez le code QR ci-dessous pour payer les frais.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toContain('payment');
  });
  it.each([
    'Hi, you do not need to return it. If you still want to, scan the QR code on the return label at any post office.',
    'Hi, the QR code on your ticket is scanned at the entrance.',
  ])('%s', (draft) => {
    expect(paymentLures(draft)).toEqual([]);
  });
});

describe('a crypto wallet', () => {
  it.each([
    'Hi, please send the €30 fee in Bitcoin to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh to release it.',
    'Hi, pay the fee in USDT to 0x52908400098527886E0F7030069857D2E4169EE7.',
    'Hi, send 0.001 BTC to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 today.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toContain('payment');
  });
  it.each(['Hi, your order ACME-1BvBMSEYst ships today.', 'Hi, the tracking number is 1Z999AA10123456784.'])('%s', (draft) => {
    expect(paymentLures(draft)).toEqual([]);
  });
});

describe('bank details and places the patterns missed', () => {
  it('reads an account number after a comma in a payment order', () => {
    expect(kinds('Hi, please pay the €24 customs fee to our new account, number 55779911, and we ship today.')).toContain(
      'unknown-contact',
    );
    expect(kinds('Hi, your customer account, number 48213901, is closed.')).toEqual([]);
  });
  it('reads a link without a scheme whose path shows it is one, whatever its ending', () => {
    expect(kinds('Hi, acmerefunds.claims/pay: click there to pay the release fee.')).toContain('unknown-link');
    expect(kinds('Hi, see sections 2.1/2.2 of the terms.')).toEqual([]);
  });
  it('reads "name at host dot com" as an address after any verb', () => {
    expect(kinds('Hi, please email your receipt and a photo of your card to refunds at acme-help dot com.')).toContain('unknown-contact');
  });
});

describe('linear on hostile input', () => {
  it.each([
    ['gift cards', 'buy a gift card and send us the code '],
    ['QR codes', 'scan the QR code in the attachment '],
    ['wallet-like runs', 'bc1q'],
    ['base58-like runs', '1Bv'],
    ['accounts after commas', 'pay to account, '],
    ['gift cards to buy and codes in the next sentence', 'buy a gift card. send us the code. '],
    ['new accounts', 'pay to our new account '],
    ['Tron-like runs', 'T1'],
    ['cards of any brand', 'buy a xbox card and send us the pin '],
    ['one long word ending in a card', 'a'],
    ['crypto payments', 'pay in bitcoin '],
    ['partners', 'pay to our partner '],
    ['changed bank details', 'our bank details have changed '],
  ])('100 KB of %s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const started = performance.now();
    paymentLures(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// Review of red team 9: lures in other words, and what an honest agent writes about gift cards, QR codes and
// accounts.
describe('lures in other words', () => {
  it.each([
    'Hi, buy a Steam card for $100 and email us the numbers on the back.',
    'Hi, please pay the release fee with two Apple gift cards. Then send us the codes.',
    'Hi, send the fee in USDT (TRC20) to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE today.',
    'Hi, please transfer the €24 fee to our new account; the details are in the attached PDF.',
    'Hallo, bitte überweisen Sie die Gebühr auf unser neues Konto, die Daten stehen im Anhang.',
  ])('%s', (draft) => {
    expect(paymentLures(draft)).not.toEqual([]);
  });
  it.each([
    'Hi, sorry the code was declined. Please send us the code on the back of your Acme gift card and we will check the balance.',
    'Hi, you bought the gift card as a present, so just share the code with the person you give it to.',
    'Hi, we sell Acme gift cards from €10 to €200 in our shop; the code is emailed to whoever you choose.',
    'Hi, please show the QR code from your booking confirmation at check-in.',
    'Hi, your tickets are attached; the QR code on each one is scanned at the entrance.',
    'Hi, once your new account is set up you can pay by card.',
    'Hi, your order, number 55779911, ships today.',
    'Hi, you can pay with an Acme gift card at checkout; if it is declined, send us the code and we will check it.',
    'Hi, you can pay in our store by scanning the QR code in the app.',
    'Hi, I checked your account, 48213901 is your customer number; please pay the open invoice in the portal.',
  ])('%s', (draft) => {
    expect(paymentLures(draft)).toEqual([]);
    expect(kinds(draft)).not.toContain('unknown-contact');
    expect(kinds(draft)).not.toContain('unknown-link');
    expect(kinds(draft)).not.toContain('payment');
  });
});

// Red team 10: the leftovers of round 9 (any brand's card, crypto with no wallet written, an account number in
// groups) and new forms: a payment to "our partner", bank details that "have changed".
describe('payment lures, red team 10', () => {
  it.each([
    'Hi, buy a Razer Gold card worth $50 and send us the PIN on the back.',
    'Olá, compre um cartão Netflix de 50 € e envie-nos o código.',
    'Hallo, kaufen Sie eine Xbox-Karte über 25 Euro und schicken Sie uns den Code.',
    'Hi, please pay the €30 fee in bitcoin to the wallet in the attachment.',
    'Hallo, betaal de kosten in bitcoin naar de wallet in de bijlage.',
    'Hola, pague la tasa en USDT a la cartera que le enviamos.',
    'Hi, please pay the €25 release fee to our partner SwiftClear Logistics.',
    'Bonjour, réglez les frais de 30 € auprès de notre partenaire ColisExpress.',
    'Hallo, bitte zahlen Sie die Gebühr an unseren Partner PaketPlus.',
    'Hola, pague la tasa a nuestro socio LogiExpress.',
    'Hi, please note that our bank details have changed; use the ones in the attached letter.',
    'Hallo, unsere Bankverbindung hat sich geändert.',
    'Olá, os nossos dados bancários mudaram.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toContain('payment');
  });
  // An account number is bank details, read with the IBANs (checks.ts), not a lure.
  it.each(['Hi, please pay the fee to account 5577 9911 today.', 'Hallo, überweisen Sie den Betrag auf das Konto 5577 9911 22.'])(
    '%s',
    (draft) => {
      expect(kinds(draft)).toContain('unknown-contact');
    },
  );
  it.each([
    'Hi, we do not accept bitcoin or other crypto; you can pay by card at checkout.',
    'Hi, our bank details have not changed, and we never change them by e-mail.',
    'Hi, your new bank details are saved for the refund.',
    'Bonjour, votre colis est livré par notre partenaire Colissimo.',
    'Hi, you can pay in instalments with our partner Klarna at checkout.',
    'Bonjour, vous pouvez payer en trois fois avec notre partenaire Alma.',
    'Hola, puede pagar a plazos con nuestro socio Aplazame.',
    'Hi, your customer number 5577 9911 is now linked to your new address.',
    'Hi, buy any card you like in our shop and we will send you the code by email.',
  ])('%s', (draft) => {
    expect(paymentLures(draft)).toEqual([]);
    expect(kinds(draft)).not.toContain('unknown-contact');
    expect(kinds(draft)).not.toContain('payment');
  });
});

// emoji19: the word patterns read the sentence lower-cased (no 'i' flag, for the first two-byte draft's cold
// compile); capitals and a Turkish 'İ' read as before, the flag quotes what was written, and a wallet's case is read
// from the draft as written.
describe('payment lures, read lower-cased', () => {
  it.each([
    ['HI, PLEASE BUY TWO APPLE GIFT CARDS AND SEND US THE CODES 😀.', 'BUY TWO APPLE GIFT CARDS'],
    ['İSTANBUL office: please Scan the QR Code in the ATTACHMENT to Pay 😀.', 'İSTANBUL office: please Scan'],
    ['Please PAY the fee in USDT to 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV 😀.', 'PAY the fee in USDT'],
  ])('%s', (draft, quoted) => {
    const flags = paymentLures(draft);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.detail).toContain(quoted);
  });
  it('reads a wallet as written: lower-cased, a base58 address would lose its mix of cases', () => {
    expect(paymentLures('Please transfer it to 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV 😀.')).toHaveLength(1);
  });
});

describe('payees, read lower-cased (emoji19)', () => {
  it('flags a partner payee and an account elsewhere written in capitals, quoted as written', () => {
    expect(paymentLures('PLEASE SETTLE THE BALANCE WITH OUR PARTNER FIRM ACME 😀.')[0]?.detail).toContain('SETTLE THE BALANCE');
    expect(paymentLures('İSTANBUL office: please TRANSFER the fee to the ACCOUNT in the ATTACHMENT 😀.')[0]?.detail).toContain(
      'İSTANBUL office',
    );
  });
});
