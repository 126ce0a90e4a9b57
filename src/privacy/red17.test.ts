// Round red17: the misses and over-redactions of the red17 round (tests/fixtures/redaction/red-team/red17-*.jsonl).
// Each case is a shape, not the round's line: the words and numbers differ. Modelled cases: the plate shapes are
// the ones each country's registration rules give, not plates seen in real tickets.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string) => findEntities(text, []).map((e) => `${e.type}:${e.value}`);

describe('a plate without a label, in the shape only one country issues (modelled)', () => {
  it.each([
    ['KR 4471X czeka na odbiór.', 'PLATE:KR 4471X'], // pl: county letters and five characters
    ['GD 55312 stoi na parkingu.', 'PLATE:GD 55312'], // pl
    ['Odbierz PO 7KT31 jutro.', 'PLATE:PO 7KT31'], // pl: Poznań, letters among the digits
    ['2SC 8811 je připravené.', 'PLATE:2SC 8811'], // cs: region digit, letters, four digits
    ['Vi har CD 33 918 på pladsen.', 'PLATE:CD 33 918'], // da: two letters, 2 + 3 digits
    ['Vi henter BT 40512 i morgen.', 'PLATE:BT 40512'], // no: two letters, five digits
    ['Am lăsat BV 07 KLM la voi.', 'PLATE:BV 07 KLM'], // ro: county, two or three digits, three letters
    ['Saya titip L 7712 QZ kemarin.', 'PLATE:L 7712 QZ'], // id: region, up to four digits, up to three letters
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([
    ['Lot LO 3923 z Warszawy jest opóźniony.'], // pl flight number
    ['Let OK 0812 odlétá v 9.'], // cs flight
    ['Fly SK 1425 er forsinket.'], // da flight
    ['Fejlkode E 4021 vises på skærmen.'], // da error code
    ['Flyet DY 1302 landet sent.'], // no flight
    ['Eroare ERR 404 la plată.'], // ro error code
    ['Pesanan PO 12345 sudah dikirim.'], // id purchase order
    ['Please quote PO 55120 on the invoice.'], // en purchase order, no word the code list knows
    ['Zamówienie nr ZM 2024 nadal w drodze.'], // pl order, a year
    ['Penerbangan GA 404 ditunda.'], // id flight
    ['Ordre AB 12 345 er sendt.'], // da order number in a plate's shape, its word before
    ['Model RTX 4090 TI is in stock.'],
    ['Vi har 12 345 kr til gode.'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('PLATE'))).toEqual([]);
  });
});

describe('a US state and ZIP code stay an address, not a plate in the Polish or Norwegian shape (modelled)', () => {
  it.each([['Ship to Boise, ID 83702.'], ['Mail it to Austin, TX 78701 please.'], ['Office: Seattle, WA 98101']])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('PLATE'))).toEqual([]);
  });
});

describe('a street typed in lower case: a street word and a house number (modelled)', () => {
  it.each([
    ['meine adresse ist goethestrasse 14, bitte', 'ADDRESS:goethestrasse 14'], // de
    ['wir sind in der lindenstraße 3b umgezogen', 'ADDRESS:lindenstraße 3b'], // de
    ['liefern an schulgasse 9', 'ADDRESS:schulgasse 9'], // de / at
    ['mijn adres is molenstraat 41', 'ADDRESS:molenstraat 41'], // nl
    ['skicka till drottninggatan 22', 'ADDRESS:drottninggatan 22'], // sv
    ['envoyez à rue du commerce 8, merci', 'ADDRESS:rue du commerce 8'], // fr (be order)
    ['abito in via garibaldi 7', 'ADDRESS:via garibaldi 7'], // it
    ['spedite in piazza navona 2, grazie', 'ADDRESS:piazza navona 2'], // it
    ['send it to 14 elm street please', 'ADDRESS:14 elm street'], // en
    ['i moved to 7b station road', 'ADDRESS:7b station road'], // en
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([
    ['please bring 5 of them'], // "ring" inside a word
    ['sent via amazon 2 days ago'], // English "via" and a count
    ['shipped via dhl 3 times already'],
    ['the main street 2 event was cancelled'],
    ['we have 2 lane closures today'],
    ['der weg 5 mal hin und her'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('ADDRESS'))).toEqual([]);
  });
});

describe('a household named after Familie / Famiglia / Famille (modelled)', () => {
  it.each([
    ['Bitte an Familie Hohenberger liefern.', 'NAME:Hohenberger'],
    ['Paket für Familie Demir-Krause abgeben.', 'NAME:Demir-Krause'],
    ['Consegnare a Famiglia Russo, scala B.', 'NAME:Russo'],
    ['Livrer à la Famille Lefebvre.', 'NAME:Lefebvre'],
    ['c/o Familie Jankowski im Hinterhaus', 'NAME:Jankowski'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['Das Familie Abo kostet 9 Euro.'], ['Unsere Familie hat zwei Konten.']])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('NAME'))).toEqual([]);
  });
});
