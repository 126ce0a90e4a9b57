// Addresses in scripts without capitals or spaces between words, each the way its country writes one: Japanese
// and Chinese from the prefecture, province or city down to the block and room ("〒530-0001 大阪府大阪市北区梅田3丁目
// 1番1号", "上海市浦东新区世纪大道100号 邮编200120"), Korean road addresses ("부산광역시 해운대구 해운대로 570, 101동
// 1203호 (48094)"), Hebrew streets and boxes ("רחוב הרצל 15 דירה 3, תל אביב 6108001", "ת.ד. 771"), Indian
// houses to their PIN ("फ्लैट 302, …, पुणे 411001"), Thai houses to their postcode, Georgian avenues and streets.
import type { Span } from './patterns';

const HAN = '\\p{Script=Han}';
// Japanese and Chinese: an area's words then a run of the block's; the run counts only with a street's number
// in it ("世纪大道100号", "梅田3丁目", "渋谷2-21-1"): "超市买了3号电池" names a shop, not a street.
const CJK = new RegExp(
  `(?:〒 ?\\d{3}-?\\d{4}[ \\t]*)?(?:${HAN}{1,4}?(?:都|道|府|県|省|市|区|區|县|縣|郡)){1,4}[\\p{Script=Han}\\p{Script=Katakana}ー\\d-]{0,40}(?: [\\p{Script=Han}\\p{Script=Katakana}ー\\d-]{1,20})?(?:[ \\t，,]*(?:邮编|郵編)[:：]?[ \\t]?\\d{6})?|〒 ?\\d{3}-\\d{4}`,
  'gu',
);
const SEND_TO = /^(?:请|請)?(?:寄到|寄至|寄往|送到|送至|发到|发往|發到|收货地址|地址)[：:]?/u;
const CJK_STREET_NUMBER = /(?:路|街|道|巷|弄|里|条|通)\d{1,5}(?:号|號)|\d{1,3}丁目|\d{1,5}番地?|\d{1,4}-\d{1,4}-\d{1,4}|〒/u;
// A block's numbers after a space count only after a place's word ("1丁目 5-3", "道玄坂 2-21-1"): "上海市用户报错 3-4-5"
// is a city's users reporting an error.
const PLACE_END = /(?:丁目|番地|町|村|区|區|通り?|道|路|街|坂|号|號)$/u;
const cjkStreet = (run: string) => {
  const space = run.indexOf(' ');
  const head = space < 0 ? run : run.slice(0, space);
  return CJK_STREET_NUMBER.test(head) || (CJK_STREET_NUMBER.test(run) && PLACE_END.test(head));
};
const KO = new RegExp(
  `[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도|시) (?:[가-힣]{1,6}(?:시|군|구) ){0,2}[가-힣\\d]{1,10}(?:로|길) \\d{1,5}(?:-\\d{1,4})?(?:, ?(?:\\d{1,4}동 ?)?\\d{1,5}(?:호|층))*(?: ?\\(\\d{5}\\))?`,
  'gu',
);
const HE_WORD = "[\\u05D0-\\u05EA][\\u05D0-\\u05EA'׳-]*";
const HE = new RegExp(
  `(?:רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|כיכר|ת\\.ד\\.|תא דואר) (?:${HE_WORD} ){0,3}\\d{1,5}(?:[ \\t]*[\\u05D0-\\u05EA](?![\\u05D0-\\u05EA]))?(?: (?:דירה|כניסה|קומה) \\d{1,3})*(?:,? ${HE_WORD}(?: ${HE_WORD}){0,2},? \\d{5,7}(?!\\d))?`,
  'gu',
);
const HI = /(?:मकान|फ्लैट|प्लॉट|हाउस)(?: (?:नं\.?|नंबर|संख्या))? \d{1,5}[^\n]{0,120}?(?<!\d)[1-9]\d{5}(?!\d)/gu;
const TH = /(?<![\d/])\d{1,4}(?:\/\d{1,4})? (?:หมู่(?:ที่)?|ม\.|ถนน|ถ\.|ซอย|ซ\.)[^\n]{0,120}?(?<!\d)\d{5}(?!\d)/gu;
const KA =
  /[\u10D0-\u10FF]+ (?:გამზირი|ქუჩა|გამზ\.|ქ\.|შესახვევი|ჩიხი|ხეივანი) \d{1,4}[\u10D0-\u10FF]?(?:,? [\u10D0-\u10FF]+ \d{4}(?!\d))?/gu;

// Each pattern is read only in a text with its script's letters (or a 〒): a pattern tried at every character of a
// text in another script cost up to 60 ms on 200 KB.
const SCRIPTS: [RegExp, RegExp][] = [
  [CJK, /[\p{Script=Han}〒]/u],
  [KO, /[가-힣]/],
  [HE, /[\u05D0-\u05EA]/],
  [HI, /[\u0900-\u097F]/],
  [TH, /[\u0E01-\u0E4E]/],
  [KA, /[\u10D0-\u10FF]/],
];

export function findScriptAddresses(text: string): Span[] {
  const found: Span[] = [];
  for (const [pattern, script] of SCRIPTS) {
    if (!script.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      if (pattern === CJK && !cjkStreet(m[0])) continue;
      // Chinese runs words together: the verb before the address ("寄到", "送至") is no part of it.
      const lead = pattern === CJK ? (SEND_TO.exec(m[0])?.[0].length ?? 0) : 0;
      found.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length, type: 'ADDRESS' });
    }
  }
  return found;
}
