// The secrets secret-asks.ts does not name, asked (round 14): a second factor (the code an authenticator shows, backup
// or recovery codes), a wallet's recovery phrase, the whole card number ("all 16 digits", "the long number on the
// front"), and any of these in the languages a held-out round brings besides ours (ru, zh, id, hi). No team needs
// them: whoever reads the answer owns the account or the card. Asked means told to us or put in the reply; a sentence
// that says not to share it ("请勿…", "никому не сообщайте", "jangan", "न करें") asks nothing. Read lower-cased,
// without the 'i' flag (lower-case.ts). Linear: each pattern is tested once per sentence, with bounded runs only.
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

const SECRET = new RegExp(
  [
    // A second factor or a recovery secret, by name.
    String.raw`(?<![\p{L}])(?:recovery\s+(?:phrase|codes?|words|key)|seed\s+phrase|secret\s+(?:recovery\s+)?phrase|(?:\d{1,2}|twelve|twenty-four)-word\s+(?:phrase|seed)|backup\s+codes?|(?:2fa|mfa|two-factor|authenticator|authentication)\s+codes?|herstelcode\p{L}*|herstelzin|back-?upcodes?|authenticatiecode|återställningskod\p{L}*|reservkod\p{L}*|frase\s+de\s+recupera[çc][ãa]o|c[óo]digos?\s+de\s+(?:backup|recupera[çc][ãa]o|autentica[çc][ãa]o)|عبارة\s+(?:الاسترداد|الاسترجاع)|رموز\s+الاسترداد)(?![\p{L}])`,
    // A code with the authenticator or text it comes from: "the 6-digit code your authenticator app shows".
    String.raw`(?<![\p{L}])(?:code|codes|digits)(?![\p{L}])[^.!?\n]{0,40}(?<![\p{L}])(?:authenticator|2fa|two-factor)`,
    // The whole card number.
    String.raw`(?<![\p{L}])(?:full\s+card\s+number|(?:all|every|the)\s+(?:16|sixteen)\s+digits|long\s+number\s+on\s+(?:the\s+front\s+of\s+)?(?:your|the)\s+card|volledige\s+kaartnummer|hela\s+kortnumret|kortnumret|n[úu]mero\s+(?:completo\s+)?do\s+cart[ãa]o|رقم\s+البطاقة)(?![\p{L}])`,
    // Russian: the SMS or confirmation code, a one-time password, the password, the card number, a recovery phrase.
    String.raw`(?<![\p{L}])(?:код\p{L}*\s+(?:из|в)\s+(?:смс|sms|сообщени\p{L}*|приложени\p{L}*)|код\p{L}*,?\s+(?:\p{L}+\s+){1,4}(?:в|по)\s+(?:смс|sms)|смс-код\p{L}*|код\p{L}*\s+(?:подтверждени\p{L}*|проверки|безопасности)|одноразов\p{L}*\s+(?:код|парол)\p{L}*|парол\p{L}*|номер\p{L}*\s+(?:\p{L}+\s+){0,2}карт\p{L}*|секретн\p{L}*\s+фраз\p{L}*|фраз\p{L}*\s+восстановлени\p{L}*|резервн\p{L}*\s+код\p{L}*|cvv|cvc)(?![\p{L}])`,
    // Indonesian and Hindi (Devanagari's vowel signs are marks, not letters: the bounds are the Latin words').
    String.raw`(?<![\p{L}])(?:kode\s+(?:otp|verifikasi|keamanan|cadangan|pemulihan|sms)|otp|kata\s+sandi|nomor\s+kartu|frasa\s+pemulihan)(?![\p{L}])|ओटीपी|पासवर्ड|कार्ड\s*नंबर|सत्यापन\s*कोड`,
    // Chinese: verification code, password, card number, recovery words and codes, security code.
    '验证码|校验码|动态码|密码|卡号|助记词|恢复码|备用码|安全码',
  ].join('|'),
  'u',
);

