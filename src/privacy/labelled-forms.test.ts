// Bank accounts, phone numbers, ids and dates of birth in the forms a customer writes them beside their
// label: a UK account beside its sort code or bank, a German BLZ, a phone with a spaced slash, a short
// local number after a phone word, an extension, an abbreviated label, an ordinal date.
import { describe, expect, it } from 'vitest';
import { redactText } from './redact';
import { emptyVault } from './vault';

describe('labelled values in everyday forms', () => {
  it.each([
    ['Sort code: 601613 Account: 31926819', 'Sort code: ⟦IBAN_1⟧ Account: ⟦IBAN_2⟧'],
    ['my account 31926819 at Barclays', 'my account ⟦IBAN_1⟧ at Barclays'],
    ['Kontonummer 0532013000 BLZ 37040044', 'Kontonummer ⟦IBAN_1⟧ BLZ ⟦IBAN_2⟧'],
    ['Telefon: 0171 / 1234567', 'Telefon: ⟦PHONE_1⟧'],
    ['Tel.: 089 / 12 34 56', 'Tel.: ⟦PHONE_1⟧'],
    ['phone: 555-0123', 'phone: ⟦PHONE_1⟧'],
    ['call me at 555-0123', 'call me at ⟦PHONE_1⟧'],
    ['Tel: 020 7946 0958 ext. 1234', 'Tel: ⟦PHONE_1⟧'],
    ['call 555-123-4567 x89 please', 'call ⟦PHONE_1⟧ please'],
    ['personnummer 811228 9874', 'personnummer ⟦NATIONAL_ID_1⟧'],
    ['pnr 811228 9874', 'pnr ⟦NATIONAL_ID_1⟧'],
    ['numéro de sécu 185057800608436', 'numéro de sécu ⟦NATIONAL_ID_1⟧'],
    ['date of birth: March 14th, 1988', 'date of birth: ⟦DOB_1⟧'],
    ['born on the 14th of March 1988', 'born on the ⟦DOB_1⟧'],
    // A person named after a company word is no company ("business partner", "shop owner").
    ['My business partner was born on 12 March 1970.', 'My business partner was born on ⟦DOB_1⟧.'],
    ['The store manager was born on 12 March 1970.', 'The store manager was born on ⟦DOB_1⟧.'],
  ])('%s', (text, sent) => {
    expect(redactText(text, emptyVault())).toBe(sent);
  });

  it.each(['my account 31926819 was locked', 'ext. 1234 of the building', 'Order 555-0123 shipped', 'from 10 / 12 to 14 / 12'])(
    '%s stays',
    (text) => {
      expect(redactText(text, emptyVault())).toBe(text);
    },
  );
});
