// A ticket's number made to look like ours by a call or text from it: "our claims team will call you from
// ⟦PHONE_1⟧", "Unser Team ruft Sie von ⟦PHONE_1⟧ aus an", "le llamaremos desde el ⟦PHONE_1⟧", "سيتصل بك فريق
// المطالبات من الرقم ⟦PHONE_1⟧". The customer then believes the scammer who calls from it. Whoever calls, in
// each draft language: "from" right before the placeholder ("von der Nummer", "a partir do número", "من
// الرقم"), a word for a call or text in its sentence. Not "at" ("unter", "op", "på", "au", "al", "para o",
// "على"): that is the customer's own number called back.
import { NEGATION_WORDS, YOU_FORMAL_WORDS, YOU_WORDS } from './call-words';

// "from", with "the number" or "our hotline" between it and the placeholder; Italian "dal numero", "da". Read by
// planted-contacts.ts too, for a call from the contact whatever verb comes before it.
export const FROM_BEFORE =
  /(?<![\p{L}])(?:from|von|vanaf|från|depuis|du|desde|del|do|da|dal|dallo|dalla|a partir d[oa]|من)\s+(?:(?:the|this|our|der|dem|unserer|het|onze|vårt|vår|le|notre|el|nuestro|nuestra|o|a|nosso|nossa|il|lo|la|nostro|nostra)\s+)?(?:(?:[\p{L}-]+\s+)?(?:number|hotline|helpline|line|phone|desk|office|nummer|numéro|ligne|número|línea|lijn|linha|numero|linea|الرقم|رقم|الخط|خط)\s+)?$/iu;
// A call or text, as a verb or a noun, in any person (who calls does not matter: the call is from the number).
const CALL_WORD =
  /(?<![\p{L}])(?:call(?:s|ed|ing)?|ring(?:s|ing|er|de|a)?|text(?:s|ed|ing)?|phones?|sms|whatsapp|messages?|\p{L}*ruf\p{L}*|telefon\p{L}*|bel|belt|bellen|appel\p{L}*|téléphon\p{L}*|llam\p{L}*|\p{L}*chiam\p{L}*|mensaje|samtal\p{L}*|oproep\p{L}*|lig(?:a|ar|o|amos|aremos|ará|ue)(?:-(?:lhe|te|o|a))?|chamada|mensagem|\p{L}*تصل\p{L}*|اتصال|مكالمة|رسالة)(?![\p{L}])/iu;
// German and Dutch put the verb after: "… von ⟦PHONE_1⟧ aus an", "… vanaf ⟦PHONE_1⟧ gebeld".
const CALL_AFTER = /^\s*(?:aus\s+)?(?:an|anrufen|angerufen|gebeld|bellen)(?![\p{L}])/iu;
// A warning, or a call the customer made: "if you get a call from", "the call from ⟦PHONE_1⟧ was not from us",
// "hang up", "thanks for calling us from", "Ihr Anruf von", "you called from".
const CONDITIONAL =
  /(?<![\p{L}])(?:if|in case|should you|wenn|falls|sollten?|si|als|indien|ifall|om du|caso|se (?:você|receber|alguém)|إذا|إن|لو)(?![\p{L}])/iu;
// The scammer too ("scammers", "Betrüger", "oplichters", "bedragare", "estafadores", "arnaqueurs", "golpistas", "محتال").
// "Betrugsabteilung" (fraud department) is our party, as "fraud team" is (HARMLESS_WARNING).
const WARNING =
  /(?<![\p{L}])(?:ignore|hang up|scam\p{L}*|fraud\p{L}*|phishing|betrug(?!s?(?:abteilung|team|bekämpfung|prävention))\p{L}*|betrüger\p{L}*|oplichter\p{L}*|bedragare|estafador\p{L}*|arnaqueu\p{L}*|golpista\p{L}*|محتال\p{L}*|auflegen|ignorieren|oplichting|ophangen|negeer|bedrägeri|lägg på|ignorera|arnaque|fraude|raccroch\p{L}*|ignorez|estafa|cuelgue|golpe|desligue|احتيال|تجاهل)(?![\p{L}])/iu;
