// A password the draft sets (round 15): "your new password is Spring2024!", "Ihr neues Passwort lautet …", "新しいパスワー
// ドは「…」です", "새 비밀번호는 … 입니다". No agent sets one: the customer chooses it on the reset page, and a password
// written in a reply is known to whoever wrote it (the hijacker logs in with it). "Your new password must have 12
// characters" sets none: the token after the password's name must hold a letter and a digit. Read lower-cased, without
// the 'i' flag (lower-case.ts); bounded runs only.
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

const NAME = String.raw`(?:password|passwort|kennwort|mot\s+de\s+passe|contraseña|clave|hasło|şifre\p{L}*|parola|senha|wachtwoord|lösenord|пароль|密码|パスワード|비밀번호|암호)`;
// The password itself: Latin (or Cyrillic, Greek) letters, digits and symbols; not "8文字以上で" (review of chk15: a
// Japanese length rule read as a password).
const TOKEN = String.raw`([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}!#$%&*@._+-]{6,40})`;
const SET_TO = new RegExp(
  String.raw`${NAME}[^.!?\n]{0,40}?(?:\s(?:is|lautet|ist|est|es|è|to|olarak|é|är)(?=[\s:]|$)|[:=：]|\s[—–]|->|は|는|은)[\s:：]*[「"'“”‘]?${TOKEN}`,
  'gu',
);
// Set in other words (review of chk15), the password named in the sentence or the one before: "I've set it to
// Summer2024!", "auf Sommer2024! zurückgesetzt", "Yaz2024! olarak güncelledik", "「Natsu2024」に変更しました".
const SET_IN_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:set|reset|changed?|updated?)\s+(?:it\s+|this\s+|that\s+)?to\s+[「"'“”‘]?${TOKEN}|(?<![\p{L}])auf\s+[「"'“”‘]?${TOKEN}[」"'“”’]?\s+(?:zurückgesetzt|gesetzt|geändert)|${TOKEN}[」"'“”’]?\s+olarak\s+(?:güncelle|değiştir|ayarla|belirle|sıfırla)|[「"'“”‘]${TOKEN}[」"'“”’]\s*に(?:変更|設定|リセット)`,
  'gu',
);
const NAMED = new RegExp(NAME, 'u');
// A letter and a digit, and not a count with its unit ("12char", "8chars").
const PASSWORD_LIKE = (token: string) => /\p{L}/u.test(token) && /\p{N}/u.test(token) && !/^\p{N}{1,2}\p{L}+$/u.test(token);

/** A password `text` gives the customer, as a flag. */
export function setPasswords(text: string): { kind: 'unknown-contact'; detail: string }[] {
  const sentences = splitSentences(text).map(lowerSameLength);
  for (const [i, s] of sentences.entries()) {
    const named = NAMED.test(s) || (i > 0 && NAMED.test(sentences[i - 1]!));
    // With the next sentence: a "!" in the password ends a sentence ("auf Sommer2024! zurückgesetzt").
    const joined = `${s} ${sentences[i + 1] ?? ''}`;
    const matches = [...s.matchAll(SET_TO), ...(named ? joined.matchAll(SET_IN_WORDS) : [])];
    const token = matches.map((m) => m.slice(1).find((t) => t !== undefined)!).find(PASSWORD_LIKE);
    if (token === undefined) continue;
    return [
      {
        kind: 'unknown-contact',
        detail: `gives the customer a password, which no agent sets and whoever wrote it knows: "${splitSentences(text)[i]!.trim().slice(0, 100)}"`,
      },
    ];
  }
  return [];
}
