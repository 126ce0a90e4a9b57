// Card numbers and IBANs a mail client or a customer broke across lines: the checksum decides whether the
// lines are one number, so ordinary numbers on consecutive lines stay apart.
import { describe, expect, it } from 'vitest';
import { redactText } from './redact';
import { emptyVault, restore } from './vault';

describe('card numbers and IBANs broken across lines', () => {
  it.each([
    ['Card number:\n4539 1488\n0343 6467', 'Card number:\n⟦CARD_1⟧'],
    ['Kaart: 4539 1488 0343\n6467', 'Kaart: ⟦CARD_1⟧'],
    ['Card 4111 1111\n1111 1111', 'Card ⟦CARD_1⟧'],
    ['card 4539/1488/0343/6467', 'card ⟦CARD_1⟧'],
    ['card 4111 1111 1111 1111\n12/27', 'card ⟦CARD_1⟧\n12/27'],
    ['IBAN: SA03 8000 0000\n6080 1016 7519', 'IBAN: ⟦IBAN_1⟧'],
    ['IBAN NL91\nABNA\n0417\n1643\n00', 'IBAN ⟦IBAN_1⟧'],
    ['IBAN NL91 ABNA\n0417 1643 00', 'IBAN ⟦IBAN_1⟧'],
    ['IBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX', 'IBAN ⟦IBAN_1⟧\nBIC COBADEFFXXX'],
  ])('%s', (text, sent) => {
    const vault = emptyVault();
    const out = redactText(text, vault);
    expect(out).toBe(sent);
    expect(restore(out, vault)).toBe(text);
  });

  it.each(['Order 4539 1488\nInvoice 0343 6467', 'Rooms:\n4539\n1488\n0343\n6468', 'Orders:\n1234 5678\n9012 3456'])(
    'keeps %s when the joined digits are no card',
    (text) => {
      const out = redactText(text, emptyVault());
      expect(out.includes('⟦CARD')).toBe(false);
    },
  );
});

describe('phone numbers broken across lines', () => {
  it.each([
    ['call 0770\n0900 123', 'call ⟦PHONE_1⟧'],
    ['phone: +44 7700\n900123', 'phone: ⟦PHONE_1⟧'],
  ])('%j', (text, sent) => {
    expect(redactText(text, emptyVault())).toBe(sent);
  });

  it.each([
    ['Phone: 0612345678\n12 items', 'Phone: ⟦PHONE_1⟧\n12 items'],
    ['Order 1234\n0612 345 678', 'Order 1234\n⟦PHONE_1⟧'],
    ['Qty 12\n2024 pieces', 'Qty 12\n2024 pieces'],
  ])('keeps the next line apart: %j', (text, sent) => {
    expect(redactText(text, emptyVault())).toBe(sent);
  });
});