// The shared negation words, and its own: "kein", "geen", "pas", "لم", and "ليس" with suffixes.
const NOT_OURS = new RegExp(
  String.raw`(?<![\p{L}])(?:${NEGATION_WORDS}|kein\p{L}*|geen|pas|ليس\p{L}*|لم)\s+(?:[\p{L}’']+\s+){0,3}?(?:us|ours?|uns|unser\p{L}*|ons|onze|oss|vår\p{L}*|nous|notre|nôtre|nuestr\p{L}*|noss\p{L}*|منا|لنا)(?![\p{L}])`,
  'iu',
);
// Or one we received: "we received a call from", "wir haben … erhalten", "nous avons reçu", "تلقينا", "nos llamó" (you called us).
const CUSTOMER_CALLED =
  /(?<![\p{L}])(?:(?:we|wir|wij|vi|nous)\s+(?:[\p{L}'’]+\s+){0,5}?(?:received|got|had|erhalten|bekommen|ontvangen|ontving|fick|fått|reçu)|recibimos|recibido|recebemos|recebido|تلقينا|استلمنا|وصلتنا|(?:nos|ons|oss|nous)\s+(?:ha\s+|a\s+|heeft\s+|har\s+)?(?:llamó|llamado|llamaste|escribió|belde|gebeld|ringde|ringt|appelé|ligou|ligaste)|(?:you|u|je|du|vous|usted|você|tu)\s+(?:[\p{L}'’]+\s+){0,3}?(?:called|rang|texted|phoned|messaged|belde|ringde|appelé|llamó|llamaste|ligou|ligaste|telefonou)|(?:haben|hast|hebt|heeft|har|avez|as)\s+(?:uns|ons|oss|nous)|(?:your|ihre?[mn]?|uw|je|ditt|din|votre|ton|su|tu|sua|seu)\s+(?:[\p{L}-]+\s+)?(?:call|anruf|telefoontje|samtal|appel|llamada|chamada|message|nachricht|bericht|sms)|(?:for|für|voor|för|pour|por|pela|pelo)\s+(?:calling|texting|ligar)|اتصلت|اتصالك|مكالمتك|رسالتك)(?![\p{L}])/iu;

