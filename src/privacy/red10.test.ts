// Round red10: the leftovers the red9 review named (a tatweel run stretched between an Arabic phone's digits,
// an SSN said after "SSN … on the phone", "SURNAME Given" with a short surname, a brand at the text's start,
// "Konto bei web punkt de" with a mail word farther back) and the misses and over-redactions of the red10
// round (tests/fixtures/redaction/red-team/red10-*.jsonl).
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string, names: string[] = []) => findEntities(text, names).map((e) => `${e.type}:${e.value}`);

describe('leftovers of red9', () => {
  it.each([
    ['جوالي ٠٥٥ــــ٤٤٤ــــ٣٣٢٢ بعد العصر.', 'PHONE:٠٥٥ــــ٤٤٤ــــ٣٣٢٢'],
    ['رقم الجوال ٠٥٠ـــــــــــــــ١٢٣ـ٤٥٦٧', 'PHONE:٠٥٠ـــــــــــــــ١٢٣ـ٤٥٦٧'],
    ['They asked for my SSN on the phone, it is 078 05 1120, is that normal?', 'NATIONAL_ID:078 05 1120'],
    ['My social security number, which your agent asked for, is 078 05 1120.', 'NATIONAL_ID:078 05 1120'],
    ['LEE Dana asked me to chase order 66310.', 'NAME:LEE Dana'],
    ['NG Wei (account holder) called twice.', 'NAME:NG Wei'],
    ['Meine Mail ist neu, schreib an jonas bei web punkt de', 'EMAIL:jonas bei web punkt de'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it('reads a stretched tatweel inside a known name as the name', () => {
    expect(found('شكرا، محــــــمد الحربي', ['محمد الحربي'])).toEqual(['NAME:محــــــمد الحربي']);
  });

  it.each([
    ['IKEA Family card discount did not apply.'],
    ['DHL Express was late again.'],
    ['UPS Ground lost the parcel.'],
    ['Meine Mail-Adresse hat sich nicht geändert, aber mein Konto bei web punkt de ist gesperrt.'],
    ['Zur E-Mail: das Konto bei gmx punkt de ist zu.'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('misses of the red10 round', () => {
  it.each([
    ['Bitte Frau Dr. med. Özlem Yıldırım heute noch zurückrufen.', 'NAME:Özlem Yıldırım'],
    ['Por favor, contacten con la Sra. Dª Inmaculada Pérez de Guzmán.', 'NAME:Inmaculada Pérez de Guzmán'],
    ['Met vriendelijke groet, mevrouw drs. Annelies van den Heuvel', 'NAME:Annelies van den Heuvel'],
    ['Fru Birgitta Sjöström ringde igår om fakturan.', 'NAME:Birgitta Sjöström'],
    ['Atenciosamente, Dra. Maria da Conceição Albuquerque', 'NAME:Maria da Conceição Albuquerque'],
    ['أرجو التواصل مع الأستاذة نورة بنت عبدالله القحطاني بخصوص الطلب.', 'NAME:نورة بنت عبدالله القحطاني'],
    ['مع الشكر — م. خالد العتيبي', 'NAME:خالد العتيبي'],
    ['Thanks a lot for sorting it ✌️ Priyanka Raghunathan', 'NAME:Priyanka Raghunathan'],
    ['Your link https://track.parcel.example/t/?id=7731&name=Dana+Whitfield&zip=LS62AB is wrong.', 'NAME:Dana+Whitfield'],
    ['My posts are at https://community.acme.example/users/jane.doe/activity', 'USERNAME:jane.doe'],
    ['Mon profil : https://forum.free.example/membres/claire.dupont-88', 'USERNAME:claire.dupont-88'],
    ['The link was https://mail.acme.example/unsub?email=jane.doe%40gmail.com&t=8f2k', 'EMAIL:jane.doe%40gmail.com'],
    ['Router MAC 3C:22:FB:9A:01:7E, public address 81.2.69.160.', 'IP:3C:22:FB:9A:01:7E'],
    ['Mac: 3c-22-fb-9a-01-7e', 'IP:3c-22-fb-9a-01-7e'],
    ['For the age check: born the third of March, nineteen eighty-two.', 'DOB:third of March, nineteen eighty-two'],
    ['Geboren bin ich am dritten Februar neunzehnhundertachtzig.', 'DOB:dritten Februar neunzehnhundertachtzig'],
    ['Je suis né le douze avril mil neuf cent quatre-vingt-dix.', 'DOB:douze avril mil neuf cent quatre-vingt-dix'],
    ['Nací el veintitrés de agosto de mil novecientos setenta y ocho.', 'DOB:veintitrés de agosto de mil novecientos setenta y ocho'],
    ['Mijn geboortedatum is vijf mei negentienhonderdachtentachtig.', 'DOB:vijf mei negentienhonderdachtentachtig'],
    ['Nasci a vinte e um de junho de 1984.', 'DOB:vinte e um de junho de 1984'],
    ['تاريخ ميلادي الخامس عشر من مارس ١٩٩٠.', 'DOB:الخامس عشر من مارس ١٩٩٠'],
    ['Der Transporter mit dem Kennzeichen HH – AB 1234 E hat meinen Zaun gerammt.', 'PLATE:HH – AB 1234 E'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it.each([
    ['Dr. Oetker pizzas arrived thawed.'],
    ['Mr. Muscle and Dr. Martens both ship from our Leeds warehouse.'],
    ['Namens Albert Heijn: fijne Koningsdag!'],
    ['The company was born on the third of March, nineteen eighty-two.'],
    ['Born in the USA is on the playlist; order 4471 shipped in March.'],
    ['Our MAC address policy changed in version 3.2.1.4.5.6.'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('linear on hostile input', () => {
  it.each([
    ['born ', 'born the third of March, '.repeat(4000)],
    ['MAC-like', '3C:22:'.repeat(17000)],
    ['tatweel', '١ـــــ'.repeat(17000)],
    ['query names', '&name=a+'.repeat(12500)],
    ['URL users', '/users/a'.repeat(12500)],
    ['short capitals', 'NG Wei '.repeat(14000)],
    ['SSN label', 'SSN 078 05 '.repeat(9000)],
  ])('%s: 100 KB in well under a second', (_, text) => {
    const started = performance.now();
    findEntities(text.slice(0, 100_000));
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
