// Personal data written in forms the plain detectors miss: Arabic ids and districts without the usual
// label, zero-padded IPs, spaced-out e-mails and domains, invisible characters inside a value, other
// scripts' digits. Each was found by an adversarial tester.
import { describe, expect, it } from 'vitest';
import { findEntities, redactText } from './redact';
import { emptyVault } from './vault';

const found = (text: string) => findEntities(text).map((e) => `${e.type}:${e.value}`);

describe('Arabic ids and districts', () => {
  it.each([
    ['هويتي الوطنية 1234567890', 'NATIONAL_ID:1234567890'],
    ['رقم هويتي 1234567890', 'NATIONAL_ID:1234567890'],
    ['رقم إقامتي 2345678901', 'NATIONAL_ID:2345678901'],
    ['رقم الإقامة 2345678901', 'NATIONAL_ID:2345678901'],
    ['أسكن في حي النخيل، شارع الأمير سلطان', 'ADDRESS:حي النخيل، شارع الأمير سلطان'],
    ['العنوان: حي الملقا', 'ADDRESS:حي الملقا'],
  ])('%s', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    'مرحبا، أريد إرجاع الطلب رقم 12345',
    'هويتي مهمة بالنسبة لي',
    'الحي جميل',
    'هل هو حي أم لا؟',
    'حي الله من جانا، عندي مشكلة في الطلب',
  ])('keeps %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('IP addresses in odd forms', () => {
  it.each([
    ['from 010.001.002.003 today', 'IP:010.001.002.003'],
    ['ip 192.168.001.010', 'IP:192.168.001.010'],
    ['ipv6 2001:db8::1', 'IP:2001:db8::1'],
    ['server ::1 answered', 'IP:::1'],
  ])('%s', (text, entity) => {
    expect(found(text)).toEqual([entity]);
  });

  it.each([
    'version 2.10.003',
    'we have 1.000.000.000 users',
    'meeting at 10:30:00',
    'release 1.2.3-beta',
    'firmware 3.00.01.02',
    'build 2.01.00.15',
  ])('keeps %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('spaced-out e-mails and domains', () => {
  it.each([
    ['write to d a n a @ e x a m p l e . c o m please', 'EMAIL:d a n a @ e x a m p l e . c o m'],
    ['my site is dana-whitfield . com', 'EMAIL:dana-whitfield . com'],
    ['dana [at] example [dot] com', 'EMAIL:dana [at] example [dot] com'],
  ])('%s', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    'at the end of the day',
    'a b c d e',
    'I paid 3 . 50 for it',
    'I ordered a laptop . My order number is 12345',
    'I tried that . It did not work',
    'Hallo . De bestelling is niet gekomen',
  ])('keeps %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('invisible characters and other scripts inside a value', () => {
  it.each([
    ['mail dana\u200b@example.com', 'mail ⟦EMAIL_1⟧'],
    ['card 4539\u200b1488\u200b0343\u200b6467', 'card ⟦CARD_1⟧'],
    ['call 07700\u200d900123', 'call ⟦PHONE_1⟧'],
    ['IBAN DE89\u00ad3704\u00ad0044\u00ad0532\u00ad0130\u00ad00', 'IBAN ⟦IBAN_1⟧'],
    ['call ０７７００ ９００１２３', 'call ⟦PHONE_1⟧'],
    ['IBAN SA03 ٨٠٠٠ ٠٠٠٠ ٦٠٨٠ ١٠١٦ ٧٥١٩', 'IBAN ⟦IBAN_1⟧'],
    // An invisible character that only joins a label to its value: read as a blank it keeps the value's
    // own start (all three were redacted before invisible characters were dropped).
    ['Mobile\u200b+44 7700 900123', 'Mobile\u200b⟦PHONE_1⟧'],
    ['Tel\u200b0612345678', 'Tel\u200b⟦PHONE_1⟧'],
    ['IBAN\u200bDE89370400440532013000', 'IBAN\u200b⟦IBAN_1⟧'],
    // Direction marks and invisible operators take no space either.
    ['mail dana\u200e@example.com', 'mail ⟦EMAIL_1⟧'],
    ['mail dana\u2063@example.com', 'mail ⟦EMAIL_1⟧'],
    ['call 07700\u202a900123\u202c', 'call ⟦PHONE_1⟧\u202c'],
    ['card 4539\u20661488\u20690343\u180e6467', 'card ⟦CARD_1⟧'],
  ])('%j', (text, sent) => {
    expect(redactText(text, emptyVault())).toBe(sent);
  });
});

describe('other blanks, dashes and full-width forms inside a value', () => {
  it.each([
    ['call 07700\u00a0900\u00a0123', 'call ⟦PHONE_1⟧'],
    ['appelez le 06\u202f12\u202f34\u202f56\u202f78', 'appelez le ⟦PHONE_1⟧'],
    ['call +44\u20097700 900123', 'call ⟦PHONE_1⟧'],
    ['call 0612–345–678', 'call ⟦PHONE_1⟧'],
    ['card 4539\u00a01488\u00a00343\u00a06467', 'card ⟦CARD_1⟧'],
    ['card 4539–1488–0343–6467', 'card ⟦CARD_1⟧'],
    ['IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000', 'IBAN ⟦IBAN_1⟧'],
    ['mail dana＠example．com', 'mail ⟦EMAIL_1⟧'],
  ])('%j', (text, sent) => {
    expect(redactText(text, emptyVault())).toBe(sent);
  });

  it.each(['Paris – Lyon, 12–15 May', 'pages 10\u00a0–\u00a012', 'total 1\u202f234,56\u00a0€', 'ＡＢＣ ｃｏｄｅ'])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
