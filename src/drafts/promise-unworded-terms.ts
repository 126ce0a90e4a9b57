// Money promised with no promise word at all: "You will get every cent back", "We'll send you €50 for the
// trouble", "The deposit of €200 will be unblocked today". Read with promise-terms.ts's other terms.

// "Every cent back": a refund in all but the word.
export const EVERY_CENT = [
  'every cent back',
  'every penny back',
  'each cent back',
  'jeden cent zurück',
  'jeden cent wieder',
  'elke cent terug',
  'iedere cent terug',
  'varje krona tillbaka',
  "jusqu'au dernier centime",
  'jusqu’au dernier centime',
  'hasta el último céntimo',
  'hasta el último centavo',
  'fino all’ultimo centesimo',
  "fino all'ultimo centesimo",
  'até ao último cêntimo',
];

// A sum of money: a currency sign before or after the figure, or its code or name after it.
const MONEY = String.raw`(?:[€$£]\s?\d|\d[\d.,]*\s?(?:€|\$|£|(?:eur|euros?|usd|gbp|sek|kronor|dollars?|pounds?)(?![\p{L}])))`;
const B = String.raw`(?<![\p{L}])`;
const we = (verbs: string, to = '') => String.raw`${B}${verbs}\s+${to}${MONEY}`;
/**
 * Money handed to the customer, the sum straight after the verb ("We'll send you €50", "Sie erhalten 50 €"),
 * written as patterns, not words (PATTERN_TERMS): "We'll send you a return label for the €50 item" and "You
 * will receive an invoice of €50" name a sum that is not given.
 */
export const MONEY_SENT = [
  we(String.raw`(?:we|i)(?:\s+will|'ll|’ll|\s+are going to|\s+can)\s+(?:send|give|transfer|wire)`, String.raw`(?:you\s+)?`),
  we(String.raw`you(?:\s+will|'ll|’ll|\s+are|'re|’re)\s+(?:get|receive|getting|receiving)`),
  we(String.raw`(?:we|i)(?:\s+have|'ve|’ve)?\s+(?:transferred|sent|wired|paid)`, String.raw`(?:you\s+)?`),
  we(String.raw`(?:wir|ich)\s+(?:überweisen|schicken|senden|geben|zahlen)`, String.raw`(?:ihnen|dir|euch)\s+`),
  we(String.raw`(?:überweisen|schicken|senden|geben|zahlen)\s+wir`, String.raw`(?:ihnen|dir|euch)\s+`),
  we(String.raw`(?:sie|du)\s+(?:erhalten|bekommen|erhältst|bekommst)`, String.raw`(?:von uns\s+)?`),
  we(String.raw`(?:we|wij|ik)\s+(?:sturen|geven|storten|betalen)`, String.raw`(?:u|je|jou)\s+`),
  we(String.raw`(?:u|je)\s+(?:krijgt|ontvangt)`),
  we(String.raw`(?:nous|je)\s+vous\s+(?:enverrons|enverrai|donnerons|virerons|verserons)`),
  we(String.raw`vous\s+(?:recevrez|aurez)`),
  we(String.raw`(?:le|te)\s+(?:enviaremos|daremos|transferiremos|enviaré|daré)`),
  we(String.raw`(?:recibirá|recibirás)`),
];

// A deposit or pre-authorisation freed: the customer's money back. The verb counts only with the deposit
// near it (NEEDS_NEAR): "the new app version will be released on Monday" frees nothing.
export const DEPOSIT = String.raw`${B}(?:deposit|pre-?authori[sz]ation|kaution|vorautorisierung|borg|waarborg|deposition|dépôt|caution|depósito|fianza|الوديعة)(?![\p{L}])`;
export const DEPOSIT_FREED = [
  'unblock',
  'released',
  'will release',
  'lifted',
  'entsperr',
  'freigegeben',
  'vrijgegeven',
  'frisläpp',
  'débloqu',
  'libéré',
  'desbloque',
  'liberad',
];

// Money back with the verb split around its object (German and Dutch separable verbs): "Wir überweisen
// Ihnen den Betrag noch heute zurück", "Wij storten het volledige bedrag vandaag nog terug". Only with "we"
// or "I" as the subject: "Bitte überweisen Sie den Betrag an uns zurück" is the customer paying. A negation
// inside the split refuses ("Wir zahlen das Geld nicht zurück", "Wij storten geen geld terug"; not "nicht nur"): the
// negation check reads only the words around a term, so the split may not hold one.
const NOT_BETWEEN = String.raw`(?!(?<![\p{L}])(?:nicht(?!\s+nur)|kein|keine|keinen|keinerlei|niet(?!\s+(?:alleen|enkel))|geen|nie|nooit)(?![\p{L}]))`;
const APART = String.raw`(?:${NOT_BETWEEN}[^.!?\n]){0,50}`;
export const MONEY_BACK_APART = [
  String.raw`${B}(?:(?:wir|ich)\s+(?:überweisen|überweise|zahlen|zahle|buchen|buche)|(?:überweisen|zahlen|buchen)\s+wir)(?![\p{L}])${APART}${B}zurück(?![\p{L}])`,
  String.raw`${B}(?:(?:we|wij|ik)\s+(?:storten|stort|betalen|betaal)|(?:storten|betalen)\s+(?:we|wij))(?![\p{L}])${APART}${B}terug(?![\p{L}])`,
];
