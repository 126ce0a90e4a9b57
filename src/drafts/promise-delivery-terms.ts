// A delivery date guaranteed ("we guarantee delivery by Friday", "your parcel will definitely be there
// tomorrow"): a promise the carrier keeps, not the agent, so one the knowledge base does not make is
// flagged like a refund. The guarantee word counts only with a delivery word and a time after it in the
// same sentence: "we promise to look into it" and "I promise we will get to the bottom of this" promise no date.

// Guarantee words, as stems where the language inflects them. Not "certainly" or "sure" alone: "Certainly!
// Your order ships within 2 days" is politeness.
export const GUARANTEE_WORDS = [
  'guarant',
  'promise',
  'will definitely',
  "'ll definitely",
  '’ll definitely',
  'definitely will',
  'without fail',
  'garantier',
  'versprech',
  'verspreche',
  'ganz sicher',
  'auf jeden fall',
  'garandeer',
  'garanderen',
  'gegarandeerd',
  'beloof',
  'beloven',
  'garanter',
  'lovar',
  'lova',
  'garanti',
  'promets',
  'promettons',
  'sans faute',
  'garantiz',
  'prometo',
  'prometemos',
  'sin falta',
  'garantisc',
  'prometto',
  'promettiamo',
  'نضمن',
  'أضمن',
  'مضمون',
  'أعدك',
  'نعدك',
  'بالتأكيد',
  // "It will 100% arrive on Monday.", "It will arrive Monday for sure."
  'for sure',
  '100%',
  '100 %',
  '100 percent',
  'hundred percent',
  '100 prozent',
  '100 procent',
  '100 pour cent',
  '100 por ciento',
];

// A promise to keep the customer informed is no date guaranteed: "we promise to keep you posted on the
// delivery tomorrow", "I promise to let you know when it arrives on Monday".
const TO_INFORM = ['keep you', 'let you know', 'update you', 'inform you', 'notify you', 'get back to you', 'follow up', 'contact you'];
export const GUARANTEE_NOT_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  promise: ['', 'd', 's'].flatMap((end) => TO_INFORM.map((what) => `${end} to ${what}`)),
  guarant: ['ee', 'eed', 'ees'].flatMap((end) => TO_INFORM.map((what) => `${end} to ${what}`)),
};

// Arrives, is delivered, is there, is received ("you'll have it by Friday, guaranteed"): the stems in en, de, nl, sv, fr, es, it, pt and ar.
// Arabic "تصل" (arrives) not inside "اتصل", "سنتصل", "يتصل", "تتصل", "متصل" (call, connected).
const DELIVERY = String.raw`(?:deliver|arriv|be there|be with you|reach you|get to you|have it|get it|receiv|in your hands|bekommen|erhalten|ontvang|recevr|recibir|recibirá|lieferung|geliefert|liefern|zustell|zugestellt|ankomm|ankommt|eintreff|trifft|lever|aankom|bezorg|kommer fram|framme|anländ|livr|arriver|arrivera|entreg|llegar|llegará|consegn|arriverà|chegar|chegará|توصيل|التوصيل|يصل|سيصل|(?<![نايأمت])تصل|وصول|تسليم)`;
// The delivery as a topic ("keep you posted on the delivery", "look into the delivery", "over de levering",
// "wegen der Lieferung", "informé de la livraison"): the promise is to report on it, not of it. Read
// after the delivery word (its letters end the look-behind), so it costs nothing where none stands.
const TOPIC = String.raw`(?:on|about|into|regarding|concerning|check|track|über|zur|zum|wegen|bezüglich|over|naar|omtrent|sur|concernant|sobre|sulla|circa|عن|بشأن|حول)`;
const ARTICLE = String.raw`(?:the|your|this|its|die|der|den|dem|das|ihre|ihrer|de|het|uw|je|la|le|les|l'|votre|el|su|sus|tu|a|o|sua|seu)`;
const NOT_A_TOPIC = String.raw`(?<!(?<![\p{L}])(?:${TOPIC}[ \t]+(?:${ARTICLE}[ \t]+)?|(?:of|de|del|da|do|della)[ \t]+${ARTICLE}[ \t]+)\p{L}*)`;
// What is received may be a message ("you will definitely receive an email from us tomorrow"), not the order.
const MESSAGE = String.raw`(?:e-?mail|call|update|reply|answer|message|confirmation|notification|text|sms|link|code|nachricht|antwort|bestätigung|anruf|rückmeldung|bericht|bevestiging|meddelande|svar|bekräftelse|réponse|appel|respuesta|llamada|correo|mensaje|confirmación)`;
const NOT_A_MESSAGE = String.raw`(?!\p{L}*\s+(?:(?:an?|one|our)\s+)?${MESSAGE}(?![\p{L}]))`;
const DELIVERED = `${DELIVERY}${NOT_A_TOPIC}${NOT_A_MESSAGE}`;
// A number of years or months is a warranty's period counted from delivery ("2 Jahre ab Lieferung"), not a date.
const PERIOD = String.raw`[\d.,]*\s*(?:years?|jahre?n?|jaar|år|ans?|años?|anni|anno|anos?|months?|monate?n?|maanden?|månader|mois|meses|mesi)(?![\p{L}])`;
// A day or a time span after it: a weekday, tomorrow, today, a week, a number.
const WHEN = String.raw`(?:\d(?!${PERIOD})|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|morgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|woche|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|imorgon|i morgon|idag|i dag|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|vecka|demain|aujourd|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|mañana|hoy|lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|domani|oggi|lunedì|venerdì|settimana|amanhã|hoje|sexta|غد|اليوم|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|الأسبوع|أسبوع)`;
/** The delivery word before a term and its time after it: "Il arrivera à 100 % lundi", "It will arrive, I promise, on Friday". */
// A message named after the day is what arrives: "Sie erhalten garantiert morgen eine E-Mail von uns".
export const DELIVERY_AROUND: readonly [string, string] = [
  DELIVERY,
  String.raw`${WHEN}(?![^.!?\n]{0,40}?(?<![\p{L}])${MESSAGE}(?![\p{L}]))`,
];
/** The delivery word and its time, in either order, within a few words of each other. */
export const DELIVERY_WHEN = `(?:${DELIVERED}[^.!?\\n]{0,40}${WHEN}|${WHEN}[^.!?\\n]{0,40}${DELIVERED})`;