// Those exemptions hold only near the number. A call we received is one the number made: the phrase ends a
// few words before it in its clause ("we received a call from", "Wir haben gestern einen Anruf von ⟦PHONE_1⟧
// erhalten"), not "thanks for your call, our team will call you from ⟦PHONE_1⟧".
const CLAUSE_BREAK = /[,:;–—]|\s-\s/u;
const RECEIVED_REACH = 5;
const CUSTOMER_CALLED_ALL = new RegExp(CUSTOMER_CALLED.source, 'giu');
// The phrase is at most 8 words ("we have also just received a call"), so the clause's last 14 words hold it:
// a long run of "we had we had …" is read once.
const CLAUSE_WORDS = 14;
function receivedHere(before: string, after: string): boolean {
  const clause = before.split(CLAUSE_BREAK).at(-1)!.trim().split(/\s+/u).slice(-CLAUSE_WORDS);
  const next = after.split(CLAUSE_BREAK)[0]!.trim().split(/\s+/u).slice(0, 4);
  // The placeholder left out, as "wir haben einen Anruf von ⟦PHONE_1⟧ erhalten" reads its words around it.
  const here = clause.join(' ').length;
  const text = [...clause, ...next].join(' ');
  return [...text.matchAll(CUSTOMER_CALLED_ALL)].some((m) => {
    const end = m.index + m[0].length;
    return end > here || text.slice(end, here).trim().split(/\s+/u).filter(Boolean).length <= RECEIVED_REACH;
  });
}
// A warning word that warns of nothing: negated ("please do not ignore it", "ne l'ignorez pas") or the purpose of
// the call ("to prevent fraud", "um Betrug zu verhindern", "om fraude te voorkomen", "para evitar fraudes").
// The shared negation words, and its own: "don't", French "ne"/"n'", "nunca", "لن", "ليس".
const NEGATION = String.raw`(?:${NEGATION_WORDS}|don['’]t|ne|n['’]|nunca|لن|ليس)`;
const WARNING_WORD = WARNING.source.slice('(?<![\\p{L}])'.length);
const HARMLESS_WARNING = new RegExp(
  [
    String.raw`(?<![\p{L}])${NEGATION}\s+(?:[\p{L}]+['’]|[\p{L}'’]+\s+)?${WARNING_WORD}`,
    String.raw`(?<![\p{L}])(?:prevent\p{L}*|avoid\p{L}*|protect\p{L}*|against|stop|verhinder\p{L}*|vermeid\p{L}*|schutz|schütz\p{L}*|gegen|voorkom\p{L}*|vermijd\p{L}*|bescherm\p{L}*|tegen|förhindra|undvika|skydda|mot|évit\p{L}*|préven\p{L}*|protég\p{L}*|contre|evitar|prevenir|proteg\p{L}*|contra|لحماية\p{L}*|حماية\p{L}*|لمنع|منع|لتجنب|تجنب|ضد)\s+(?:[\p{L}'’]+\s+){0,3}?${WARNING_WORD}`,
    String.raw`${WARNING.source}\s+(?:zu|te|att)\s+(?:verhindern|vermeiden|bekämpfen|voorkomen|vermijden|bestrijden|förhindra|undvika)`,
    // Or names our party: "our fraud (prevention) team", "notre équipe (anti-)fraude", "departamento de fraude", "فريق
    // مكافحة الاحتيال"; not "scammers posing as our team".
    String.raw`${WARNING.source}(?:[\s-]+(?:prevention|protection))?[\s-]+(?:team|department|unit|desk|specialists?)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:team|équipe|cellule|service|departamento|equipo|equipa|unidad|afdeling|avdelning|فريق)\s+(?:(?:de|du|la|el|da|do|anti|contra|مكافحة)[\s-]+){0,2}${WARNING_WORD}`,
    String.raw`(?<![\p{L}])anti[\s-]*${WARNING_WORD}`,
  ].join('|'),
  'giu',
);
const warns = (sentence: string) => WARNING.test(sentence) && WARNING.test(sentence.replace(HARMLESS_WARNING, ' '));
// And none overrides the draft vouching for the caller or telling the customer to call back or answer:
// "if you get a call from ⟦PHONE_1⟧, it is our claims team", "we had a call from ⟦PHONE_1⟧ - please call it back".
// "our" with a party or line after it ("it is our claims team"), not "it is our policy".
const OUR_PARTY = String.raw`(?:[\p{L}-]+\s+)?(?:[\p{L}-]*(?:team|department|desk|line|number|service|staff|agent|colleague|office|support)|\p{L}*(?:abteilung|dienst|nummer|afdeling|avdelning|kundtjänst)|équipe|numéro|ligne|equipo|equipa|número|línea|linha|lijn)`;
const VOUCHED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:it|that|this)(?:\s+is|['’]s|\s+will\s+be|\s+was)\s+(?:us|from\s+us|our\s+${OUR_PARTY})|(?:das\s+(?:sind|ist|war\p{L}*)|(?:sind|ist|war\p{L}*)\s+das)\s+(?:wir|unser\p{L}*\s+${OUR_PARTY})|c['’]est\s+(?:nous|notre\s+${OUR_PARTY})|(?:somos|son|es|será)\s+(?:nosotros|nuestr[oa]\s+${OUR_PARTY})|somos\s+nós|é\s+[ao]\s+noss[oa]\s+${OUR_PARTY}|(?:det\s+är|är\s+det)\s+(?:vi|vår\p{L}*\s+${OUR_PARTY})|dat\s+(?:zijn\s+wij|is\s+onze?\s+${OUR_PARTY})|(?:إنه|إنها|فهو|فهي|هذا|هذه)\s+(?:نحن|فريقنا|رقمنا))(?![\p{L}])`,
  'iu',
);
const CALL_BACK =
  /(?<![\p{L}])(?:(?:call|ring|phone|text)\s+(?:it|them|him|her|that\s+number|this\s+number|the\s+number)\s+back|return\s+(?:the|that|this|their)\s+call|answer\s+(?:it|them|the\s+call|that\s+call)|pick\s+up|rufen\s+Sie\s+(?:\p{L}+\s+){0,2}zurück|rappelez(?:-le|-la)?|décrochez|devuelva\s+la\s+llamada|conteste|atenda|ligue\s+de\s+volta|ring\s+tillbaka|svara|bel\s+(?:\p{L}+\s+){0,2}terug|اتصل\s+به|رد\s+عليه)(?![\p{L}])/giu;
const NEGATED_BEFORE = new RegExp(String.raw`(?<![\p{L}])${NEGATION}\s+(?:[\p{L}'’]+\s+)?$`, 'iu');
const SUBJECT_BEFORE = /(?<![\p{L}])(?:we|I|wir|ich|wij|ik|vi|jag|nous|nosotros|nós|نحن)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;
const DOUBTED = /(?<![\p{L}])(?:whether|if|ob|of|om|si|se|إذا)\s+$/iu;
function vouchedOrCalledBack(sentence: string): boolean {
  const vouch = VOUCHED.exec(sentence);
  if (vouch && !DOUBTED.test(sentence.slice(Math.max(0, vouch.index - 12), vouch.index))) return true;
  return [...sentence.matchAll(CALL_BACK)].some((m) => {
    const head = sentence.slice(Math.max(0, m.index - 40), m.index);
    const tail = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
    return (
      !NEGATED_BEFORE.test(head) &&
      !SUBJECT_BEFORE.test(head) &&
      !/^\s*(?:-(?:le|la)\s+)?(?:pas|inte|niet|nicht|not)(?![\p{L}])/iu.test(tail)
    );
  });
}
// Before the call, "you" and also Spanish "lo"/"la" and "only"/"just"/"ever"; after it, "aus"/"again"/"directly".
// "not from ⟦PHONE_1⟧", "nie von", "we will never call you from", "nunca le llamaremos desde el": no call from it is told.
const NEGATED_CALL = new RegExp(
  String.raw`(?<![\p{L}])${NEGATION}\s+(?:(?:(?:${YOU_WORDS}|${YOU_FORMAL_WORDS}|lo|la|only|just|ever)\s+)?(?:${CALL_WORD.source})\s+(?:(?:${YOU_WORDS}|${YOU_FORMAL_WORDS}|aus|again|directly)\s+)?)?$`,
  'iu',
);
// "nobody at Acme will ever call you from", "niemand von uns ruft Sie von … aus an", "nadie de nuestro equipo le
// llamará desde": up to six words to the call, none of them a conjunction that opens a clause of its own ("no one
// answered so our team will call you from ⟦PHONE_1⟧" is a call from it).
const NOBODY_CALLS = new RegExp(
  String.raw`(?<![\p{L}])(?:nobody|no[\s-]one|niemand|keiner|nadie|ninguém|ingen|لا\s+أحد)\s+(?:(?!(?:and|but|so|then|und|aber|dann|en|maar|och|men|så|et|mais|y|pero|e|mas)\s)[\p{L}'’-]+\s+){0,6}?(?:${CALL_WORD.source})\s+(?:(?:${YOU_WORDS}|${YOU_FORMAL_WORDS})\s+)?$`,
  'iu',
);
/** Whether `sentenceBefore` (its sentence up to a phone placeholder) says no call comes from it. */
export function notCalledFrom(sentenceBefore: string): boolean {
  const from = FROM_BEFORE.exec(sentenceBefore);
  if (from === null) return false;
  const head = sentenceBefore.slice(0, from.index);
  return NEGATED_CALL.test(head) || NOBODY_CALLS.test(head);
}

// The customer calls or texts us from it ("call us from ⟦PHONE_1⟧", "rufen Sie uns von … aus an", "appelez-nous
// depuis le", "اتصل بنا من", "send us an SMS from", "reach us by phone from"): the number is theirs, and no
// scammer's call from it can pass for ours. Two words at most after "us" ("a WhatsApp message", "by phone").
const CALLS_US = new RegExp(
  String.raw`(?:${CALL_WORD.source}|(?<![\p{L}])(?:send|write|reach|contact|schicken|senden|schreiben|envoyez|écrivez|envíe|escriba|stuur|schrijf|skicka|skriv|envie|escreva))(?:\s+Sie)?[\s-]+(?:us|uns|ons|oss|nous|nos|بنا)\s+(?:(?:a|an|eine[nm]?|un|une|una|um|uma|een|ett|en|by|per|via|par|por)\s+)?(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);
/** Whether `sentenceBefore` (its sentence up to a phone placeholder) has the customer call us from it. */
export function callsUsFrom(sentenceBefore: string): boolean {
  const from = FROM_BEFORE.exec(sentenceBefore);
  return from !== null && CALLS_US.test(sentenceBefore.slice(0, from.index));
}

/**
 * Whether the phone placeholder between `sentenceBefore` and `sentenceAfter` (its sentence, cut there) is the
 * number a call or text comes from, told as ours.
 */
export function calledFrom(sentenceBefore: string, sentenceAfter: string): boolean {
  if (!FROM_BEFORE.test(sentenceBefore) || notCalledFrom(sentenceBefore)) return false;
  if (!CALL_WORD.test(sentenceBefore) && !CALL_AFTER.test(sentenceAfter)) return false;
  const sentence = `${sentenceBefore} ${sentenceAfter}`;
  if (warns(sentence) || NOT_OURS.test(sentence)) return false;
  // A condition in its own clause only: "if you miss it, our team will call you from ⟦PHONE_1⟧" tells the call.
  const conditional = CONDITIONAL.test(sentenceBefore.split(CLAUSE_BREAK).at(-1)!);
  return (!conditional && !receivedHere(sentenceBefore, sentenceAfter)) || vouchedOrCalledBack(sentence);
}
