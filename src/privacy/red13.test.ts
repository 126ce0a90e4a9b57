// Round red13: the misses and over-redactions of the red13 round (tests/fixtures/redaction/red-team/red13-*.jsonl).
// Each case is a shape, not the round's line: the words and numbers differ.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string, names: string[] = []) => findEntities(text, names).map((e) => `${e.type}:${e.value}`);

describe('national ids without a label, by their checksum', () => {
  it.each([
    ['Wysyłam 75032211113 jak prosiliście.', 'NATIONAL_ID:75032211113'],
    ['Dane do zwrotu: 68112902229.', 'NATIONAL_ID:68112902229'],
    ['Kontrol için 34567891238 yazıyorum.', 'NATIONAL_ID:34567891238'],
    ['Bilgim 69821345042, teşekkürler.', 'NATIONAL_ID:69821345042'],
    ['Ecco MRTMTT91D08F205J per il controllo.', 'NATIONAL_ID:MRTMTT91D08F205J'],
    ['i miei dati: frrlne80e45l219a', 'NATIONAL_ID:frrlne80e45l219a'],
    ['Voilà 176029912345612 pour la caisse.', 'NATIONAL_ID:176029912345612'],
    ['Pour la CPAM : 2 88 10 13 055 321 22', 'NATIONAL_ID:2 88 10 13 055 321 22'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    // The same lengths and shapes with a check that fails: a receipt's, a box's, a voucher's number.
    ['Kod 75032211114 z paragonu nie działa.'],
    ['Fiş kodu 34567891239 geçersiz.'],
    ['Il codice MRTMTT91D08F205K sulla scatola non va.'],
    ['Le bon 176029912345613 est illisible.'],
    // A month no one is born in (PESEL's 2100s) or a key no NIR has.
    ['Numer partii 75452211117 na etykiecie.'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('NATIONAL_ID'))).toEqual([]);
  });
});

describe("a customer's account name after 'user:'", () => {
  it.each([
    ['user: marta.k91 ne peut pas se connecter', 'USERNAME:marta.k91'],
    ['Konto gesperrt (User: tim_b)', 'USERNAME:tim_b'],
    ['kullanıcı: selin.ak hesabı kilitli', 'USERNAME:selin.ak'],
    ['użytkownik: ola_k2 nie może się zalogować', 'USERNAME:ola_k2'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    // A chat transcript's speaker, and a plain word after the label.
    ['User: Hello, my parcel is late.\nAgent: Sorry to hear that.'],
    ['user: unknown'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('USERNAME'))).toEqual([]);
  });
});

