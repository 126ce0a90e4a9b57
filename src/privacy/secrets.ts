// Credentials a customer pastes into a ticket: "my password is Hunter2!", an API key, a reset link's
// token, a card's CVV or a one-time code. None of it is ever needed in a reply, so it is replaced and
// never put back into a draft (vault.ts: SECRET is not restored). Three detectors, each narrow enough
// not to take ordinary words: a labelled value that looks like a credential, key formats with a fixed
// prefix, and the values of credential parameters in URLs. Label words are modelled on the nine
// languages' usual wording; the key prefixes are the vendors' documented formats.
import type { Span } from './patterns';

const PASSWORD_WORDS = [
  'password',
  'passcode',
  'passwort',
  'kennwort',
  'wachtwoord',
  'lösenord',
  'losenord',
  'mot de passe',
  'contraseña',
  'contrasena',
  'senha',
  'palavra-passe',
  'parola d’accesso',
  "parola d'accesso",
  'كلمة المرور',
  'كلمة السر',
  'pwd',
  'pw',
];
const CODE_WORDS = [
  'pin',
  'pin code',
  'pin-code',
  'pin number',
  'pincode',
  'tan',
  'cvv',
  'cvc',
  'cvv2',
  'security code',
  // A card's security code under its local names: "Kartenprüfnummer: 737", "CVV-Code 737", "cryptogramme 123".
  'cvv-code',
  'cvc-code',
  'cvv code',
  'cvc code',
  'prüfnummer',
  'kartenprüfnummer',
  'código de seguridad',
  'código de segurança',
  'cryptogramme',
  'codice di sicurezza',
  // Without accents, as typed on a keyboard without them, and the Arabic "security code".
  'kartenprufnummer',
  'prufnummer',
  'codigo de seguridad',
  'codigo de seguranca',
  'code de sécurité',
  'code de securite',
  'cryptogramme visuel',
  'رمز الأمان',
  'رمز الامان',
  'verification code',
  'one-time code',
  'one time code',
  'otp',
  '2fa code',
  'bestätigungscode',
  'sicherheitscode',
  'verificatiecode',
  'beveiligingscode',
  'engångskod',
  'säkerhetskod',
  'verifieringskod',
  'code de vérification',
  'código de verificación',
  'código de verificação',
  'codice di verifica',
  'رمز التحقق',
  'الرمز السري',
];

const alternatives = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

// "password: x", "password = x", "password is x", "Passwort ist x", "lösenord är x", "senha é x", "… هي x".
// No two whitespace runs meet (a label followed by 200 K spaces must stay linear).
const CONNECTOR = String.raw`\s*(?:[:=]|(?<=\s)(?:is|was|ist|war|lautet|är|var|est|es|era|è|é|هي|هو)(?![\p{L}])(?:\s*[:=])?)\s*["'“‘«]?`;
const PASSWORD = new RegExp(
  String.raw`(?<![\p{L}])(?:my\s+|mein\s+|mijn\s+|mitt\s+|mon\s+|mi\s+|la\s+mia\s+|minha\s+|new\s+|neues?\s+|old\s+)?(?:${alternatives(PASSWORD_WORDS)})(?![\p{L}])${CONNECTOR}([^\s"'”’»]{3,64})`,
  'giu',
);
// The label may go on with the word for number ("CVV Nummer 737", "CVC-Nummer: 737"), or with up to three
// words before a colon ("Sicherheitscode der Karte: 737").
const LABEL_NOUN = String.raw`(?:[ \t-]+(?:nummer|number|numéro|número|numero|nr\.?|code|kod|código|codice)(?![\p{L}]))?`;
const LABEL_WORDS_COLON = String.raw`(?:[ \t]+[\p{L}’'-]+){1,3}[ \t]*[:=]\s*`;
const CODE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternatives(CODE_WORDS)})(?![\p{L}])${LABEL_NOUN}(?:${LABEL_WORDS_COLON}|\s*(?:(?:[:=#]|(?:is|ist|är|est|es|è|é)(?![\p{L}]))\s*)?)(\d(?:[ -]?\d){2,7})(?![\d./-])`,
  'giu',
);

// After a label, a word follows as often as a password does ("my password is not working", "Passwort:
// vergessen"): a value is taken only when it looks made up (a digit, a symbol inside it, or a capital
// after its first letter), or after a colon when it is not one of the words people write there instead.
// A closing "!" or "?" and a hyphen between letters ("case-sensitive") make nothing made up.
const LOOKS_MADE_UP = /[\p{N}\p{P}\p{S}]|.\p{Lu}/u;
const madeUp = (value: string) => LOOKS_MADE_UP.test(value.replace(/[!?]+$/u, '').replace(/(?<=\p{L})-(?=\p{L})/gu, ''));
// "OTP 2024-05-03 was the day it broke": a date, not a code.
const DATE_SHAPED = /^\d{4}-\d{2}-\d{2}$|^\d{2}-\d{2}-\d{2,4}$/;
const AFTER_COLON = /[:=]\s*["'“‘«]?$/u;
const NOT_A_PASSWORD = new Set(
  (
    'forgotten forgot lost wrong incorrect invalid expired reset changed required missing needed not none unknown see below above ' +
    'vergessen verloren falsch ungültig abgelaufen geändert fehlt nicht siehe unten vergeten fout ongeldig verlopen gewijzigd niet zie ' +
    'glömt glömd fel ogiltigt utgånget ändrat inte se oublié perdu incorrect invalide expiré changé voir olvidada olvidé incorrecta ' +
    'inválida caducada cambiada ver esquecida errada inválida expirada alterada dimenticata sbagliata scaduta cambiata vedi'
  ).split(' '),
);
const plausiblePassword = (value: string, connector: string) =>
  madeUp(value) || (AFTER_COLON.test(connector) && !NOT_A_PASSWORD.has(value.toLowerCase().replace(/[!?.,]+$/u, '')));

// Vendors' key formats (OpenAI, Stripe, GitHub, AWS, Slack, Google) and JSON Web Tokens.
const KEY =
  /(?<![\p{L}\p{N}_-])(?:sk-(?:proj-)?[A-Za-z0-9_-]{20,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})/gu;

// The value of a credential parameter in a URL (a password-reset or magic-login link): the link stays.
const URL_PARAM =
  /[?&#](?:token|access_token|id_token|refresh_token|auth|authtoken|code|key|api_key|apikey|sig|signature|session|sessionid|sid|reset|reset_token|password|pwd|otp|secret)=([^&\s#"'<>]{6,})/giu;

function captured(text: string, pattern: RegExp, accept: (value: string, match: RegExpMatchArray) => boolean = () => true): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    // A sentence's full stop or comma is not part of the value; "!" and "?" may be (kept: one more character hidden).
    const value = m[1]!.replace(/[.,;)]+$/u, '');
    if (!value || !accept(value, m)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + value.length, type: 'SECRET' });
  }
  return found;
}

export function findSecrets(text: string): Span[] {
  return [
    ...captured(text, PASSWORD, (value, m) => plausiblePassword(value, m[0].slice(0, m[0].length - m[1]!.length))),
    ...captured(text, CODE, (value) => !DATE_SHAPED.test(value)),
    ...[...text.matchAll(KEY)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'SECRET' as const })),
    ...captured(text, URL_PARAM),
  ];
}
