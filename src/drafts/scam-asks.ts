// What a hijacked draft asks of the customer without naming any contact (red team 10), which the link, number and
// placeholder checks cannot see: a one-time code from an SMS sent back to "us" (account takeover), a remote-access
// tool installed (AnyDesk, TeamViewer), another thread to answer instead of this one (where the hijacker waits), and
// "the number in your message above", the contact the hijacker planted in the ticket pointed at in words. A sentence
// that says it is not so ("we never ask for the code") asks nothing. Linear: each pattern is tested once per
// sentence, with bounded runs only.
import { lowerSameLength } from './lower-case';
import { askedUndenied } from './negated-before';
import { NEGATION_LOWER } from './negations';
import { splitSentences } from './split-sentences';

export interface ScamAsk {
  kind: 'unknown-contact' | 'unknown-link';
  detail: string;
}

// The negations live in negations.ts, which negated-before.ts reads too (imported here, no cycle).
export { NEGATION, NEGATION_LOWER } from './negations';

// A one-time code: "the code", "SMS-Code", "koden", "el código", "il codice", "الرمز"; from an SMS or a login.
export const CODE =
  /(?<![\p{L}])(?:(?:sms|bestätigungs|verifizierungs|sicherheits|login|verificatie|verifierings)-?codes?|codes?|coden?|kod(?:en)?|c[óo]digos?|codice|codici|pin|otp|tan|kodu|kodunu|kodlar\p{L}*|الرمز|رمز|الكود|كود)(?![\p{L}])/u;
