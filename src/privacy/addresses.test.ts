// German, Swiss and Austrian address shapes: hyphenated street names, "str"/"Str." written short, and a
// postcode with its town when it follows a street (a four-digit postcode alone is just a number).
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const addresses = (text: string) => findEntities(text).map((e) => `${e.type}:${e.value}`);

describe('German street shapes', () => {
  it.each([
    'Karl-Marx-Allee 12',
    'Konrad-Adenauer-Straße 5',
    'Konrad-Adenauer-Str. 5',
    'Goethestr 7',
    'Goethestr. 7',
    'Hauptstr.12',
    'Berliner Str 12',
  ])('%s', (street) => {
    expect(addresses(`Bitte an ${street} schicken.`)).toEqual([`ADDRESS:${street}`]);
  });
});

describe('a postcode and town that follow a street', () => {
  it.each([
    ['Bahnhofstrasse 1\n8001 Zürich', ['Bahnhofstrasse 1', '8001 Zürich']],
    ['Ringstraße 3, 1010 Wien', ['Ringstraße 3', '1010 Wien']],
    ['Karl-Marx-Allee 12, 10115 Berlin', ['Karl-Marx-Allee 12', '10115 Berlin']],
    ['Goethestr. 7,10115 Berlin', ['Goethestr. 7', '10115 Berlin']],
    ['Hauptstraße 5\nCH-8001 Zürich', ['Hauptstraße 5', 'CH-8001 Zürich']],
  ])('%s', (text, parts) => {
    expect(addresses(text)).toEqual(parts.map((p) => `ADDRESS:${p}`));
  });

  it('leaves four-digit numbers before a capitalised word alone when no street comes first', () => {
    expect(addresses('Seit 2019 Kunden, Version 2 Beta, um 1010 Wien anrufen')).toEqual([]);
  });
});

describe('numbers in ordinary German', () => {
  it.each([
    'Im Schnitt 3 Tage',
    'Im Durchschnitt 5 Werktage',
    'Version 2',
    'Schritt 3',
    'seit 2019',
    'um 10 Uhr',
    'Am Ende 2 Stück',
    'Im Abo 30 CHF',
    'Am Tresen 12 Dollars',
    '10115 Euro Rabatt',
    '12345 USD bezahlt',
  ])('%s', (text) => {
    expect(addresses(`Das dauert: ${text}.`)).toEqual([]);
  });
});

describe('ordinal streets', () => {
  it.each([
    ['Send it to 12 West 3rd Street please', 'ADDRESS:12 West 3rd Street'],
    ['We are at 5 3rd Avenue now', 'ADDRESS:5 3rd Avenue'],
    ['Deliver to 221 East 42nd St. tomorrow', 'ADDRESS:221 East 42nd St.'],
  ])('with a house number and the street word right after the ordinal: %s', (text, found) => {
    expect(addresses(text)).toEqual([found]);
  });
  it.each([
    'I live on the 2nd floor',
    'This is my 5th order this year',
    'This is the 1st Avenue of complaints I have tried',
    'I ordered 2 1st Class Green tickets',
    'Order 3 2nd Floor Walk',
    'Since 2019 3rd Party Court fees apply',
    'We got 4 3rd Gen Drive units',
  ])('an ordinal without a street word right after it is no street: %s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});

// Saudi addresses: the house number before the street, the town and its five-digit postcode after a comma,
// and the post-office box "ص.ب.".
describe('Arabic addresses', () => {
  it.each([
    ['عنواني: ١٢ شارع الملك فهد، جدة ٢١٤٤١', ['ADDRESS:١٢ شارع الملك فهد، جدة ٢١٤٤١']],
    ['ص.ب. ١٢٣٤ الرياض ١١٤٩٢', ['ADDRESS:ص.ب. ١٢٣٤ الرياض ١١٤٩٢']],
    ['شارع التحلية 18، جدة 23434', ['ADDRESS:شارع التحلية 18، جدة 23434']],
  ])('%s', (text, found) => {
    expect(addresses(text)).toEqual(found);
  });

  it('keeps a count of days before a word', () => {
    expect(addresses('انتظرت ١٢ يوما في جدة')).toEqual([]);
  });
});
