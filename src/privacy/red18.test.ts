// Round red18: the leftovers of round 17 and the misses of round 18 (tests/fixtures/redaction/red-team/red18-*.jsonl).
// Each case is a shape, not the round's line: the words and numbers differ. Modelled cases.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string) => findEntities(text, []).map((e) => `${e.type}:${e.value}`);

describe('a Danish CPR or a Finnish henkilötunnus after its label, check digit or not (issued since 2007)', () => {
  it.each([
    ['Mit CPR-nr. er 220791-3317.', 'NATIONAL_ID:220791-3317'],
    ['CPR: 0101902211', 'NATIONAL_ID:0101902211'],
    ['Her er mit CPR nummer 311288-4402', 'NATIONAL_ID:311288-4402'],
    ['Henkilötunnus 131052-308A on väärin.', 'NATIONAL_ID:131052-308A'],
    ['hetu: 010594Y9022', 'NATIONAL_ID:010594Y9022'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['Jeg har koden 120389-1234 fra kampagnen.'], ['Ordre 220791-3317 er sendt.']])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a brand alone under a closing is the company signing; a person there is still a name', () => {
  it.each([
    ['Vriendelijke groeten,\nCoolblue'],
    ['Viele Grüße\nZalando'],
    ['Cheers,\nSpotify Premium'],
    ['Saludos,\nIberia Express'],
    ['This is Nintendo Switch Online, not Steam.'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('NAME'))).toEqual([]);
  });
  it.each([
    ['Vriendelijke groeten,\nSanne', 'NAME:Sanne'],
    ['Viele Grüße\nJonas Bosch', 'NAME:Jonas Bosch'],
    ['Un saludo,\nZara', 'NAME:Zara'], // a given name as well: unsure, redacted
    ['Best,\nMercedes Ortega', 'NAME:Mercedes Ortega'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

describe('a street quoted as a work or a product is its title; a street where one lives is an address', () => {
  it.each([
    ['Der Kunstdruck „Lindenallee 12“ kam mit Knick an.'],
    ['Das Puzzle „Kastanienweg 7“ ist unvollständig.'],
    ['The print "221 Baker Street" arrived torn.'],
    ["L'affiche « 12 rue de la Paix » est abîmée."],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('ADDRESS'))).toEqual([]);
  });
  it.each([
    ['Ich wohne in der Lindenallee 12, 10115 Berlin.', 'ADDRESS:Lindenallee 12'],
    ['Lieferadresse „Lindenallee 12“, bitte klingeln.', 'ADDRESS:Lindenallee 12'],
    ['Das Poster bitte an „Lindenallee 12“ 10115 Berlin schicken.', 'ADDRESS:Lindenallee 12'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

describe('a postcode and a town typed in lower case', () => {
  it.each([
    ['wohne jetzt in 80331 münchen, bitte ändern', 'ADDRESS:80331 münchen'],
    ['adresse: 69002 lyon', 'ADDRESS:69002 lyon'],
    ['dirección 46001 valencia', 'ADDRESS:46001 valencia'],
    ['postcode 3011 ab rotterdam', 'ADDRESS:3011 ab rotterdam'],
    ['bor i 411 05 göteborg nu', 'ADDRESS:411 05 göteborg'],
    ['send it to manchester m1 1ae', 'ADDRESS:manchester m1 1ae'],
    ['Zustellung CH-3011 bern', 'ADDRESS:CH-3011 bern'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['10115 items shipped'], ['2000 users in berlin'], ['Seit 2019 Berlin-Fan']])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('ADDRESS'))).toEqual([]);
  });
});

describe("the review's attack list of round 17", () => {
  it.each([
    ['Wallet CD 33 918 står på pladsen.', 'PLATE:CD 33 918'], // "let" inside a word is no Czech flight's word
    ['Casino BT 40512 henter i morgen.', 'PLATE:BT 40512'], // "no" inside a word is no number's word
    ['I live at 2 side road, ring twice', 'ADDRESS:2 side road'],
    ['bitte bei familie Jansen abgeben', 'NAME:Jansen'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['Ticket AB 12345 is still open.'], ['Fehlercode E 4021 erscheint.'], ['Let OK 0812 odlétá v 9.'], ['there are 2 side roads']])(
    'keeps %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('round 18: ids, passports and dates of birth after labels in more languages, RTL signatures', () => {
  it.each([
    ['PAN: AAACB1234K please update', 'NATIONAL_ID:AAACB1234K'], // India
    ['Aadhaar number 2345 6789 0124 attached', 'NATIONAL_ID:2345 6789 0124'],
    ['CURP HEGG560427MVZRRL05 del titular', 'NATIONAL_ID:HEGG560427MVZRRL05'], // Mexico
    ['RFC: HEGG560427AB1', 'NATIONAL_ID:HEGG560427AB1'],
    ['דרכון 20987654 בתוקף', 'PASSPORT:20987654'],
    ['पासपोर्ट संख्या Z1234567', 'PASSPORT:Z1234567'],
    ['パスポート番号：TR7654321', 'PASSPORT:TR7654321'],
    ['여권 번호 S87654321', 'PASSPORT:S87654321'],
    ['护照号 G87654321', 'PASSPORT:G87654321'],
    ['תאריך לידה 02/11/1979', 'DOB:02/11/1979'],
    ['जन्मतिथि 01-01-1985', 'DOB:01-01-1985'],
    ['生年月日 1979年11月2日', 'DOB:1979年11月2日'],
    ['생년월일 1979년11월2일', 'DOB:1979년11월2일'],
    ['出生日期 1990年12月30日', 'DOB:1990年12月30日'],
    ['با سپاس،\nنگار رضایی', 'NAME:نگار رضایی'], // Persian: its own letters (ی, گ)
    ['والسلام\nفرحان چوہدری', 'NAME:فرحان چوہدری'], // Urdu
    ['Jestem pod 12 345 67 89 po 16.', 'PHONE:12 345 67 89'], // a Polish landline, 2-3-2-2
    ['Mój 512-345-678 jest aktywny.', 'PHONE:512-345-678'], // a Polish mobile with dashes
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([
    ['The PAN field was empty in 2 of 5 orders.'],
    ['Pan 28 cm, order 44718.'],
    ['Zamówienie 512-345-678 wysłane.'],
    ['A nota fiscal 001.234.567 veio errada.'], // a Brazilian invoice's number
    ['注文日 2024年3月1日 に発送'], // an order's date, no label of birth
    ['배송일 2024년 3월 1일'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
