// Names in scripts without capitals after an introduction or under a closing (red16: he, hi, th, ka, ja, ko, zh).
// Each case is a shape, not the round's line: the words differ.
import { describe, expect, it } from 'vitest';
import { findCaselessNames } from './caseless-names';
import { findEntities } from './redact';

const found = (text: string) => findEntities(text, []).map((e) => `${e.type}:${e.value}`);

describe('names in scripts without capitals', () => {
  it.each([
    ['שלום, אני מיכל אברהם ויש לי שאלה.', 'NAME:מיכל אברהם'],
    ['בברכה,\nרון גולן', 'NAME:רון גולן'],
    ['नमस्ते, मैं विकास सिंह हूँ।', 'NAME:विकास सिंह'],
    ['मेरा नाम नेहा जोशी है।', 'NAME:नेहा जोशी'],
    ['धन्यवाद,\nकविता शर्मा', 'NAME:कविता शर्मा'],
    ['สวัสดีค่ะ ดิฉันชื่อ มาลี สุขใจ', 'NAME:มาลี สุขใจ'],
    ['ขอบคุณครับ\nสมชาย ใจงาม', 'NAME:สมชาย ใจงาม'],
    ['გამარჯობა, მე ვარ ლევან გელაშვილი.', 'NAME:ლევან გელაშვილი'],
    ['მადლობა,\nთამარ ლომიძე', 'NAME:თამარ ლომიძე'],
    ['私は中村健太と申します。', 'NAME:中村健太'],
    ['よろしくお願いします。\n小林由美', 'NAME:小林由美'],
    ['안녕하세요, 저는 최유진입니다.', 'NAME:최유진'],
    ['감사합니다.\n정민호 드림', 'NAME:정민호'],
    ['你好，我叫刘洋，包裹丢了。', 'NAME:刘洋'],
    ['谢谢！\n陈静', 'NAME:陈静'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
  it.each([
    ['בברכה,\nצוות התמיכה'],
    ['אני מחכה להחזר כבר שבוע.'],
    ['धन्यवाद,\nपेटीएम प्लस'],
    ['감사합니다.\n네이버 스마트스토어'],
    ['谢谢！\n淘宝旗舰店铺'],
    ['よろしくお願いします。\nフリー会計'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('caseless names on 100-200 KB of hostile input', () => {
  it.each([
    ['closings without names', '谢谢！\n'.repeat(40_000)],
    ['closings and lines of words', 'בברכה,\nא ב ג ד\n'.repeat(10_000)],
    ['introductions without an end', 'मेरा नाम क ख ग घ '.repeat(8_000)],
    ['Han runs before さん', '山田太郎さ'.repeat(30_000)],
    ['Hangul before 님', '김민준김민준 '.repeat(20_000)],
  ])('%s under 200 ms', (_, text) => {
    expect(text.length).toBeGreaterThan(100_000);
    findCaselessNames(text.slice(0, 1000));
    const start = performance.now();
    findCaselessNames(text);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
