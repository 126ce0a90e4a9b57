// Round red12: the misses and over-redactions of the red12 round (tests/fixtures/redaction/red-team/red12-*.jsonl)
// and the leftovers red11 named ("C/O MAREK NOWAK", "nine hundred four five six", a company's freephone).
// Each case is a shape, not the round's line: the words and numbers differ.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string, names: string[] = []) => findEntities(text, names).map((e) => `${e.type}:${e.value}`);

describe('phones broken across a line', () => {
  it.each([
    ['Best to reach me on +44 7911\n123 456 tonight.', 'PHONE:+44 7911\n123 456'],
    ['Bitte rufen Sie mich an: 0160\n987 65 43.', 'PHONE:0160\n987 65 43'],
    ['Appelez-moi au 07 11 22\n33 44 demain.', 'PHONE:07 11 22\n33 44'],
    ['Proszę dzwonić: 512 300\n411 po południu.', 'PHONE:512 300\n411'],
    ['Liguem-me para 913\n222 111.', 'PHONE:913\n222 111'],
    ['Numaram 0555 444\n33 22, akşam.', 'PHONE:0555 444\n33 22'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    // Two records on two lines are not one phone, whatever verb stands before.
    ['Call about order 4471\n2210 items were missing.'],
    ['Reach us at the depot: aisle 12\n400 boxes.'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a company's freephone", () => {
  it.each([
    ['> Acme Help | Freephone 0800 123 9876 | 8-8 daily'],
    ['-- \nBeispiel GmbH · Hotline 0800 111 2222 (kostenlos)'],
    ['Le service Acme (Numéro Vert 0 805 22 33 44) ne répond pas.'],
    ['> Atención al cliente · 900 300 400 (gratuito)'],
    ['> Infolinia 800 700 600 (bezpłatna)'],
    ['> Kundtjänst 020-55 66 77 (avgiftsfritt)'],
    ['> Müşteri Hizmetleri 0800 314 0 314 (ücretsiz)'],
    ['> الرقم المجاني 800 303 3030'],
    ['Jullie klantenservice (0800-0123, gratis) verwees me hierheen.'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    // The customer's own number is theirs whatever it costs to call; unsure (no free-call word), redact.
    ['My freephone line is 0800 123 9876, call me there.', 'PHONE:0800 123 9876'],
    ['Please call me on 0800 731 2290.', 'PHONE:0800 731 2290'],
    ['Meine kostenlose Nummer: 0800 111 2222', 'PHONE:0800 111 2222'],
    // A free-call word does not make any number a company's: a mobile stays a phone.
    ['Freephone? No, ring my mobile 07700 900 123.', 'PHONE:07700 900 123'],
  ])('redacts %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

describe('e-mails written out in more languages', () => {
  it.each([
    ['Mój e-mail: jan.kowalski(małpa)onet.pl', 'EMAIL:jan.kowalski(małpa)onet.pl'],
    ['Adres: jan.kowalski małpa onet kropka pl', 'EMAIL:jan.kowalski małpa onet kropka pl'],
    ['E-postam mehmet.kaya at hotmail nokta com.', 'EMAIL:mehmet.kaya at hotmail nokta com'],
    ['Écrivez à paul.martin(a)free.fr.', 'EMAIL:paul.martin(a)free.fr'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([['Choose option (a) or (b) below.'], ['See clause 4(a).2 of the terms.']])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('Polish and Turkish labels', () => {
  it.each([
    ['PESEL 02070803628, proszę nie udostępniać.', 'NATIONAL_ID:02070803628'],
    ['Numer dowodu osobistego: AYZ 123456', 'NATIONAL_ID:AYZ 123456'],
    ['TC Kimlik No 12345678950', 'NATIONAL_ID:12345678950'],
    ['Kimlik numaram: 12345678950', 'NATIONAL_ID:12345678950'],
    ['Pasaport numarası: U98765432', 'PASSPORT:U98765432'],
    ['Numer paszportu EA1234567.', 'PASSPORT:EA1234567'],
    ['Plakam 06 ANK 42, kapının önünde.', 'PLATE:06 ANK 42'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

describe('plates after a car word', () => {
  it.each([
    ['The van blocked my car, LB07 SEO, all morning.', 'PLATE:LB07 SEO'],
    ['Mein Auto (HH-XY 42) steht noch da.', 'PLATE:HH-XY 42'],
    ['Min bil XYZ 98A står kvar.', 'PLATE:XYZ 98A'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([['My car, a VW Golf 7, needs the part.'], ['The car ID4 2023 charger is broken.'], ['Mein Auto (Baujahr 2019) braucht das.']])(
    'keeps %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('names', () => {
  it.each([
    ['شكرا\n--\nسارة العتيبي', 'NAME:سارة العتيبي'],
    ['Deliver to: C/O JOANNA KOWALSKA, FLAT 2, 9 HIGH STREET, YORK YO1 7HH', 'NAME:JOANNA KOWALSKA'],
    ['Dün Ahmet Bey aradı, iade onaylandı.', 'NAME:Ahmet'],
    ['Zeynep Hanım ile görüştüm.', 'NAME:Zeynep'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([['--\nZespół Wsparcia Acme'], ['--\nBeta Müşteri Destek Ekibi'], ['> C/O ACCOUNTS PAYABLE, 9 HIGH STREET']])(
    'keeps %j as a name',
    (text) => {
      expect(found(text).filter((e) => e.startsWith('NAME:'))).toEqual([]);
    },
  );
});

describe('a phone number read with a hundred', () => {
  it.each([
    [
      'Mobile: oh seven seven, nine hundred four five six, one two three.',
      'PHONE:oh seven seven, nine hundred four five six, one two three',
    ],
    ['Ring oh one six one, four hundred two two, seven eight nine.', 'PHONE:oh one six one, four hundred two two, seven eight nine'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it('keeps an amount in words', () => {
    expect(found('It cost nine hundred four dollars and we paid five six times.')).toEqual([]);
  });
});

describe('a Polish address in one line', () => {
  it('finds the street with its flat, and the postcode with its town', () => {
    expect(found('Adres: ul. Krótka 7 m. 3, 31-042 Kraków')).toEqual(['ADDRESS:ul. Krótka 7 m. 3', 'ADDRESS:31-042 Kraków']);
  });
  it('keeps a date range and an invoice path', () => {
    expect(found('Okres 12-2024 do 03-2025, faktura FV/12-345 Acme.')).toEqual([]);
  });
});

describe('a German birth date in words', () => {
  it('finds "am zweiten Mai neunzehnhundertneunzig geboren"', () => {
    expect(found('Ich bin am zweiten Mai neunzehnhundertneunzig geboren.')).toContain('DOB:zweiten Mai neunzehnhundertneunzig');
  });
  it('finds the Dutch order too', () => {
    expect(found('Ik ben op twaalf juni negentienhonderdnegentig geboren.')).toContain('DOB:twaalf juni negentienhonderdnegentig');
  });
  it('keeps a date in words that is not the birth ("geboren" is the idea\'s)', () => {
    expect(found('Am dritten März neunzehnhundertachtzig wurde die Idee geboren.')).toEqual([]);
  });
  it('keeps a founding date', () => {
    expect(found('Die Firma gibt es seit dem zweiten Mai neunzehnhundertneunzig.')).toEqual([]);
  });
});

describe('linear on hostile input', () => {
  it.each([
    ['freephone words', '> Freephone 0800 1 '.repeat(6000)],
    ['car words', 'my car, AB12 '.repeat(8000)],
    ['wrapped calls', 'call 0771\n'.repeat(10000)],
    ['małpa', 'a małpa a kropka '.repeat(6000)],
    ['Bey', 'Ahmet Bey '.repeat(10000)],
    ['geboren', 'am dritten März neunzehn geboren '.repeat(3000)],
    ['hundreds', 'nine hundred four '.repeat(6000)],
  ])('%s: 100 KB in well under a second', (_, text) => {
    const started = performance.now();
    findEntities(text.slice(0, 100_000));
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
