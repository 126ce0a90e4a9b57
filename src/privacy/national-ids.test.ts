// National identifiers written without a label: taken only when their checksum holds, in the shape the
// country writes them, and never where an order or phone word says what the number is.
import { describe, expect, it } from 'vitest';
import { findNationalIds } from './national-ids';
import { findEntities } from './redact';

const ids = (text: string) => findEntities(text).map((e) => `${e.type}:${e.value}`);

describe('unlabelled national identifiers', () => {
  it.each([
    ['Gegevens: 234567892, graag snel.', '234567892'], // BSN, 11-proof
    ['Gegevens: 1234.56.782, graag snel.', '1234.56.782'], // BSN as printed
    ['Mina uppgifter: 811218-9876.', '811218-9876'], // personnummer, Luhn and a date
    ['Mina uppgifter: 19811218-9876.', '19811218-9876'],
    ['Mina uppgifter: 640823+3234.', '640823+3234'], // "+" after a hundredth birthday
    ['Mina uppgifter: 811278-9873.', '811278-9873'], // samordningsnummer: day + 60
    ['بياناتي 1012345672 شكرا', '1012345672'], // Saudi national id (1…)
    ['بياناتي 2012345670 شكرا', '2012345670'], // Saudi iqama (2…)
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([`NATIONAL_ID:${id}`]);
  });

  it.each([
    'Nummer 123456789 klopt niet', // no 11-proof
    'Bestelling 234567892 is onderweg', // an order, whatever its checksum
    'Order 811218-9876 shipped', // date-shaped order number
    'Ärende 640823-3234',
    'ordernummer 1012345672',
    'Referenz 2012345670',
    'date 811318-9875 is no date', // Luhn holds, month 13 does not
    'Vorgang 20991231-0043', // Luhn holds, but no one is born in the future
    'Artikel 8100351231', // no separator: could be anything
    'value 3012345678 units', // Luhn holds, but a Saudi id starts with 1 or 2
    'value 1012345678 units', // starts with 1, no Luhn
    'serial 10123456723 and 0234567892', // longer runs, or a leading zero on ten digits
    'Error at ts=1712345675 in module', // the value of a key=value pair
    'Request failed: user_id=42 ts = 1712345675 retry=1012345672',
    'Your payment of 1000000008 IDR failed', // an amount, next to a currency code or sign
    'Charged SAR 1012345672 twice',
    'A transfer of €234567892 was refused',
    'Ik heb 234567892 euro overgemaakt', // a currency's name after it
    'Betalning 811218-9876 kr', // "kr" after a personnummer-shaped number
    'The parcel 123456782 never arrived', // a parcel number, like an order number
    'Mein Paket 234567892 ist nicht angekommen',
    'Het pakket 1234.56.782 en de zending 234567892',
    'Paketet 811218-9876 har inte kommit, försändelse 640823-3234',
    'Package number 1012345672, shipment 2012345670',
    'الطرد 1012345672 لم يصل',
  ])('leaves "%s" alone', (text) => {
    expect(ids(text).filter((t) => t.startsWith('NATIONAL_ID'))).toEqual([]);
  });

  it('still takes an id standing alone in a sentence about identity', () => {
    expect(ids('I verified my identity with 123456782 yesterday')).toEqual(['NATIONAL_ID:123456782']);
    expect(ids('Here is my number for the check: 1012345672.')).toEqual(['NATIONAL_ID:1012345672']);
    expect(ids('Mitt nummer för identifiering är 811218-9876, tack')).toEqual(['NATIONAL_ID:811218-9876']);
  });

  it('leaves a phone number to the phone detector', () => {
    expect(ids('phone 2012345670, tel. 1012345672')).toEqual(['PHONE:2012345670', 'PHONE:1012345672']);
    expect(ids('Bel +31 234567892 of 0031 234567892').filter((t) => t.startsWith('NATIONAL_ID'))).toEqual([]);
  });
});

describe('a US social security number without a label', () => {
  it.each([
    ['it is 123-45-6789 on the form', ['123-45-6789']],
    ['Model 412-88-1234 is broken', []], // a product's number
    ['Order 123-45-6789 arrived', []],
    ['Area 666 or 9xx is never issued: 666-12-3456, 912-34-5678', []],
  ])('is found with the other national ids: %s', (text, found) => {
    expect(findNationalIds(text).map((s) => text.slice(s.start, s.end))).toEqual(found);
  });
});
