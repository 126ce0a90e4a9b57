// Numbers a label or a word before them says are not the customer's identity or bank account, and where a
// labelled value ends.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const types = (text: string, type: string) => findEntities(text).filter((e) => e.type === type);

describe('an unlabelled 3-2-4 number after a product or other number word', () => {
  it.each([
    'The part 123-45-6789',
    'Model 412-88-1234 does not fit',
    'Version 123-45-6789',
    'Serial 123-45-6789',
    'Firmware 123-45-6789',
    'The parcel 123-45-6789',
    'My contract 123-45-6789',
  ])('is no national id in "%s"', (text) => {
    expect(types(text, 'NATIONAL_ID')).toEqual([]);
  });

  it('is still one without such a word', () => {
    expect(types('My number is 123-45-6789', 'NATIONAL_ID').map((e) => e.value)).toEqual(['123-45-6789']);
  });
});

describe('a bank account or licence word before a date, an amount or a customer account', () => {
  it.each([
    'I paid from my bank account on 12.03.2025',
    'My bank account was debited on 2025-03-12',
    'The bank account was charged 1 299.00 twice',
    'My driving licence expired on 12/03/2024',
    'Mi número de cuenta de cliente es 12345678',
    'Customer account number 12345678, please refund to my bank card',
  ])('redacts nothing as an id or account in "%s"', (text) => {
    expect(findEntities(text).filter((e) => e.type === 'IBAN' || e.type === 'NATIONAL_ID')).toEqual([]);
  });

  it('still finds a bank account number', () => {
    expect(types('My bank account number is 12345678', 'IBAN').map((e) => e.value)).toEqual(['12345678']);
  });
});

describe('a National Insurance number keeps its final letter', () => {
  it.each(['NI number QQ 12 34 56 C', 'NI number qq 12 34 56 c', 'national insurance: QQ123456C'])('%s', (text) => {
    const value = text.replace(/^[^:]*?(?:: |number )/, '');
    expect(types(text, 'NATIONAL_ID').map((e) => e.value)).toEqual([value]);
  });
});
