import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { detectLanguage } from './detect';
import { normalizeArabic } from './normalize';
import { tokenize } from './tokenize';

describe('detectLanguage', () => {
  const samples: [string, string][] = [
    ['en', 'I have not received my refund and I would like to know when it will arrive.'],
    ['de', 'Ich habe meine Rückerstattung noch nicht erhalten und möchte wissen, wann sie kommt.'],
    ['nl', 'Ik heb mijn terugbetaling nog niet ontvangen en wil weten wanneer die komt.'],
    ['sv', 'Jag har inte fått min återbetalning och vill veta när den kommer.'],
    ['ar', 'لم أستلم المبلغ المسترد حتى الآن وأريد أن أعرف متى سيصل.'],
    ['fr', "Je n'ai pas encore reçu mon remboursement et je voudrais savoir quand il arrivera."],
    ['es', 'No he recibido mi reembolso y me gustaría saber cuándo llegará.'],
    ['it', 'Non ho ancora ricevuto il mio rimborso e vorrei sapere quando arriverà.'],
    ['pt', 'Ainda não recebi o meu reembolso e gostaria de saber quando vai chegar.'],
  ];
  it.each(samples)('recognizes %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it('returns null without evidence', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12345 XYZ-99')).toBeNull();
  });
  // Review of chk18: names written with letters none of the nine use (Polish, Turkish, Czech) leave the ticket's
  // language as it is; a text in such a language is still in none (round 15).
  it.each<[string, string]>([
    ['en', 'Hi, my order never arrived. Łukasz Wąsowski'],
    ['en', 'Where is my parcel? Regards, Şule Yılmaz'],
    [
      'en',
      'Hello, I ordered a jacket for my colleague Łukasz Wąsowski in Kraków, and the parcel went to Grzegorz Brzęczyszczykiewicz at ul. Świętokrzyska 12, Łódź instead. Can you fix it? Thanks, Małgorzata Wiśniewska',
    ],
    ['de', 'Hallo, die Bestellung für Şule Yılmaz aus İstanbul ist nicht angekommen. Grüße, Ayşe Gündoğdu'],
    ['en', 'Hi team, please update the delivery address to Jiří Dvořák, Přemyslovců 8, Plzeň. Thanks, Jiří'],
  ])('keeps %s with foreign names in it', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it.each([
    'Siparişim hakkında bir sorum var.',
    'Lütfen kimlik kartınızın fotoğrafını e-posta ile göndermeyin; iade için buna ihtiyacımız yok.',
    'Dzień dobry, moja paczka nie dotarła. Proszę o pomoc.',
  ])('reads %s as no supported language', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('tokenize and analyze', () => {
  it('keeps surface forms and splits on punctuation', () => {
    expect(tokenize("L'article, e-mail: Größe!").map((t) => t.surface)).toEqual(['L', 'article', 'e', 'mail', 'Größe']);
  });
  it('normalizes Arabic diacritics, tatweel, alef, ya and ta marbuta', () => {
    expect(normalizeArabic('إِسْتِرْدَاد')).toBe('استرداد');
    expect(normalizeArabic('مـــرحبا')).toBe('مرحبا');
    expect(normalizeArabic('مدرسة على')).toBe('مدرسه علي');
  });
  it('stems inflections to the same term', () => {
    expect(analyze('refunds', 'en')).toEqual(analyze('refund', 'en'));
    expect(analyze('Rückerstattungen', 'de')).toEqual(analyze('Rückerstattung', 'de'));
    expect(analyze('återbetalningar', 'sv')).toEqual(analyze('återbetalning', 'sv'));
    expect(analyze('الْاسْتِرْدَادُ', 'ar')).toEqual(analyze('الاسترداد', 'ar'));
  });
  it('drops stop words and folds accents', () => {
    expect(analyze('the order and the invoice', 'en')).toEqual(analyze('order invoice', 'en'));
    expect(analyze('café', 'fr')).toEqual(analyze('cafe', 'fr'));
  });
});
