// Round red15: the misses and over-redactions of the red15 round (tests/fixtures/redaction/red-team/red15-*.jsonl).
// Each case is a shape, not the round's line: the words and numbers differ.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string, company?: string) => findEntities(text, [], false, company).map((e) => `${e.type}:${e.value}`);

/** Share of 1,000 random bare numbers of `length` digits (no 0 first) read as anything in "Please check … again." */
function flaggedShare(length: number): number {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let flagged = 0;
  for (let i = 0; i < 1000; i++) {
    let n = String(1 + Math.floor(rnd() * 9));
    while (n.length < length) n += String(Math.floor(rnd() * 10));
    if (found(`Please check ${n} again.`).length) flagged++;
  }
  return flagged / 1000;
}

describe('bare nine digits: an id only with a word of identity, records or tax in its line', () => {
  it('reads few random nine-digit numbers as an id (11.9 % before: the BSN and NIF checks pass 1 in 11)', () => {
    expect(flaggedShare(9)).toBeLessThan(0.02);
  }, 60000);
  it.each([
    ['Stuur ik 123 456 782 ter controle mee.', 'NATIONAL_ID:123 456 782'], // BSN in threes
    ['Graag 234567892 bij mijn gegevens zetten.', 'NATIONAL_ID:234567892'],
    ['Compare 123456782 with your records, please.', 'NATIONAL_ID:123456782'],
    ['Coloquem 258741368 na fatura, por favor.', 'NATIONAL_ID:258741368'], // NIF
    ['Para o contribuinte: 258741368.', 'NATIONAL_ID:258741368'],
    ['My KYC was refused for 123456782.', 'NATIONAL_ID:123456782'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['Please look at 123456782 again.'], ['Veja 258741368 outra vez.'], ['Kun je 234567892 nog eens bekijken?']])(
    'keeps %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('national ids after their label in more languages', () => {
  it.each([
    ['CNP-ul meu: 2851103400218.', 'NATIONAL_ID:2851103400218'],
    ['TAJ-szám: 037 615 325', 'NATIONAL_ID:037 615 325'],
    ['מספר תעודת זהות 204153761 בבקשה', 'NATIONAL_ID:204153761'],
    ['NIK: 3174051208850003', 'NATIONAL_ID:3174051208850003'],
    ['Số CCCD của tôi là 079190001234.', 'NATIONAL_ID:079190001234'],
    ['身份证号码：44030619920715402X', 'NATIONAL_ID:44030619920715402X'],
    ['我的身份证号是110105198001011238，请查收。', 'NATIONAL_ID:110105198001011238'],
    ['マイナンバーは123456789018です。', 'NATIONAL_ID:123456789018'],
    ['주민번호 920715-2345676 입니다', 'NATIONAL_ID:920715-2345676'],
    ['आधार संख्या 4918 2736 4511 है', 'NATIONAL_ID:4918 2736 4511'],
    ['เลขประจำตัวประชาชน 3100500123458', 'NATIONAL_ID:3100500123458'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

describe('national ids without a label, by their check', () => {
  it.each([
    ['Emiteți pe 2851103400218, vă rog.', 'NATIONAL_ID:2851103400218'], // CNP
    ['请核对 32010219850610101X，谢谢。', 'NATIONAL_ID:32010219850610101X'], // Chinese resident id
    ['Check 440306199207154021 please.', 'NATIONAL_ID:440306199207154021'], // its Luhn holds too: no card
    ['850312-1234565로 확인했어요', 'NATIONAL_ID:850312-1234565'], // RRN
    ['कृपया 2345 6789 0124 से वेरिफाई करें', 'NATIONAL_ID:2345 6789 0124'], // Aadhaar, a word of checking
    ['บัตร 3-1005-00123-45-8 หาย', 'NATIONAL_ID:3-1005-00123-45-8'], // Thai id as printed
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([
    ['Comanda 2851103400219 a sosit.'], // CNP check fails
    ['Lot 2851103400218 of the batch shipped.'], // a batch's number, whatever its check
    ['请核对 110105198001011239，谢谢。'],
    ['Kode 850312-1234566 tidak berlaku.'],
    ['Order 2345 6789 0125 shipped.'],
    ['Gift card 2345 6789 0124 from the shop.'], // Aadhaar check holds, no word of identity
    ['บัตร 3-1005-00123-45-9 หาย'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('NATIONAL_ID'))).toEqual([]);
  });
});

describe('local phone formats', () => {
  it.each([
    ['080-2345-6789にお電話ください。', 'PHONE:080-2345-6789'], // digits glued to kana
    ['010-2345-6789로 연락 주세요.', 'PHONE:010-2345-6789'],
    ['电话13912345678，晚上打。', 'PHONE:13912345678'],
    ['请打 13912345678 联系我。', 'PHONE:13912345678'],
    ['תתקשרו ל-054-7654321 מחר', 'PHONE:054-7654321'],
    ['कॉल करें 91234 56789 पर', 'PHONE:91234 56789'],
    ['Ring til 42 53 64 75 i aften.', 'PHONE:42 53 64 75'],
    ['Jeg kan nås på 22 33 44 55 efter kl. 16.', 'PHONE:22 33 44 55'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['订单 13912345678 已发货。'], ['Versão 2024-03-15 12 34 56.'], ['Lote 1234-5678-9012 enviado.']])('keeps %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('PHONE'))).toEqual([]);
  });
});

describe('names after introductions and closings in Romanian, Hungarian, Ukrainian, Vietnamese, Indonesian', () => {
  it.each([
    ['Cu stimă,\nMihai Ionescu', 'NAME:Mihai Ionescu'],
    ['Mă numesc Ioana Dobre și aștept rambursarea.', 'NAME:Ioana Dobre'],
    ['Üdvözlettel:\nNagy Eszter', 'NAME:Nagy Eszter'],
    ['З повагою,\nОксана Мельник', 'NAME:Оксана Мельник'],
    ['Мене звати Богдан Ткаченко, замовлення не прийшло.', 'NAME:Богдан Ткаченко'],
    ['Tôi tên là Lê Thị Hoa, tôi chưa nhận được hàng.', 'NAME:Lê Thị Hoa'],
    ['Trân trọng,\nPhạm Minh Tuấn', 'NAME:Phạm Minh Tuấn'],
    ['Nama saya Siti Rahayu, paket belum datang.', 'NAME:Siti Rahayu'],
    ['Hormat saya,\nAgus Wijaya', 'NAME:Agus Wijaya'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([
    ['Cu stimă,\nEchipa Velomag'],
    ['З повагою,\nСлужба підтримки Велосвіт'],
    ['Trân trọng,\nĐội ngũ hỗ trợ'],
    ['Hormat saya,\nTim Dukungan'],
  ])('keeps the team in %j', (text) => {
    expect(found(text).filter((e) => e.startsWith('NAME'))).toEqual([]);
  });
});
