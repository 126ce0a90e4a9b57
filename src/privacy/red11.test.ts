// Round red11: the leftovers red10 named (a phone half in words, "oh seven seven double oh, 900 456"; an SSN
// named a sentence before its number) and the misses and over-redactions of the red11 round
// (tests/fixtures/redaction/red-team/red11-*.jsonl).
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string, names: string[] = []) => findEntities(text, names).map((e) => `${e.type}:${e.value}`);

describe('leftovers of red10', () => {
  it.each([
    ['Reach me on oh seven seven double oh, 900 456 after five.', 'PHONE:oh seven seven double oh, 900 456'],
    ['Ring zero two zero, triple seven, 0 1 2 3 tonight.', 'PHONE:zero two zero, triple seven, 0 1 2 3'],
    ['Bel nul zes dubbel twee, 34 56 78.', 'PHONE:nul zes dubbel twee, 34 56 78'],
    ['The bank wanted my SSN for the refund form. I typed 078 05 1120 into it.', 'NATIONAL_ID:078 05 1120'],
    ['SSN below.\n078 05 1120', 'NATIONAL_ID:078 05 1120'],
    // An example is redacted as what it shows (fail-safe: a real number written "as an example" looks the same).
    ['The form shows an SSN. 123 45 6789 is an example, not mine.', 'NATIONAL_ID:123 45 6789'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    // "double" between two numbers is a word, not a digit doubled: no phone spelled out.
    ['I was charged double, twenty dollars for one plan.'],
    ['Twelve of the 40 cups arrived double wrapped, one two three boxes broken.'],
    // A phone two sentences after "SSN" is a phone: the id's label reaches one sentence back only.
    ['I will not give you my SSN, not today and not ever. I hope you understand that. Call me on 415 55 0132 instead.'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e !== 'PHONE:415 55 0132')).toEqual([]);
  });
});

describe('misses of the red11 round', () => {
  it.each([
    ['رقمي صفر خمسة خمسة، ١٢٣ ٤٥٦٧ بعد المغرب.', 'PHONE:صفر خمسة خمسة، ١٢٣ ٤٥٦٧'],
    ['My mobile is &#48;7700 900 461, text first.', 'PHONE:&#48;7700 900 461'],
    ['Mail me at dana&#64;whitfield.example please.', 'EMAIL:dana&#64;whitfield.example'],
    ['Call &#x30;7700 900 461.', 'PHONE:&#x30;7700 900 461'],
    ['Reply to "dana whitfield"@example.org please.', 'EMAIL:"dana whitfield"@example.org'],
    ['ما زلت أنتظر.\n\nفي الإثنين ٣ مارس ٢٠٢٥، كتبت ليلى حداد <laila@example.com>:\n> أين الطلب؟', 'NAME:ليلى حداد'],
    ['رقم رخصة القيادة ١٢٣٤٥٦٧٨٩٠ من فضلكم احذفوه.', 'NATIONAL_ID:١٢٣٤٥٦٧٨٩٠'],
    ['Please send it c/o Marek Nowak, Unit 4, 12 Mill Lane, Bristol BS1 6QT.', 'NAME:Marek Nowak'],
    ['Bezorgen bij: t.a.v. fam. Bakker, Postbus 2040, 3500 GA Utrecht', 'NAME:Bakker'],
    ['Skicka till: c/o Nyström, Box 512, 101 30 Stockholm', 'NAME:Nyström'],
    ['Lieferung z. Hd. Jonas Weber, Hauptstraße 5, 10115 Berlin', 'NAME:Jonas Weber'],
    ['Cordialement,\nJ.-P. Moreau', 'NAME:J.-P. Moreau'],
    ['Un saludo,\nM.ª José', 'NAME:M.ª José'],
    ["The car's VIN is 1HGCM82633A004352, the recall letter went to the old owner.", 'PLATE:1HGCM82633A004352'],
    ['Die Fahrgestellnummer lautet WVWZZZ1JZXW000001, das Auto steht beim Händler.', 'PLATE:WVWZZZ1JZXW000001'],
    ['Número de bastidor: VF1RFB00X56789012', 'PLATE:VF1RFB00X56789012'],
    ['El formato del DNI es 8 cifras y una letra, p. ej. 12345678Z; no envíen el suyo.', 'NATIONAL_ID:12345678Z'],
    // A customer number names one person at the shop across all their tickets: redacted (fail-safe), restored locally.
    ['Customer number CU-0048812, still no refund for order 55120.', 'USERNAME:CU-0048812'],
    ['Kundennummer 4471123 – ich warte seit drei Wochen.', 'USERNAME:4471123'],
    ['Mijn klantnummer is 11223344.', 'USERNAME:11223344'],
    ['N° client : 88 4471 23, merci.', 'USERNAME:88 4471 23'],
    ['رقم العميل: 558812', 'USERNAME:558812'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    // An order number after "رقم" is the order's, not a phone.
    ['شكرا لفريق نون، وصل الطلب رقم 2025-77120 بسلام.'],
    ['Bestelnummer 2025-448812 is verzonden met PostNL, fijne dag!'],
    // Seventeen characters without the VIN's check digit and no label: a product or tracking code.
    ['Ref ABCDEFGH123456789 on the box.'],
    ['The SKU WVWZZZ1JZXW00000 is out.'],
    // A DNI's shape whose letter does not check, and an order number: kept.
    ['Pedido 12345678A enviado.'],
    ['Order 55120 for customer service, ticket 4471.'],
    ["The shop's customer service number is in the footer."],
    ['Wir sind ein Kunde seit 2019, Bestellung 4471123.'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('linear on hostile input', () => {
  it.each([
    ['double', 'double '.repeat(15000)],
    ['double oh', 'oh double oh, '.repeat(8000)],
    ['Arabic comma digits', 'صفر، '.repeat(20000)],
    ['entities', '&#48;&#'.repeat(15000)],
    ['quotes before @', '"a"@"'.repeat(20000)],
    ['quoted local part', `"${'a '.repeat(40)}`.repeat(1200)],
    ['c/o', 'c/o A '.repeat(16000)],
    ['VIN-like', 'VIN 1HGCM8263'.repeat(8000)],
    ['DNI-like', '12345678Z'.repeat(11000)],
    ['customer number', 'Kundennummer '.repeat(8000)],
    ['SSN sentences', 'SSN. 078 05 '.repeat(8000)],
  ])('%s: 100 KB in well under a second', (_, text) => {
    const started = performance.now();
    findEntities(text.slice(0, 100_000));
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
