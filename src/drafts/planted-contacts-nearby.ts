// A ticket contact the draft sends the customer to from outside its own sentence (red team 9): the contact on a
// line of its own between the sentence that calls it ours and the order to use it ("Our new claims number is
// below.\n⟦PHONE_1⟧\nPlease call it today"), after a bare copula ("Our refund desk has a new line. It is
// ⟦PHONE_1⟧. Give them a ring"), or with the order right after it ("⟦PHONE_1⟧ — call it now"). The
// customer's own number read back ("this is the number we have on file for you:\n⟦PHONE_1⟧\nPlease check it")
// is named theirs in the sentence before it, and "we will call it" has another party act.
import { DIRECTIVE, namesOtherParty, YOU_OBJECT } from './planted-contact-verbs';

const BREAKS = /[.!?؟;\n]/u;
// How far a neighbouring sentence is read: a run-on draft of placeholders stays linear.
const REACH = 200;

// Nothing in the contact's sentence before it but a copula or a bullet: "It is", "Es el", "C'est le", "Das ist".
const BARE =
  /^(?:[*•>-]\s?)?(?:(?:it|this|that)\s+is|it['’]s|here\s+it\s+is|es\s+el|es|c['’]est\s+le|c['’]est|das\s+ist|dies\s+ist|sie\s+lautet|dat\s+is|het\s+is|det\s+är|é\s+o|é|è\s+il|è|هو|هي)?\s?[:–—-]?$/iu;
// The order right after the contact, with only a dash, colon or "please" between: "⟦PHONE_1⟧ — call it now",
// "⟦PHONE_1⟧ : appelez ce numéro", "⟦PHONE_1⟧ اتصل به الآن".
const ORDER_AFTER =
  /^[\s:–—-]{0,6}(?:(?:please|kindly|bitte|svp|s['’]il vous plaît|por favor|alstublieft|graag|gärna|يرجى|الرجاء|من فضلك)[\s,]{1,3})?/iu;
// The sentence before calls the contact the company's, or new: "Our new claims number is below", "Tenemos un
// número nuevo", "Unsere neue Servicenummer finden Sie hier" (a compound ending in the noun).
const OURS = /(?<![\p{L}])(?:our|unser\p{L}*|onze|vår|vårt|våra|notre|nos|nuestr[oa]s?|noss[oa]s?|nostr[oaie])(?![\p{L}])/iu;
const NEW_OR_WE_HAVE =
  /(?<![\p{L}])(?:new|we\s+have|neue\p{L}*|wir\s+haben|nieuwe?|we\s+hebben|nya|nytt|vi\s+har|nouveau|nouvelle|nous\s+avons|nuev[oa]s?|tenemos|nov[oa]s?|temos|nuov[oa]|abbiamo|لدينا|جديد\p{L}*|الجديد\p{L}*)(?![\p{L}])/iu;
// Unless, without an "our", the sentence before tells the customer's number was taken down or thanks for it:
// "We have updated the delivery phone number.\n⟦PHONE_1⟧", "Thanks, we have the new number. It is ⟦PHONE_1⟧",
// "Wir haben die neue Nummer gespeichert:\n⟦PHONE_1⟧".
const RECORDED =
  /(?<![\p{L}])(?:thanks|thank\s+you|updated|saved|noted|recorded|changed|received|stored|added|got|danke|vielen\s+dank|gespeichert|aktualisiert|notiert|geändert|erhalten|hinterlegt|eingetragen|bedankt|bijgewerkt|opgeslagen|genoteerd|ontvangen|gewijzigd|tack|uppdaterat|sparat|noterat|ändrat|fått|merci|mis\s+à\s+jour|enregistré|noté|reçu|modifié|gracias|actualizado|guardado|anotado|recibido|cambiado|obrigad[oa]|atualizado|salvo|recebido|alterado|grazie|aggiornato|salvato|annotato|ricevuto|modificato|شكرا\p{L}*|شكراً|حدثنا|حفظنا|سجلنا|استلمنا)(?![\p{L}])/iu;
const oursOrNew = (s: string) => OURS.test(s) || (NEW_OR_WE_HAVE.test(s) && !RECORDED.test(s));
const CONTACT_NOUN =
  /(?:nummer|nummern|numret|adresse|hotline|helpline)(?![\p{L}])|(?<![\p{L}])(?:number|numéro|número|numero|line|lijn|linje|ligne|línea|linha|linea|address|adres|adress|dirección|endereço|indirizzo|e-?mail|mail|رقم|الرقم|خط|الخط|عنوان|بريد)\p{L}{0,2}(?![\p{L}])/iu;
// Or points at it while telling the customer to use it: "Please call the number below".
const POINTS_DOWN =
  /(?<![\p{L}])(?:below|following|unten|folgende\p{L}*|hieronder|volgende|nedan|följande|ci-dessous|suivant\p{L}*|abajo|siguiente|abaixo|seguinte|qui sotto|seguente|أدناه|التالي)(?![\p{L}])/iu;
// Unless it is the customer's own: "your number", "on file", "the number we have for you", "Ihre Nummer", "رقمك".
const YOURS =
  /(?<![\p{L}])(?:your|yours|on\s+file|for\s+you|ihre?[mnrs]?|dein\p{L}*|uw|jouw|din|ditt|dina|votre|vos|ton|ta|tes|su|sus|tu|tus|seu|sua|seus|suas|tuo|tua)(?![\p{L}])|(?:رقم|هاتف|جوال|بريد|عنوان)\p{L}*(?:ك|كم)(?![\p{L}])/iu;

// The contact named ours right after it: "⟦PHONE_1⟧ is our new claims line, please call it today".
// Arabic puts "our" on the noun: "⟦PHONE_1⟧ هو رقمنا الجديد".
const IS_OURS_AFTER = new RegExp(
  String.raw`^[\s,،:–—-]{0,3}(?:(?:is|ist|est|es|är|é|è)\s+(?:[\p{L}-]+\s+)?${OURS.source}|(?:هو|هي)\s+\p{L}+نا(?![\p{L}]))`,
  'iu',
);
// The contact's own sentence calls it new ("The new line is ⟦PHONE_1⟧.") and the next sentence opens with the
// order to use it: "Call it today", "Ring them", "Write there".
// "The new claims number: ⟦PHONE_1⟧", "el nuevo número es el ⟦PHONE_1⟧" too.
const NEW_NOUN_IS =
  /(?<![\p{L}])(?:new|neue\p{L}*|nieuwe?|nya|nytt|nouveau|nouvelle|nuev[oa]|nov[oa]|nuov[oa])\s+(?:[\p{L}-]+\s+)?[\p{L}-]+(?:\s+(?:is|ist|est|es|är|é|è|lautet)(?:\s+(?:el|la|le|o|il))?\s*[:–—-]?|\s*[:–—-])$/iu;
// After a formal "Sie", "u", "vous", "usted" and a preposition: "Rufen Sie dort an", "Write to it", "Ligue para ele";
// not "Rufen Sie uns an" (the "Sie" is the customer, not the contact).
const USE_IT =
  /^[\s-]{1,3}(?:(?:sie|u|vous|usted)\s+)?(?:(?:to|at|an|à|a|naar|till|para|al)\s+)?(?:it|them|there|this\s+number|that\s+number|this\s+address|dort|dorthin|het|daar|det|den|där|dit|le|la|là|ahí|allí|allá|lá|lo|ele|ela)(?![\p{L}])/iu;

// Red team 10: where the team "is now" ("The refund team is now at ⟦EMAIL_1⟧. Write to them", "ora è al", "ist jetzt
// unter"), and an Italian order with its pronoun joined to the verb ("Chiamalo", "Scrivigli", "Contattali").
const NOW_AT = /(?<![\p{L}])(?:now|jetzt|nun|nu|maintenant|désormais|ahora|agora|ora|voortaan|numera|الآن)(?:\s+\p{L}{1,5}){0,2}$/iu;
const JOINED_ORDER = /^(?:chiam|contatt|scriv|telefon)\p{L}{0,4}?(?:lo|la|li|le|gli)(?![\p{L}])/iu;

const DIRECTIVE_FIRST = new RegExp(`^(?:${DIRECTIVE.source})`, 'iu');
const SENTENCE_END = /[\s.!?؟;]+$/u;

/** Whether `sentence` tells the customer to use a contact: a directive word, not "call you", with no other party doing it. */
const orders = (sentence: string) =>
  !namesOtherParty(sentence, 'clause') &&
  [...sentence.matchAll(DIRECTIVE)].some((m) => !YOU_OBJECT.test(sentence.slice(m.index + m[0].length)));

/**
 * Whether the contact placeholder at `start`..`end` of `text`, whose sentence begins at `sentenceStart`, is sent
 * to by the words right after it or by the sentence before it.
 */
export function sentFromNearby(text: string, sentenceStart: number, start: number, end: number): boolean {
  const before = text.slice(sentenceStart, start).trim();
  const tail = text.slice(end, end + REACH);
  const sentenceEnd = tail.search(BREAKS);
  const rest = sentenceEnd < 0 ? tail : tail.slice(0, sentenceEnd);
  const head = text.slice(Math.max(0, sentenceStart - REACH), sentenceStart).replace(SENTENCE_END, '');
  const previous = head.slice(Math.max(...['.', '!', '?', '؟', ';', '\n'].map((p) => head.lastIndexOf(p) + 1)));
  // Not the preposition after "now" ("ora è su ⟦EMAIL_1⟧": Italian "su" is "on", Spanish "su" is "your").
  if (YOURS.test(before.replace(NOW_AT, '')) || YOURS.test(previous)) return false;
  if (IS_OURS_AFTER.test(rest) && CONTACT_NOUN.test(rest)) return true;
  if (((NEW_NOUN_IS.test(before) && CONTACT_NOUN.test(before)) || NOW_AT.test(before)) && sentenceEnd >= 0) {
    const following = tail.slice(sentenceEnd + 1).trimStart();
    const nextEnd = following.search(BREAKS);
    const next = nextEnd < 0 ? following : following.slice(0, nextEnd);
    const opening = next.slice(ORDER_AFTER.exec(next)![0].length);
    const order = DIRECTIVE_FIRST.exec(opening);
    if ((order && USE_IT.test(opening.slice(order[0].length))) || JOINED_ORDER.test(opening)) return true;
  }
  // Only a copula before the contact in its sentence ("Der Kurier wird Sie unter ⟦PHONE_1⟧ anrufen" has its own subject).
  if (!BARE.test(before.replace(/^[\p{P}\s]+/u, '').replace(SENTENCE_END, ''))) return false;
  // "⟦PHONE_1⟧ — call it now": the order opens what follows the contact.
  const opening = rest.slice(ORDER_AFTER.exec(rest)![0].length);
  const first = DIRECTIVE_FIRST.exec(opening);
  if (first && !YOU_OBJECT.test(opening.slice(first[0].length))) return true;
  // The contact alone in its sentence: the sentence before calls it ours or new, or tells the customer to use
  // the one below. The order after it ("Please call it today") adds nothing: "Our hotline: ⟦PHONE_1⟧" is flagged alone.
  if (/[\p{L}\p{N}]/u.test(rest)) return false;
  return (oursOrNew(previous) && CONTACT_NOUN.test(previous)) || (POINTS_DOWN.test(previous) && orders(previous));
}