// Told to us or put in the reply: "reply with", "send us", "tell us", "we need"; "сообщите", "пришлите"; "回复", "发给我们",
// "告诉我们"; "kirimkan", "balas"; "भेजें", "बताएं"; "envie-nos", "indique"; "stuur ons", "geef ons"; "skicka oss", "behöver vi".
const ASK = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:reply\s+with|respond\s+with|send\s+(?:us|it|them|back)|give\s+us|tell\s+us|read\s+(?:us|out|it|them)|share\s+(?:it\s+|them\s+)?with\s+us|confirm|provide|what\s+is\s+(?:your|the)|we\s+need|in\s+your\s+reply)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:stuur\s+ons|geef\s+ons|deel|antwoord\s+met|noem|bevestig|skicka\s+oss|ge\s+oss|svara\s+med|uppge|behöver\s+vi|berätta|envie(?:-nos)?|indique(?:-nos)?|diga(?:-nos)?|informe|partilhe|responda\s+com|confirme)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:сообщите|пришлите|отправьте|назовите|продиктуйте|укажите|напишите|подтвердите|скажите|kirim\p{L}*|balas|berikan|sebutkan|beritahu\p{L}*|informasikan)(?![\p{L}])`,
    'أرسل|إرسال|زودنا|أخبرنا|شارك|भेजें|भेजिए|बताएं|बताएँ|बताइए|回复|发给我们|发送给我们|告诉我们|提供|报给我们|告知我们',
  ].join('|'),
  'u',
);

// Not to be shared, in the languages NEGATION in scam-asks.ts lacks, and that one's en, nl, sv, pt and ar words.
const NOT_SHARED = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:not|never|don['’]t|no\s+one|nobody|niet|nooit|niemand|inte|aldrig|ingen|não|nunca|ninguém|не|никогда|никому|jangan|tidak|tak|لا|لن|أبدا)(?![\p{L}])`,
    'कभी|नहीं|\\sन\\s|मत|不要|请勿|切勿|绝不|不会|别|勿',
  ].join('|'),
  'u',
);

// Only the last four digits of the card, which a team may ask to find a payment ("请提供卡号后四位").
const LAST_FOUR =
  /(?<![\p{L}])(?:last\s+(?:four|4)|laatste\s+(?:vier|4)|sista\s+(?:fyra|4)|últimos\s+(?:quatro|4)|последни\p{L}*\s+(?:четыре|4)|(?:empat|4)\s+digit\s+terakhir)(?![\p{L}])|آخر\s+(?:أربعة|4)|अंतिम\s+(?:चार|4)|后四位|后4位/u;

// Where the customer types it or sets it themselves, not asked: a page, the app, the settings ("enter one on the sign-in
// page", "в настройках профиля", "在设置中"); a new or reset password ("Укажите новый пароль", "重置密码", "kata sandi baru");
// a question about it ("what is the error you see when you enter the 2FA code", "tell us whether the backup codes work").
const SET_HERE =
  /(?<![\p{L}])(?:on|in|into|at)\s+(?:the|your|our)\s+(?:[\p{L}-]+\s+)?(?:page|app|application|screen|website|settings|form)(?![\p{L}])|(?:на|в)\s+(?:\p{L}+\s+)?(?:странице|приложении|настройках|профиле|личном\s+кабинете)|di\s+(?:halaman|aplikasi|pengaturan)(?![\p{L}])|在[^，。！？]{0,12}(?:页面|页|应用|设置)/u;
const SET_SECRET =
  /(?<![\p{L}])(?:(?:new|reset|forgot|нов\p{L}*|сброс\p{L}*|сбросить|забыл\p{L}*|(?:meng)?atur\s+ulang|lupa|membuat)\s+(?:(?:your|the|ваш\p{L}*)\s+)?(?:password|парол\p{L}*|kata\s+sandi)|(?:парол\p{L}*|kata\s+sandi)\s+(?:baru|reset))(?![\p{L}])|(?:重置|忘记|找回|新)密码|密码重置|पासवर्ड\s*(?:रीसेट|बदल)|नया\s+पासवर्ड/gu;
const ABOUT_IT =
  /(?<![\p{L}])(?:whether|error|when\s+you\s+(?:enter|type|use|try)|still\s+work|to\s+hand|confirm\s+(?:that\s+)?you\s+(?:have|still|can))(?![\p{L}])/u;

/** The secrets `text` asks the customer for that secret-asks.ts does not read, as 'unknown-contact' flags. */
export function widerSecretAsks(text: string): { kind: 'unknown-contact'; detail: string }[] {
  const flags: { kind: 'unknown-contact'; detail: string }[] = [];
  for (const sentence of splitSentences(text)) {
    const s = lowerSameLength(sentence);
    if (!SECRET.test(s.replace(SET_SECRET, ' ')) || !ASK.test(s) || NOT_SHARED.test(s) || LAST_FOUR.test(s)) continue;
    if (SET_HERE.test(s) || ABOUT_IT.test(s)) continue;
    flags.push({ kind: 'unknown-contact', detail: `asks for a secret no team needs: "${sentence.trim().slice(0, 100)}"` });
  }
  return flags;
}
