// Names in scripts without capitals (Hebrew, Devanagari, Thai, Georgian, Hangul, Han): no capital marks a name
// there, so only the places a writer puts their own name are read: after a self-introduction ("שמי …",
// "मेरा नाम … है", "ผมชื่อ …", "저는 …입니다", "我叫…", "…と申します"), and alone on the line under a closing.
// Han and Hangul names are short and start with a family name (Korean, Chinese); Japanese ones are read after
// Japanese words only. A team's or a product's word on the line ("צוות התמיכה", "पेटीएम प्लस") is no name.
import type { Span } from './patterns';

const HE = '[\\u05D0-\\u05EA]+';
const DEV = '[\\u0900-\\u0963\\u0970-\\u097F]+'; // without the danda and the digits
const TH = '[\\u0E01-\\u0E4E]+';
const KA = '[\\u10D0-\\u10FF]+';
const HAN = '\\p{Script=Han}';
const KO_SURNAME =
  '[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁]';
const ZH_SURNAME =
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳許韓馮鄧蕭葉蘇呂盧鍾譚陸賈鄒龔錢嚴]';
const KO_NAME = `${KO_SURNAME}[\\uAC00-\\uD7A3]{1,2}`;
const ZH_NAME = `${ZH_SURNAME}${HAN}{1,2}`;
const END = '(?=[ \\t]*(?:[,.!?:;，。！？、)]|\\n|$))';

const CLOSINGS = [
  'בברכה',
  'תודה',
  'תודה רבה',
  'בתודה',
  'धन्यवाद',
  'शुक्रिया',
  'सादर',
  'ขอบคุณ(?:ครับ|ค่ะ|คะ|มาก)?',
  'ด้วยความเคารพ',
  'მადლობა',
  'გმადლობთ',
  'პატივისცემით',
  '감사합니다',
  '고맙습니다',
  '谢谢',
  '謝謝',
  '多谢',
  '祝好',
  '此致敬礼',
].join('|');
const JA_CLOSINGS = 'よろしくお願い(?:します|いたします|致します)|ありがとうございます|以上です';
const LINE_END = '(?=(?: (?:드림|올림|배상))?[ \\t]*(?:\\n|$))';
const CLOSING_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${CLOSINGS})[ \\t,.!！。،]*\\n[ \\t]*(${HE}(?: ${HE}){0,2}|${DEV}(?: ${DEV}){0,2}|${TH}(?: ${TH})?|${KA}(?: ${KA}){0,2}|${KO_NAME}|${ZH_NAME})${LINE_END}`,
  'gu',
);
const JA_CLOSING_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${JA_CLOSINGS})[ \\t。！!]*\\n[ \\t]*(${HAN}{2,5}|${HAN}{1,3} ${HAN}{1,3})[ \\t]*(?=\\n|$)`,
  'gu',
);

// Introductions that say "I am" need a greeting first in Hebrew, Hindi and Georgian: "אני מחכה" is "I am waiting".
const INTRODUCED = [
  new RegExp(
    `(?:שמי|קוראים לי|השם שלי(?: הוא)?|(?:^|\\n)[ \\t]*(?:שלום|היי|הי)[ \\t]*,?[ \\t]*אני) (${HE}(?: ${HE})?)(?=[ \\t]*(?:[,.!?:\\n]|$)| ו)`,
    'gu',
  ),
  new RegExp(`(?:मेरा नाम|(?:^|\\n)[ \\t]*(?:नमस्ते|नमस्कार|हैलो|हाय)[ \\t]*,?[ \\t]*मैं) (${DEV}(?: ${DEV}){0,2})(?= (?:है|हूँ|हूं)(?!${DEV}))`, 'gu'),
  new RegExp(`(?:ผม|ดิฉัน|ฉัน|หนู)ชื่อ[ \\t]*(${TH}(?: ${TH})?)`, 'gu'),
  new RegExp(
    `(?:მქვია|ჩემი სახელია|ჩემი სახელი არის|(?:^|\\n)[ \\t]*(?:გამარჯობა|სალამი)[ \\t]*,?[ \\t]*მე ვარ) (${KA}(?: ${KA})?)${END}`,
    'gu',
  ),
  new RegExp(`(?:저는|제 이름은) (${KO_NAME})(?=[ \\t]?(?:입니다|이에요|예요|이라고|라고))`, 'gu'),
  new RegExp(`(?<![가-힣])(${KO_NAME})(?=[ \\t]?(?:님(?:께|이|은|의|에게)|씨(?:께|가|는|의|에게)))`, 'gu'),
  new RegExp(`(?:我叫|我的名字是|我的名字叫)[ \\t]?(${ZH_NAME})${END}`, 'gu'),
  new RegExp(`(${HAN}{2,5})(?=と申します|といいます|と言います)`, 'gu'),
  new RegExp(`(?<!${HAN})(${HAN}{2,4})(?=さん|様|さま)`, 'gu'),
];

// Words of a team, a shop, a role or a state ("צוות", "टीम", "ทีมงาน", "客服", "担当者"), a product's ("प्लस"), or
// what a writer says they are ("מחכה", "שמח", "חדש פה", "लुक"), a company ("חברת …"), a station, an office or a
// place ("高铁站", "東京駅"): the words around them are no name.
const NOT_NAME =
  /(?:צוות|תמיכה|שירות|מחכה|מבקש|לקוח|רוצה|צריך|מנסה|מאוד|כבר|חדש|שמח|מרוצ|עצבני|מתוסכל|מודאג|בטוח|חבר(?:ת|ה)|פה$|כאן$|टीम|सपोर्ट|प्लस|प्रो|ऐप|ग्राहक|बहुत|परेशान|ทีม|ลูกค้า|გუნდი|მხარდაჭერა|客服|团队|團隊|店|公司|会社|站|駅|局|厅|廳|館|馆|院|银行|銀行|大学|大學|中心|(?:市|省|区|區|县|縣)$|担当|関係者|皆|社長|部長|課長|店長|会員|御中)/u;
// Thai politeness particles after a name ("สมศรี ค่ะ").
const THAI_PARTICLE = / (?:ครับ|ค่ะ|คะ|นะ|จ้ะ)$/u;

const SCRIPT_TESTS: [string, RegExp][] = [
  ['he', /[\u05D0-\u05EA]/],
  ['hi', /[\u0900-\u097F]/],
  ['th', /[\u0E01-\u0E4E]/],
  ['ka', /[\u10D0-\u10FF]/],
  ['ko', /[가-힣]/],
  ['han', /\p{Script=Han}/u],
];
// The script of each INTRODUCED pattern, in its order.
const INTRODUCED_SCRIPT = ['he', 'hi', 'th', 'ka', 'ko', 'ko', 'han', 'han', 'han'];

export function findCaselessNames(text: string): Span[] {
  const found: Span[] = [];
  // Only the patterns whose script the text has (each tried at every character cost 7-19 ms on 200 KB).
  const scripts = SCRIPT_TESTS.filter(([, test]) => test.test(text)).map(([key]) => key);
  if (!scripts.length) return found;
  const patterns = [...INTRODUCED.filter((_, i) => scripts.includes(INTRODUCED_SCRIPT[i]!))];
  if (text.includes('\n')) patterns.push(CLOSING_NAME, ...(scripts.includes('han') ? [JA_CLOSING_NAME] : []));
  for (const pattern of patterns)
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!.replace(THAI_PARTICLE, '');
      if (NOT_NAME.test(name)) continue;
      const start = m.index + m[0].length - m[1]!.length;
      found.push({ start, end: start + name.length, type: 'NAME' });
    }
  return found;
}