export const TEXTED =
  /(?<![\p{L}])(?:sms|text\s+message|texted|one-time|verification|(?:we|wir|nous|hemos|we['’]ve)\s+(?:\p{L}+\s+){0,3}?(?:sent|mailed|geschickt|gesendet|zugeschickt|envoyé|enviado)|enviamos|enviámos|enviado|inviato|skickade|skickat|gestuurd|أرسلنا|bestätigungs\p{L}*|verificatie\p{L}*|verifierings\p{L}*|vérification|verificaci[óo]n|verifica(?:ção)?|mensaje\s+de\s+texto|رسالة\s+نصية)(?![\p{L}])|sms-/u;
// Sent, told or forwarded: "forward us", "teilen Sie uns … mit", "leiten … weiter", "geef ons", "envíenos", "inviaci".
const SHARE =
  /(?<![\p{L}])(?:send|forward(?:ed)?|give|tell|read|shared?|text|e-?mail(?:ed)?|schick\p{L}*|zugeschickt|reenvi\p{L}*|send\p{L}*|nenn\p{L}*|mitteil\p{L}*|teil\p{L}*|geb\p{L}*|gib|leit\p{L}*|stuur|geef|deel|skicka|ge|berätta|läs|envoy\p{L}*|donn\p{L}*|communiqu\p{L}*|transf[eé]r\p{L}*|env[ií]\p{L}*|d[ée]nos|d[íi]ganos|dig[ao]|partilh\p{L}*|encaminh\p{L}*|invia\p{L}*|inoltr\p{L}*|dicci|comunica\p{L}*|أرسل\p{L}*|ارسل\p{L}*|شارك\p{L}*|أخبر\p{L}*|gönder\p{L}*|ilet\p{L}*)(?![\p{L}])/u;
// Not "nous" as the subject ("le code que nous vous avons envoyé", the code we sent you), nor "us" before a question
// ("tell us whether the SMS code arrives", "sagen Sie uns, ob"): neither has the code sent to us.
const TO_US =
  /(?<![\p{L}])(?:us|uns|ons|oss|nous(?!\s+(?:vous|te|t['’]))|nos|noi|ci|لنا|إلينا|الينا|a\s+nosotros|a\s+nós|envíenos|díganos|dénos|inviaci|dicci|mandaci|comunicaci|inoltraci|bize|enviarnos|mandarnos|enviar-nos|mandar-nos)(?![\p{L}])(?!,?\s+(?:if|whether|when|ob|wann|of|om|si|se|quand|cuando|quando)(?![\p{L}]))/u;
// The code in one sentence, "send it to us" in the next ("You got a text with a code. Please send it to us.").
const IT_TO_US =
  /(?<![\p{L}])(?:send|forward|give|read|text|e-?mail|share|tell)\s+(?:it|them)\s+(?:back\s+)?to\s+us(?![\p{L}])|(?<![\p{L}])(?:send|forward|give|read|text|e-?mail|tell)\s+us\s+(?:it|them)(?![\p{L}])|(?<![\p{L}])(?:(?:schicken|senden|geben|nennen)\s+sie\s+(?:ihn|es|sie|diesen)\s+uns|stuur\s+(?:hem|het|die|deze)\s+(?:naar\s+)?ons|skicka\s+(?:den|det|koden)\s+till\s+oss|(?:r?envoyez|transmettez)-(?:le|la|les)-nous|(?:re)?envíenos(?:lo|la)|envie-nos\s+(?:esse|este|o)\s+código|inviacel[oa]|mandacel[oa])(?![\p{L}])/u;

// "Reply with the code": the answer itself is the sending ("antworten Sie mit dem Code", "responda com o código").
// With the code itself or its digits, not "reply with your order number" (review of round 11), nor the team's own
// "we reply with the tracking code"; or the code put "in your reply".
const REPLY_WITH =
  /(?<![\p{L}])(?<!(?:we|wir|nous|wij|vi|noi|nós|nosotros)\s+)(?:reply|respond|answer|antworten\s+sie|antworte|répondez|réponds|responda|responde|conteste|rispondi|risponda|svara|antwoord|beantwoord|رد|ردّ)\s+(?:\p{L}+\s+){0,3}?(?:with|mit|avec|com|con|med|met|ب)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:(?:sms-?|login|verification|bestätigungs|sicherheits)?codes?|code[ns]?|koden?|c[óo]digos?|codice|pin|otp|tan|it|digits|ziffern|chiffres|d[íi]gitos|cifre|siffror(?:na)?|cijfers|الرمز|الكود)(?![\p{L}])|(?<![\p{L}])(?:in(?:to)?\s+(?:your|the)\s+reply|in\s+ihrer\s+antwort|dans\s+votre\s+réponse|en\s+su\s+respuesta|na\s+sua\s+resposta|nella\s+(?:tua|sua)\s+risposta|i\s+ditt\s+svar|in\s+uw\s+antwoord)(?![\p{L}])/u;

const SHARE_ALL = new RegExp(SHARE.source, 'gu');
const REPLY_WITH_ALL = new RegExp(REPLY_WITH.source, 'gu');

// Removing the tool is the advice against the scam ("please uninstall AnyDesk", "deinstallieren Sie AnyDesk").
const REMOVE =
  /(?<![\p{L}])(?:uninstall\p{L}*|remove|delete|deinstall\p{L}*|entfern\p{L}*|lösch\p{L}*|verwijder\p{L}*|avinstaller\p{L}*|ta\s+bort|désinstall\p{L}*|supprim\p{L}*|desinstal\p{L}*|elimin\p{L}*|borr[ae]\p{L}*|disinstall\p{L}*|rimuov\p{L}*|احذف|أزل)(?![\p{L}])/u;
const REMOTE_TOOL =
  /(?<![\p{L}])(?:any\s?desk|team\s?viewer|chrome\s+remote\s+desktop|zoho\s+assist|bomgar|hop\s?to\s?desk|dwservice|iperius\s+remote|rust\s?desk|ultra\s?viewer|supremo|quick\s?assist|logmein|splashtop|ammyy|screenconnect|aeroadmin|getscreen|todesk|sunlogin|awesun|oray)(?![\p{L}])|向日葵|远程控制|远程协助|远程桌面|удал[её]нн\p{L}*\s+(?:доступ|управлени|помощ)\p{L}*|(?<![\p{L}])(?:screen-?sharing|remote[- ](?:access|control|desktop|support)\s+(?:app|software|tool|program))(?![\p{L}])/u;

// "reply in the other thread", "answer the separate email", "stop replying here", "antworten Sie im anderen Ticket".
const OTHER_THREAD =
  /(?<![\p{L}])(?:(?:reply|replying|respond|answer|continue|write|move|switch|antwort\p{L}*|beantwort\p{L}*|schreib\p{L}*|antwoord|svara|répond\p{L}*|continu\p{L}*|respond\p{L}*|contest\p{L}*|rispond\p{L}*|scriv\p{L}*)(?![\p{L}])[^.!?\n]{0,30}?(?<![\p{L}])(?:other|separate|different|second|anderen?|andere[mn]?|andra|autre|otr[oa]|outr[oa]|altr[oa])\s+(?:[\p{L}-]+\s+)?(?:thread|conversation|ticket|e-?mail|mail|message|chat|verlauf|nachricht|gesprek|bericht|tråd\p{L}*|konversation\p{L}*|ärende\p{L}*|mejl\p{L}*|fil|hilo|conversación|correo|mensaje|conversa|mensagem|conversazione|messaggio)|stop\s+replying\s+(?:here|to\s+this)|(?:الرد|رد|ردّ|تابع|المتابعة|اكتب|راسل)\s[^.!?\n؟]{0,30}?(?:المحادثة|الرسالة|التذكرة|البريد|السلسلة)\s+(?:الأخرى|الثانية|المنفصلة))(?![\p{L}])/u;

// The contact the customer wrote, pointed at in words: "the number in your message above", "le numéro indiqué …
// dans votre message", "el número que aparece en su mensaje", "den Link aus Ihrer Nachricht".
const CONTACT_NOUN =
  /(?<![\p{L}])(?:(number|address|e-?mail|nummer|adresse|numéro|número|dirección|adres|adress|numero|indirizzo|endereço|الرقم|العنوان)|(link|page|url|site|website|seite|lien|enlace|página|pagina|länk|länken|sida|الرابط))(?![\p{L}])/u;
const IN_THEIR_MESSAGE =
  /(?<![\p{L}])(?:(?:in|from)\s+your\s+(?:own\s+)?(?:message|mail|e-?mail|ticket|request)|(?:in|aus)\s+ihrer\s+(?:nachricht|e-?mail|anfrage)|dans\s+votre\s+(?:message|e-?mail|demande)|en\s+su\s+(?:mensaje|correo)|in\s+uw\s+(?:bericht|mail)|i\s+ditt\s+(?:meddelande|mejl)|na\s+sua\s+mensagem|nel\s+(?:tuo|suo)\s+messaggio|في\s+رسالتك)(?![\p{L}])/u;
// The customer told to use it: "call it", "use", "reachable on", "appelez", "llame", "nutzen Sie", "bel", "ligue".
const USE =
  /(?<![\p{L}])(?:call|ring|phone|contact|write|use|open|click|visit|pay|reach|reached|reachable|rufen|anrufen|nutzen|verwenden|öffnen|klicken|zahlen|erreichbar|appelez|appelle|utilisez|ouvrez|cliquez|payez|contactez|écrivez|joignable|llame|llámenos|utilice|use|abra|visite|pague|contacte|escriba|bel|gebruik|klik|betaal|bereikbaar|använd|öppna|klicka|betala|ring|ligue|utilize|clique|chiama|usa|apri|clicca|paga|contatta|scrivi|اتصل|استخدم|افتح|ادفع|تواصل)(?![\p{L}])/u;
// Unless we are the ones calling back: "we will call you on the number in your message", "le llamaremos".
const WE_CALL =
  /(?<![\p{L}])(?:we|we['’]ll|i|i['’]ll|wir|wij|vi|nous|nosotros|noi|nós)(?![\p{L}'’])|(?<![\p{L}])(?:call\s+you|back|zurück\p{L}*|terug\p{L}*|tillbaka|rappel\p{L}*|richiam\p{L}*|llamaremos|ligaremos|سنتصل)(?![\p{L}])/u;

// Duplicates merged by the team ("we merged your two requests; please reply in the other ticket (#4512)").
const MERGED_WORD =
  '(?:merged?|merging|combined|zusammengeführt|zusammengelegt|samengevoegd|sammanfogat|sammanslag\\p{L}*|fusionn\\p{L}*|fusionad\\p{L}*|combinad\\p{L}*|unificad\\p{L}*|unit[ie]|accorpat\\p{L}*|دمج\\p{L}*)';
// The merge is of tickets or requests ("we merged your two requests", "your tickets were merged"), not "we
// combined your orders; please answer only in the other thread", which merges nothing the agent can check.
const TICKET_WORD =
  '(?:tickets?|requests?|anfragen?|aanvra\\p{L}*|ärend\\p{L}*|demandes?|solicitud\\p{L}*|richiest\\p{L}*|chamados?|التذاكر|طلبات\\p{L}*)';
const MERGED = new RegExp(
  `(?<![\\p{L}])${MERGED_WORD}(?![\\p{L}])[^.!?\\n]{0,30}?(?<![\\p{L}])${TICKET_WORD}(?![\\p{L}])|(?<![\\p{L}])${TICKET_WORD}(?![\\p{L}])[^.!?\\n]{0,20}?(?<![\\p{L}])${MERGED_WORD}(?![\\p{L}])`,
  'u',
);

// A merge vouches only for the helpdesk's own ticket ("reply in the other ticket (#4512)"), the one thing the agent
// can check; not for an e-mail, chat or thread from some team, nor for one where the customer is to give card, bank
// or login details or pay (red team 11: "we merged your requests; answer only in the other e-mail from billing").
const HELPDESK_TICKET = /(?<![\p{L}])(?:tickets?|ärende\p{L}*|chamados?|التذكرة)(?![\p{L}])|#\d{2,}/u;
const SENSITIVE =
  /(?<![\p{L}])(?:\p{L}{0,12}(?:card|karte|kort|kaart)\p{L}{0,8}|cartes?|tarjetas?|cart[ãa]o|carta|بطاق\p{L}*|bank\p{L}*|iban|password|passwor[dt]|mot\s+de\s+passe|contraseña|wachtwoord|lösenord|senha|codes?|c[óo]digos?|codice|kod(?:en)?|pin|pay\p{L}*|\p{L}{0,12}zahl\p{L}{0,6}|pag\p{L}*|pai\p{L}*|betal\p{L}*|details|\p{L}{0,12}daten|données|datos|dados|dati|gegevens|uppgifter|بيانات)(?![\p{L}])/u;
const mergedTicket = (sentence: string, next = '') =>
  MERGED.test(sentence) && HELPDESK_TICKET.test(sentence) && !SENSITIVE.test(sentence) && !SENSITIVE.test(next);

// A session or address the draft brings in for the team's own remote tool ("join session 1 555 203 998"): six digits or
// more, in groups, that the snippets and facts do not give.
// Grouped with spaces, dots or dashes of any kind ("753 – 221 – 908", review of round 11).
const SESSION_ID = /(?<!\d)\d(?:[ .\-‐-―]{0,3}\d){5,11}(?!\d)/gu;

/** `s` is `sentence` lower-cased (lower-case.ts); the noun is quoted as written. */
function pointsAtTheirContact(sentence: string, s: string): ScamAsk | null {
  const where = IN_THEIR_MESSAGE.exec(s);
  if (!where || !USE.test(s) || WE_CALL.test(s)) return null;
  // The noun before the reference, within a few words: "the number in your message", "le numéro indiqué plus haut dans".
  const from = Math.max(0, where.index - 60);
  const noun = CONTACT_NOUN.exec(s.slice(from, where.index));
  if (!noun) return null;
  return {
    kind: noun[2] ? 'unknown-link' : 'unknown-contact',
    detail: `sends the customer to the ${sentence.slice(from + noun.index, from + noun.index + noun[0].length)} in their own message, which no one on the team gave: "${sentence.trim().slice(0, 100)}"`,
  };
}

/**
 * The code, remote-access, other-thread and "the contact in your message" asks in `text`, as flags. A remote-access
 * tool named in `vouched` (the snippets and company facts: the team's own configured tool) is not flagged.
 */
export function scamAsks(text: string, vouched = ''): ScamAsk[] {
  const flags: ScamAsk[] = [];
  const sentences = splitSentences(text);
  // Read lower-cased (the patterns have no 'i' flag, see lower-case.ts); quoted as written.
  const lower = sentences.map(lowerSameLength);
  const vouchedLower = lowerSameLength(vouched).replace(/\s/g, '');
  const vouchedDigits = vouched.replace(/\D/g, '');
  const vouchedTool = (s: string) => {
    const tool = REMOTE_TOOL.exec(s);
    return (
      tool !== null &&
      vouchedLower.includes(tool[0].replace(/\s/g, '')) &&
      [...s.matchAll(SESSION_ID)].every((m) => vouchedDigits.includes(m[0].replace(/\D/g, '')))
    );
  };
  for (const [i, sentence] of sentences.entries()) {
    const s = lower[i]!;
    const quoted = `"${sentence.trim().slice(0, 100)}"`;
    const negated = NEGATION_LOWER.test(s);
    const next = lower[i + 1];
    // A negation exempts the sending it governs (negated-before.ts: "schicken Sie uns den SMS-Code nicht"), not one in
    // another clause ("senden Sie uns den SMS-Code, nicht vergessen").
    const sent = (ask: RegExp) => (negated ? askedUndenied(s, ask) : ask.test(s));
    if (
      TEXTED.test(s) &&
      // REPLY_WITH names the code or its digits itself ("reply with the six digits we texted you").
      (sent(negated ? REPLY_WITH_ALL : REPLY_WITH) ||
        (CODE.test(s) &&
          ((sent(negated ? SHARE_ALL : SHARE) && TO_US.test(s)) ||
            (!negated && next !== undefined && !NEGATION_LOWER.test(next) && IT_TO_US.test(next)))))
    )
      flags.push({ kind: 'unknown-contact', detail: `asks for a one-time code, the way accounts are taken over: ${quoted}` });
    if (!negated && REMOTE_TOOL.test(s) && !REMOVE.test(s) && !vouchedTool(s))
      flags.push({
        kind: 'unknown-contact',
        detail: `has the customer use a remote-access tool, which hands over their computer: ${quoted}`,
      });
    if (OTHER_THREAD.test(s) && !mergedTicket(s, next))
      flags.push({ kind: 'unknown-contact', detail: `sends the customer to another conversation than this one: ${quoted}` });
    const pointed = pointsAtTheirContact(sentence, s);
    if (pointed) flags.push(pointed);
  }
  return flags;
}
