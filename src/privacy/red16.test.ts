// Round red16: the misses and over-redactions of the red16 round (tests/fixtures/redaction/red-team/red16-*.jsonl):
// addresses and postcodes, names in scripts without capitals, unlabelled plates. Each case is a shape, not the
// round's line: the words and numbers differ.
import { describe, expect, it } from 'vitest';
import { findBarePlates } from './bare-plates';
import { findScriptAddresses } from './script-addresses';
import { findStreetsBeforePostcodes } from './streets-before-postcodes';
import { findEntities } from './redact';

const found = (text: string) => findEntities(text, []).map((e) => `${e.type}:${e.value}`);
/** The time the detectors with this round's patterns take on `text` (the whole redaction: `npm run bench:redact`, where this round's shapes are too). */
const timed = (text: string) => {
  const start = performance.now();
  findStreetsBeforePostcodes(text);
  findScriptAddresses(text);
  findBarePlates(text);
  return performance.now() - start;
};

describe('a street before a postcode and town, whatever its word', () => {
  it.each([
    ['Adresa: Vodičkova 681/14, 110 00 Praha 1', 'ADDRESS:Vodičkova 681/14'],
    ['Pošlite to na Hlavná 17, 040 01 Košice.', 'ADDRESS:Hlavná 17'],
    ['Mieszkam przy Długiej 44, 80-831 Gdańsk.', 'ADDRESS:Długiej 44'],
    ['Adresse: Storgata 7C, 0155 Oslo', 'ADDRESS:Storgata 7C'],
    ['Adresse: Storgata 7C, 0155 Oslo', 'ADDRESS:0155 Oslo'],
    ['Schreib an Favoritenstraße 12/3/8, 1040 Wien.', 'ADDRESS:1040 Wien'],
    ['Box 3344, 103 67 Stockholm', 'ADDRESS:Box 3344'],
    ['Écrire à BP 45, 69002 Lyon.', 'ADDRESS:BP 45'],
    ['Envío a Calle Sol 3, 15004 A Coruña', 'ADDRESS:15004 A Coruña'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['Windows 11, 2023 Edition works.'], ['Office 365, 2019 Pro is installed.'], ['Kasse 3, Bon 0815-4471.']])(
    'keeps %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("postcodes written the country's way", () => {
  it.each([
    ['Ship to Ottawa, ON K2P 1L4 please', 'ADDRESS:ON K2P 1L4'],
    ['Calgary AB T2P 0A8 is the billing town', 'ADDRESS:AB T2P 0A8'],
    ['Rua Augusta 5, Curitiba - PR, 80020-310', 'ADDRESS:PR, 80020-310'],
    ['Entregar em Recife, 50030-230.', 'ADDRESS:50030-230'],
    ['skrytka pocztowa 77, 30-960 Kraków', 'ADDRESS:skrytka pocztowa 77'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['Pedido 12345-678 enviado.'], ['Ticket ON 12345 closed']])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('addresses in scripts without spaces or capitals', () => {
  it.each([
    ['届け先 〒060-0042 北海道札幌市中央区大通西4丁目1番地', 'ADDRESS:〒060-0042 北海道札幌市中央区大通西4丁目1番地'],
    ['住所は福岡市博多区博多駅前2丁目 3-4 です', 'ADDRESS:福岡市博多区博多駅前2丁目 3-4'],
    ['寄到深圳市南山区科技园路18号', 'ADDRESS:深圳市南山区科技园路18号'],
    ['주소: 대구광역시 중구 동성로 25, 2층', 'ADDRESS:대구광역시 중구 동성로 25, 2층'],
    ['הכתובת: רחוב אלנבי 40, ירושלים 9414001', 'ADDRESS:רחוב אלנבי 40, ירושלים 9414001'],
    ['ת.ד. 771, נתניה 4210602', 'ADDRESS:ת.ד. 771, נתניה 4210602'],
    ['पता: फ्लैट 12, सेक्टर 4, गुरुग्राम 122001', 'ADDRESS:फ्लैट 12, सेक्टर 4, गुरुग्राम 122001'],
    ['ที่อยู่ 12/3 ซอยลาดพร้าว 15 แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900', 'ADDRESS:12/3 ซอยลาดพร้าว 15 แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900'],
    ['მისამართი: აღმაშენებლის გამზირი 5, თბილისი 0112', 'ADDRESS:აღმაშენებლის გამზირი 5, თბილისი 0112'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([['会议室 305，版本 3.4。'], ['注文番号 A-2024-88、倉庫 TKY-02。'], ['ห้อง 305 ชั้น 3'], ['버전 2.1, 가격 9,000원']])(
    'keeps %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("plates without a label, in their country's exact shape", () => {
  it.each([
    ['HH-XY 987 wartet seit Dienstag.', 'PLATE:HH-XY 987'],
    ['KN68 ZPD was towed from your car park.', 'PLATE:KN68 ZPD'],
    ['La GH-456-JK est au garage.', 'PLATE:GH-456-JK'],
    ['De 12-ZXB-4 staat bij jullie.', 'PLATE:12-ZXB-4'],
    ['La mia Punto EZ 812 KP è da voi.', 'PLATE:EZ 812 KP'],
    ['El 4821 KLM sigue en el taller.', 'PLATE:4821 KLM'],
    ['O BRA2E19 ficou na oficina.', 'PLATE:BRA2E19'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([
    ['Since 2024 CRM data is synced.'],
    ['Article DE-123-AB was discontinued.'],
    ['SKU AB-123-CD is out of stock.'],
    ['Part ABC1D23 ships next week.'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('products and brands after a closing stay', () => {
  it.each([['Cordialement,\nQonto Business'], ['Pozdrawiam,\nCanva Pro'], ['Hälsningar,\nVisma eEkonomi']])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the new patterns on 100-200 KB of hostile input', () => {
  it.each([
    ['words and numbers before no postcode', 'Aa 1, '.repeat(25_000)],
    ['numbers and commas', '12, 1234 Ab '.repeat(15_000)],
    ['Han runs with digits', '東京都港区1丁目'.repeat(20_000)],
    ['Hangul road words', '서울특별시 강남구 로 1 '.repeat(12_000)],
    ['Hebrew street words', 'רחוב רחוב 1 '.repeat(15_000)],
    ['plate-like groups', 'AB-123-C '.repeat(15_000)],
    ['Thai numbers and soi', '1/1 ซอย '.repeat(20_000)],
  ])('%s under 200 ms', (_, text) => {
    expect(text.length).toBeGreaterThan(100_000);
    timed(text.slice(0, 1000));
    expect(timed(text)).toBeLessThan(200);
  });
});
