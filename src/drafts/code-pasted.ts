// A one-time code from a text message pasted or sent back here (round 16), in the forms scam-asks.ts does not read:
// "you'll receive a text shortly - please paste that code here", "SMSでお送りした6桁の認証コードをこのメールにご返信ください",
// "문자로 보내드린 인증번호 6자리를 답장으로 보내 주세요". Not "paste the error code here" (no text message, no login), nor
// "認証コードは誰にも教えないでください", "인증번호는 절대 알려 주지 마세요" (negated). Reads lower-cased text (lower-case.ts).
import { askedUndenied } from './negated-before';
import { CODE, NEGATION_LOWER, TEXTED } from './scam-asks';
import { NOT_A_WARNING } from './paid-at-link';
import { splitSentences } from './split-sentences';
import { lowerSameLength } from './lower-case';

// A text message or a login code: "a text", "sms", "texted", "verification", "one-time", "2fa".
const FROM_A_TEXT =
  /(?<![\p{L}])(?:an?\s+text|texts?\s+(?:message|shortly|soon)|texted|sms|verification|one-time|login|log-in|2fa|two-factor|authenticat\p{L}*)(?![\p{L}])/u;
// Up to two words between the verb and "here", or four either side of the code itself ("paste the six digit
// verification code you received here", chk18).
const PASTED_HERE =
  /(?<![\p{L}])(?:paste|type|enter|put|copy|drop)\s+(?:(?:that|the|this|your|it|them)\s+)?(?:(?:[\p{L}\p{N}-]{1,20}\s+){0,2}?(?:(?:codes?|pins?|otp|it|them)\s+)?|(?:[\p{L}\p{N}-]{1,20}\s+){0,4}?(?:codes?|pins?|otp)\s+(?:[\p{L}\p{N}-]{1,20}\s+){0,4}?)(?:(?:right\s+)?here|(?:in|into|to)\s+(?:this|the|our|your)\s+(?:thread|chat|e-?mail|message|reply|conversation|ticket))(?![\p{L}])/gu;
// Typed into this chat, in the languages PASTED_HERE does not read: "Tippen Sie die Ziffern hier in den Chat", "escriba
// aquí en el chat los seis dígitos", "このチャットに入力", "이 채팅창에 입력" (round 18).
const INTO_THE_CHAT =
  /(?<![\p{L}])(?:(?:hier\s+)?in\s+(?:den|diesen)\s+chat|(?:aquí\s+)?en\s+(?:el|este)\s+chat|(?:qui\s+)?(?:in|nella|nel)\s+(?:questa\s+)?chat|in\s+(?:de|deze)\s+chat|(?:här\s+)?i\s+(?:chatten|den\s+här\s+chatten)|(?:aqui\s+)?(?:no|neste)\s+chat|dans\s+(?:le|ce)\s+chat|na\s+(?:tym\s+)?czacie)(?![\p{L}])/gu;
// What is typed into the chat: the code or its digits, named in the sentence itself. Not "Schreiben Sie uns hier in den
// Chat, wenn die SMS nicht ankommt" nor "if the SMS code does not arrive, write to us in the chat" (review of chk18: a
// sentence that says the text did not come, in any of nine languages, was flagged).
const DIGIT_WORD = /(?<![\p{L}])(?:digits|ziffern|cijfers|siffror(?:na)?|chiffres|d[íi]gitos|cifre|cyfr\p{L}*)(?![\p{L}])/u;
const chatCode = (s: string) =>
  (CODE.test(s) || DIGIT_WORD.test(s)) && !NEGATION_LOWER.test(s.replace(NOT_A_WARNING, (m) => ' '.repeat(m.length)));
const CJK_INTO_THE_CHAT = /(?:チャット|채팅\s*창?)\s*(?:欄)?(?:に|에)\s*(?:入力|입력)/u;
const CJK_CODE = /コード|認証|確認番号|인증|번호|코드/u;
const JA_CODE_BACK =
  /(?:認証|確認|ワンタイム|セキュリティ|SMS|sms)\s*(?:コード|番号|パスワード)[^。！？\n]{0,30}?(?:ご?返信|お送りください|送って|送信して|お知らせ|教えて)/u;
// Not "心配しないで" / "걱정하지 마세요" (don't worry), which warn of nothing.
const JA_NEGATION = /(?<!心配し|遠慮し)ないで|決して|絶対に/u;
const KO_CODE_BACK = /(?:인증\s*번호|인증\s*코드|보안\s*코드|otp)[^.!?\n]{0,30}?(?:답장|회신|보내\s*주|알려\s*주)/u;
const KO_NEGATION = /(?<!걱정\s*(?:하지\s*)?)(?:마세요|말아|마십시오)|절대/u;

export function codesPasted(text: string): { kind: 'unknown-contact'; detail: string }[] {
  const sentences = splitSentences(text);
  for (const [i, sentence] of sentences.entries()) {
    const s = lowerSameLength(sentence);
    const before = i > 0 ? lowerSameLength(sentences[i - 1]!) : '';
    // A negation before the paste in its clause (negated-before.ts): not "No worries, just paste the code here".
    const fromAText = FROM_A_TEXT.test(s) || FROM_A_TEXT.test(before);
    // Into the chat, after a text in any language (scam-asks.ts's TEXTED: "SMS", "wir haben … geschickt").
    const pasted =
      (fromAText && askedUndenied(s, PASTED_HERE)) ||
      ((fromAText || TEXTED.test(s) || TEXTED.test(before)) && chatCode(s) && askedUndenied(s, INTO_THE_CHAT));
    // Japanese and Korean sentences end at "。" with no space too (split-sentences.ts): a negation in the next one
    // ("心配しないでください", don't worry) governs nothing here.
    const ja = JA_CODE_BACK.test(s) && !JA_NEGATION.test(s);
    const ko = KO_CODE_BACK.test(s) && !KO_NEGATION.test(s);
    const chat = CJK_INTO_THE_CHAT.test(s) && CJK_CODE.test(s) && !JA_NEGATION.test(s) && !KO_NEGATION.test(s);
    if (pasted || ja || ko || chat)
      return [
        {
          kind: 'unknown-contact',
          detail: `asks for a one-time code back in this thread, the way accounts are taken over: "${sentence.trim().slice(0, 100)}"`,
        },
      ];
  }
  return [];
}
