// A password the draft sets (round 15): "your new password is Spring2024!", "Ihr neues Passwort lautet …", "新しいパスワー
// ドは「…」です", "새 비밀번호는 … 입니다". No agent sets one: the customer chooses it on the reset page, and a password
// written in a reply is known to whoever wrote it (the hijacker logs in with it). "Your new password must have 12
// characters" sets none: the token after the password's name must hold a letter and a digit. Read lower-cased, without
// the 'i' flag (lower-case.ts); bounded runs only.
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

const SET_TO =
  /(?:password|passwort|kennwort|mot\s+de\s+passe|contraseña|clave|hasło|şifre\p{L}*|parola|senha|wachtwoord|lösenord|пароль|密码|パスワード|비밀번호|암호)[^.!?\n]{0,20}?(?:\s(?:is|lautet|ist|est|es|è|to|olarak|é|är)(?=[\s:]|$)|[:=：]|は|는|은)[\s:：]*[「"'“”‘]?([\p{L}\p{N}!#$%&*@._+-]{6,40})/gu;
const PASSWORD_LIKE = (token: string) => /\p{L}/u.test(token) && /\p{N}/u.test(token);

/** A password `text` gives the customer, as a flag. */
export function setPasswords(text: string): { kind: 'unknown-contact'; detail: string }[] {
  for (const sentence of splitSentences(text)) {
    for (const m of lowerSameLength(sentence).matchAll(SET_TO)) {
      if (!PASSWORD_LIKE(m[1]!)) continue;
      return [
        {
          kind: 'unknown-contact',
          detail: `gives the customer a password, which no agent sets and whoever wrote it knows: "${sentence.trim().slice(0, 100)}"`,
        },
      ];
    }
  }
  return [];
}
