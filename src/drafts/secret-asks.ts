// A secret asked for in so many words, with no "send it to us" that scam-asks.ts looks for (round 12): "confirm the
// code we just texted you", "we need the CVV on the back of your card", "indiquez-nous le mot de passe", "read us the
// code your authenticator app shows". No team needs a password, a PIN, a card's security code or a one-time code: a
// draft that asks for one is taking the account over. Where the customer is told to type it (on the login page, in
// the app) or never to share it, nothing is asked. Linear: each pattern is tested once per sentence.
import { CODE, NEGATION_LOWER, TEXTED } from './scam-asks';
import { askedUndenied } from './negated-before';
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

// Secret by its name alone: passwords, PINs, a card's security code, a one-time or verification code.
const SECRET =
  /(?<![\p{L}])(?:passwords?|passcode|passwort|kennwort|wachtwoord|lösenord(?:et)?|mot\s+de\s+passe|contraseña|senha|parola\s+d['’]ordine|كلمة\s+(?:المرور|السر)|pin(?:-?code|-?nummer)?|puk(?:-?code)?|pincode|cvv2?|cvc2?|security\s+code|sicherheitscode|prüfziffer|beveiligingscode|säkerhetskod(?:en)?|code\s+de\s+sécurité|cryptogramme|código\s+de\s+seguridad|código\s+de\s+segurança|codice\s+di\s+sicurezza|one-time\s+(?:pass)?code|otp|einmal(?:code|passwort)|eenmalige\s+code|engångskod(?:en)?|engångslösen(?:ordet)?|code\s+à\s+usage\s+unique|código\s+de\s+un\s+solo\s+uso|código\s+de\s+uso\s+único|codice\s+monouso|رمز\s+التحقق|verification\s+code|bestätigungscode|verificatiecode|verifieringskod(?:en)?|code\s+de\s+vérification|código\s+de\s+verificaci[óo]n|código\s+de\s+verificação|codice\s+di\s+verifica|hasł\p{L}*|kod\p{L}*\s+zabezpieczaj\p{L}*|şifre\p{L}*|parola\p{L}*)(?![\p{L}])|パスワード|暗証番号|セキュリティコード|비밀번호|보안\s*코드/u;
// A card's number or details (round 13: "reply with your full card number and expiry date", "confirm your card details
// by replying"), unless only its last four digits, which a team may ask to find a payment.
const CARD_DATA =
  /(?<![\p{L}])(?:card\s+(?:number|details)|kartennummer|kartendaten|(?:numéro|données)\s+de\s+(?:votre\s+)?carte|(?:número|datos)\s+de\s+(?:su\s+)?tarjeta|(?:numero|dati)\s+della\s+(?:sua\s+)?carta|(?:numer|dan)\p{L}*\s+karty|kart\s+(?:numara|bilgi)\p{L}*|kaartnummer|kortnummer)(?![\p{L}])|カード(?:番号|情報)|카드\s*(?:번호|정보)/u;
const LAST_FOUR =
  /(?<![\p{L}])(?:last\s+(?:four|4)|letzten\s+(?:vier|4)|quatre\s+derniers|últimos\s+(?:cuatro|4)|ultime\s+(?:quattro|4)|ostatnie\s+(?:cztery|4)|son\s+(?:dört|4))(?![\p{L}])|下4桁|마지막\s*4/u;
// The digits on the back of the card: its security code, named or not ("the three digits on the back of your card").
const CARD_BACK =
  /(?<![\p{L}])(?:(?:back|reverse)\s+of\s+(?:your|the)\s+card|rückseite\s+ihrer\s+karte|dos\s+de\s+(?:votre|la)\s+carte|reverso\s+de\s+(?:su|la)\s+tarjeta|retro\s+della\s+(?:sua\s+)?carta|odwro\p{L}*\s+karty|kartınızın\s+arkasındaki)(?![\p{L}])|裏面|뒷면/u;
// Put in the reply itself: whoever reads the answer has it ("type it in your reply", "w odpowiedzi", "ご返信ください",
// "reply to this e-mail with", "respóndanos con": round 17).
const IN_REPLY =
  /(?<![\p{L}])(?:(?:in(?:to)?|at\s+the\s+(?:end|bottom)\s+of)\s+(?:your|the|a)\s+(?:reply|answer|response)|(?:by\s+)?replying|(?:reply|respond)\s+(?:to\s+(?:this|our|the)\s+(?:e-?mail|message)\s+)?with|respónd\p{L}*\s+con|respond[ae]\s+con|in\s+ihre[rn]?\s+antwort|antworten\s+sie\s+(?:uns\s+)?mit|antwoord\s+(?:ons\s+)?met|svara\s+(?:oss\s+)?med|dans\s+votre\s+réponse|en\s+répondant|en\s+su\s+respuesta|respondiendo|na\s+sua\s+resposta|nella\s+(?:tua|sua)\s+risposta|rispondendo|i\s+ditt\s+svar|in\s+uw\s+antwoord|w\s+odpowiedzi|yanıt\p{L}*|cevab\p{L}*)(?![\p{L}])|返信|회신|답장/u;
const IN_REPLY_ALL = new RegExp(IN_REPLY.source, 'gu');
// A warning of what others may ask ("if anyone asks you to type your card code in a reply, ignore it"), and the
// negations of languages without a word for "not" (Turkish "asla", Japanese "決して … ません", Korean "절대 … 않").
const WARNING =
  /(?<![\p{L}])(?:(?:if|when)\s+(?:anyone|someone|somebody)|wenn\s+jemand|si\s+(?:quelqu['’]un|alguien)|se\s+qualcuno|jeśli\s+ktoś|eğer\s+biri|asla|hiçbir)(?![\p{L}])|決して|ません|절대|않/u;
// A code or its digits, a secret only where it comes from a text, an authenticator or a login just now.
const DIGITS = /(?<![\p{L}])(?:digits|ziffern|cijfers|siffror(?:na)?|chiffres|d[íi]gitos|cifre|أرقام)(?![\p{L}])/u;
const FRESH =
  /(?<![\p{L}])(?:authenticator|authentifizierungs\p{L}*|bank-?id|2fa|two-factor|zwei-faktor|just\s+(?:got|received)|acaba\s+de\s+recibir|acabou\s+de\s+receber|eben\s+(?:bekommen|erhalten)|net\s+(?:ontvangen|gekregen)|just\s+fick|vient\s+de\s+recevoir|appena\s+ricevuto|وصلك\s+للتو)(?![\p{L}])/u;
// Asked: confirmed, told, given, read out, "we need it", "what is your …"; not what we do ("we will send a new code",
// "wir schicken Ihnen einen neuen"), nor a question about it ("tell us whether the code arrives"), nor "the system sent the code" (أرسل without "to us").
const ASK = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:we|we['’]ll|wir|nous|wij|vi|noi|nós|nosotros)(?:\s+\p{L}+)?\s+)(?:confirm\p{L}*|bestätig\p{L}*|bevestig\p{L}*|bekräfta\p{L}*|conferm\p{L}*|تأكيد|أكد\p{L}*|tell|give|send|senden|sende|read|share|provide|forward|nenn\p{L}*|mitteil\p{L}*|sag\p{L}*|geb\p{L}*|schick\p{L}*|stuur|geef|vertel|deel|skicka|ge|berätta|uppge|indiqu\p{L}*|donn\p{L}*|communiqu\p{L}*|envoy\p{L}*|d[íi]ganos|ind[íi]que\p{L}*|env[ií]e\p{L}*|diga\p{L}*|inform(?:e(?:-nos)?|ez|ar|arnos|i)|envie\p{L}*|comunic\p{L}*|indic\p{L}*|invia\p{L}*|dica|scriva\p{L}*|أرسل\s+(?:لنا|إلينا)|يرجى\s+إرسال|أخبر\p{L}*|poda(?:ć|nie|nia)|prze(?:słać|ślij)|wyślij|wpis(?:ać|z)|napis(?:ać|z)|potwierd(?:zić|ź)|yazın|gönderin|bildirin|iletin|paylaşın|belirtin|enviarnos|mandarnos|nous\s+(?:envoyer|transmettre)|nos\s+(?:enviar|mandar)|enviar-nos|mandar-nos|wysłać|ons\s+(?:(?!(?:nooit|niet|geen)\s)[\p{L}-]+\s+){0,3}?te\s+(?:sturen|geven|mailen))(?![\p{L}])(?!\s+(?:wir|we|nous|wij|vi|noi)(?![\p{L}]))(?!(?:\s+(?:us|uns|ons|oss|nous|nos|ci))?,?\s+(?:if|whether|when|ob|wann|of|om|si|se|quand|cuando|quando)(?![\p{L}]))` +
    String.raw`|(?<![\p{L}])(?:need|needs|brauchen|benötigen|nodig|behöver|besoin|necesitamos|precisamos|serve|نحتاج|what['’]?s\s+your|what\s+is\s+your)(?![\p{L}])`,
  'u',
);
// Where the customer types it themselves: "on the login page", "in the app", "auf der Seite", "dans l'application".
const PLACE =
  /(?<![\p{L}])(?:on|in|into|at|auf|im|op|på|i|sur|dans|en|na|no|nella|sulla|في)\s+(?:(?:the|your|our|der|die|dem|de|het|la|le|l['’]|el|a|o|su|sua|votre|ihrer|uw|din|er)\s+)?(?:[\p{L}-]+\s+)?\p{L}{0,20}?(?:page|app|application|screen|website|form|browser|seite|formular|bildschirm|pagina|sida|sidan|appen|formulär|écran|formulaire|página|pantalla|formulario|aplicación|aplicação|ecrã|tela|schermo|modulo|applicazione)(?![\p{L}])|(?:في\s+)?(?:الصفحة|التطبيق|الشاشة)/u;

const ASK_ALL = new RegExp(ASK.source, 'gu');

// Asked in Japanese and Korean, which have no word boundaries: "お知らせください", "教えてください", "알려 주세요".
const ASKED_CJK = /お知らせ|教えて|ご記入|送って|알려|보내\s*주|입력해/u;

// A new password is one the customer sets ("geben Sie zweimal Ihr neues Passwort ein"), not one asked for.
const NEW_SECRET =
  /(?<![\p{L}])(?:new|neue[sn]?|nieuwe?|nya|nytt|nouveau|nouvelle|nueva|nuevo|nova|novo|nuova|nuovo)\s+(?:passwor[dt]|kennwort|wachtwoord|lösenord|mot\s+de\s+passe|contraseña|senha|pin)(?![\p{L}])/gu;

/** The secrets `text` asks the customer for, as 'unknown-contact' flags (the secret goes to whoever reads the answer). */
export function secretAsks(text: string): { kind: 'unknown-contact'; detail: string }[] {
  const flags: { kind: 'unknown-contact'; detail: string }[] = [];
  const sentences = splitSentences(text);
  // Read lower-cased (the patterns have no 'i' flag, see lower-case.ts); quoted as written.
  const lower = sentences.map(lowerSameLength);
  for (const [i, sentence] of sentences.entries()) {
    const s = lower[i]!;
    if (WARNING.test(s)) continue;
    // A negation exempts the ask it governs (negated-before.ts: "schicken Sie uns den Code nicht"), not one in another
    // clause ("senden Sie uns Ihr Passwort, nicht vergessen"); CJK asks keep the sentence's negation (no clauses read).
    const negated = NEGATION_LOWER.test(s);
    const asked = negated ? askedUndenied(s, ASK_ALL) : ASK.test(s) || ASKED_CJK.test(s);
    // A secret by name, or the card's data; "in your reply" asks for these (round 13), not for any code we sent.
    const named =
      SECRET.test(s.replace(NEW_SECRET, '')) ||
      (CARD_DATA.test(s) && !LAST_FOUR.test(s)) ||
      (CARD_BACK.test(s) && (CODE.test(s) || DIGITS.test(s)));
    if (!asked && !(named && (negated ? askedUndenied(s, IN_REPLY_ALL) : IN_REPLY.test(s)))) continue;
    // "What is your password? We need it": the ask may be the next sentence's.
    const secret = named || ((CODE.test(s) || DIGITS.test(s)) && (TEXTED.test(s) || FRESH.test(s)));
    const fromBefore = i > 0 && /(?<![\p{L}])(?:it|them)(?![\p{L}])/u.test(s) && SECRET.test(lower[i - 1]!);
    // "auf der Rückseite Ihrer Karte" names no page to type it on.
    if ((secret || fromBefore) && !PLACE.test(s.replace(CARD_BACK, ' ')))
      flags.push({ kind: 'unknown-contact', detail: `asks for a secret no team needs: "${sentence.trim().slice(0, 100)}"` });
  }
  return flags;
}
