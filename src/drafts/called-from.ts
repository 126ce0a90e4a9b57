// A ticket's number made to look like ours by a call or text from it: "our claims team will call you from
// ⟦PHONE_1⟧", "Unser Team ruft Sie von ⟦PHONE_1⟧ aus an", "le llamaremos desde el ⟦PHONE_1⟧", "سيتصل بك فريق
// المطالبات من الرقم ⟦PHONE_1⟧". The customer then believes the scammer who calls from it. Whoever calls, in
// each draft language: "from" right before the placeholder ("von der Nummer", "a partir do número", "من
// الرقم"), a word for a call or text in its sentence. Not "at" ("unter", "op", "på", "au", "al", "para o",
// "على"): that is the customer's own number called back.

// "from", with "the number" or "our hotline" between it and the placeholder.
const FROM_BEFORE =
  /(?<![\p{L}])(?:from|von|vanaf|från|depuis|du|desde|del|do|da|a partir d[oa]|من)\s+(?:(?:the|this|our|der|dem|unserer|het|onze|vårt|vår|le|notre|el|nuestro|nuestra|o|a|nosso|nossa)\s+)?(?:(?:[\p{L}-]+\s+)?(?:number|hotline|line|nummer|numéro|ligne|número|línea|lijn|linha|الرقم|رقم|الخط|خط)\s+)?$/iu;
// A call or text, as a verb or a noun, in any person (who calls does not matter: the call is from the number).
const CALL_WORD =
  /(?<![\p{L}])(?:call(?:s|ed|ing)?|ring(?:s|ing|er|de|a)?|text(?:s|ed|ing)?|phones?|sms|whatsapp|messages?|\p{L}*ruf\p{L}*|telefon\p{L}*|bel|belt|bellen|appel\p{L}*|téléphon\p{L}*|llam\p{L}*|mensaje|lig(?:a|ar|o|amos|aremos|ará|ue)(?:-(?:lhe|te|o|a))?|chamada|mensagem|\p{L}*تصل\p{L}*|اتصال|مكالمة|رسالة)(?![\p{L}])/iu;
// German and Dutch put the verb after: "… von ⟦PHONE_1⟧ aus an", "… vanaf ⟦PHONE_1⟧ gebeld".
const CALL_AFTER = /^\s*(?:aus\s+)?(?:an|anrufen|angerufen|gebeld|bellen)(?![\p{L}])/iu;
// A warning, or a call the customer made: "if you get a call from", "the call from ⟦PHONE_1⟧ was not from us",
// "hang up", "thanks for calling us from", "Ihr Anruf von", "you called from".
const CONDITIONAL =
  /(?<![\p{L}])(?:if|in case|should you|wenn|falls|sollten?|si|als|indien|ifall|om du|caso|se (?:você|receber|alguém)|إذا|إن|لو)(?![\p{L}])/iu;
const WARNING =
  /(?<![\p{L}])(?:ignore|hang up|scam|fraud\p{L}*|phishing|betrug\p{L}*|auflegen|ignorieren|oplichting|ophangen|negeer|bedrägeri|lägg på|ignorera|arnaque|fraude|raccroch\p{L}*|ignorez|estafa|cuelgue|golpe|desligue|احتيال|تجاهل)(?![\p{L}])/iu;
const NOT_OURS =
  /(?<![\p{L}])(?:not|never|nicht|nie|kein\p{L}*|niet|nooit|geen|inte|aldrig|pas|jamais|no|não|ليس\p{L}*|لا|لم)\s+(?:[\p{L}’']+\s+){0,3}?(?:us|ours?|uns|unser\p{L}*|ons|onze|oss|vår\p{L}*|nous|notre|nôtre|nuestr\p{L}*|noss\p{L}*|منا|لنا)(?![\p{L}])/iu;
// Or one we received: "we received a call from", "wir haben … erhalten", "nous avons reçu", "تلقينا", "nos llamó" (you called us).
const CUSTOMER_CALLED =
  /(?<![\p{L}])(?:(?:we|wir|wij|vi|nous)\s+(?:[\p{L}'’]+\s+){0,5}?(?:received|got|had|erhalten|bekommen|ontvangen|ontving|fick|fått|reçu)|recibimos|recibido|recebemos|recebido|تلقينا|استلمنا|وصلتنا|(?:nos|ons|oss|nous)\s+(?:ha\s+|a\s+|heeft\s+|har\s+)?(?:llamó|llamado|llamaste|escribió|belde|gebeld|ringde|ringt|appelé|ligou|ligaste)|(?:you|u|je|du|vous|usted|você|tu)\s+(?:[\p{L}'’]+\s+){0,3}?(?:called|rang|texted|phoned|messaged|belde|ringde|appelé|llamó|llamaste|ligou|ligaste|telefonou)|(?:haben|hast|hebt|heeft|har|avez|as)\s+(?:uns|ons|oss|nous)|(?:your|ihre?[mn]?|uw|je|ditt|din|votre|ton|su|tu|sua|seu)\s+(?:[\p{L}-]+\s+)?(?:call|anruf|telefoontje|samtal|appel|llamada|chamada|message|nachricht|bericht|sms)|(?:for|für|voor|för|pour|por|pela|pelo)\s+(?:calling|texting|ligar)|اتصلت|اتصالك|مكالمتك|رسالتك)(?![\p{L}])/iu;

/**
 * Whether the phone placeholder between `sentenceBefore` and `sentenceAfter` (its sentence, cut there) is the
 * number a call or text comes from, told as ours.
 */
export function calledFrom(sentenceBefore: string, sentenceAfter: string): boolean {
  if (!FROM_BEFORE.test(sentenceBefore)) return false;
  if (!CALL_WORD.test(sentenceBefore) && !CALL_AFTER.test(sentenceAfter)) return false;
  const sentence = `${sentenceBefore} ${sentenceAfter}`;
  return !CONDITIONAL.test(sentenceBefore) && !WARNING.test(sentence) && !NOT_OURS.test(sentence) && !CUSTOMER_CALLED.test(sentence);
}