describe('Polish titles and closings; Polish and Turkish sign-offs', () => {
  it.each([
    ['Wczoraj dzwoniła Pani Ewa Lis w sprawie paczki.', 'NAME:Ewa Lis'],
    ['Pan Jan Kowalczyk czeka na zwrot.', 'NAME:Jan Kowalczyk'],
    ['Rozmawiałam z panią Kowalczyk o fakturze.', 'NAME:Kowalczyk'],
    ['Proszę o kontakt.\nZ poważaniem,\nOla Wrona', 'NAME:Ola Wrona'],
    ['Dziękuję.\nPozdrawiam, Bartek', 'NAME:Bartek'],
    ['Teşekkürler.\nSaygılarımla, Can Aydın', 'NAME:Can Aydın'],
    ['Bekliyorum.\nİyi çalışmalar,\nDeniz Kaya', 'NAME:Deniz Kaya'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    // A closing under a closing is no surname ("Hälsningar, Sofia": Sofia signs), a pan is a pan.
    ['Tack!\nHälsningar, Sofia', 'NAME:Sofia'],
    ['The Pan Pro 28 arrived scratched.'],
    ['Pozdrawiam,\nZespół Acme'],
  ])('keeps %j', (text, only?: string) => {
    expect(found(text).filter((e) => e.startsWith('NAME'))).toEqual(only ? [only] : []);
  });
});

describe('a date of birth with its day', () => {
  it.each([
    ['Ich bin am 14. Juni 1992 geboren, bitte ändern.', 'DOB:14. Juni 1992'],
    ['Ik ben op 2 mei 1980 geboren.', 'DOB:2 mei 1980'],
    ['Urodziłam się 12 marca 1991 w Gdańsku.', 'DOB:12 marca 1991'],
    ['Urodziłem się 1 lutego 1979 r.', 'DOB:1 lutego 1979'],
    ['22 Ekim 1986 doğumluyum, hesabım kilitli.', 'DOB:22 Ekim 1986'],
    ['1 Ocak 1970 tarihinde doğdum.', 'DOB:1 Ocak 1970'],
    ['ولدت في 9 يونيو 1993 في جدة.', 'DOB:9 يونيو 1993'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    // A founding, a delivery: no one's birth.
    ['Unsere Firma wurde am 14. Juni 1992 geboren.'],
    ['Bestellung 12. Mai 2024 geliefert, Rechnung folgt.'],
    ['22 Ekim 2025 tarihinde teslim edildi.'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('DOB'))).toEqual([]);
  });
});

describe("the team's company address in a quoted signature", () => {
  it.each([
    ['> Beispiel AG · Marktplatz 3 · 80331 München'],
    ['> Acme Benelux B.V. | Kerkstraat 12 | 1017 GC Amsterdam'],
    ['> Acme Support · 500 Howard Street, San Francisco, CA 94105'],
    ['> Servizio clienti Acme S.r.l., Via Torino 8, 10121 Torino'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('ADDRESS'))).toEqual([]);
  });

  it.each([
    // Unquoted, or the customer's own line under a quote, or after a colon that asks for a delivery.
    ['Bitte an Lindenweg 4, 50674 Köln liefern.', 'ADDRESS:Lindenweg 4'],
    ['> Acme GmbH\nMeine Adresse: Lindenweg 4, 50674 Köln', 'ADDRESS:Lindenweg 4'],
    ['> Acme Support: please confirm delivery to 12 Elm Road, Leeds LS1 4AB', 'ADDRESS:12 Elm Road'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

it('reads a quoted greeting to the team as no signature', () => {
  expect(found('> Hi Support Team, I live at Lindenweg 4, 50674 Köln')).toContain('ADDRESS:Lindenweg 4');
});

describe('a flat, floor or staircase after the street', () => {
  it.each([
    ['Recapito: Via Manzoni 7, int. 12, 20121 Milano', 'ADDRESS:Via Manzoni 7, int. 12'],
    ['Spedire a Via Verdi 3 scala C, grazie.', 'ADDRESS:Via Verdi 3 scala C'],
    ['Dirección: C/ Luna, 8, 2º dcha., 28004 Madrid', 'ADDRESS:C/ Luna, 8, 2º dcha.'],
    ['Calle Toledo nº 9, piso 2, puerta A, Madrid', 'ADDRESS:Calle Toledo nº 9, piso 2, puerta A'],
    ['Livrer au 4 rue Victor Hugo, bât. B, 2e étage, Lyon', 'ADDRESS:4 rue Victor Hugo, bât. B, 2e étage'],
    ['Bitte an Gartenstraße 9, 3. OG rechts, 10115 Berlin', 'ADDRESS:Gartenstraße 9, 3. OG rechts'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it('keeps what follows that is no part of the address', () => {
    expect(found('Via Roma 1, interno del negozio chiuso.')).toContain('ADDRESS:Via Roma 1');
  });
});

it('reads 64 KB of flats and floors after streets in linear time', () => {
  for (const unit of ['Via Roma 1, int. 2, scala B ', 'C/ Luna, 8, 2º dcha. ', 'Gartenstraße 9, 3. OG rechts ', ', int. 1']) {
    const start = performance.now();
    findEntities(unit.repeat(Math.ceil(64000 / unit.length)));
    expect(performance.now() - start).toBeLessThan(2000);
  }
});
