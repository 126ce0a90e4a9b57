// Contacts a hijacked draft sends the customer to without writing them (red team 11), which no link or number
// pattern can read: "call back the number that called you" (only the hijacker, who called, knows it) and a contact
// card (vCard) "attached", whose number or address nobody on the team can see. A sentence that warns against them
// ("do not call back the number that called you") asks nothing. Linear: bounded runs, each pattern once per sentence.
import { NEGATION } from './scam-asks';
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

export interface UnseenContact {
  kind: 'unknown-contact';
  detail: string;
}

// The one who called: "the number that called you", "von der Sie angerufen wurden", "qui vous a appelé", "que le
// llamó", "som ringde dig", "che ti ha chiamato", "que lhe ligou", "الذي اتصل بك", or the missed call itself.
const CALLED_YOU =
  /(?<![\p{L}])(?:(?:that|which|who)\s+(?:\p{L}+\s+){0,2}?(?:called|rang|phoned)\s+you|missed\s+call|(?:die|der)\s+(?:\p{L}+\s+){0,4}?(?:angerufen|anrief)|verpasste\p{L}{0,2}\s+anruf|qui\s+vous\s+a\s+(?:appel\p{L}*|téléphoné)|appel\s+manqué|que\s+(?:le|la|te)\s+(?:llamó|ha\s+llamado)|llamada\s+perdida|(?:dat|die)\s+u\s+(?:\p{L}+\s+){0,2}?(?:belde|heeft\s+gebeld)|gemiste\s+oproep|som\s+ringde\s+(?:dig|er)|missat\s+samtal|che\s+(?:ti|la|vi)\s+ha\s+chiamat\p{L}|chiamata\s+persa|que\s+(?:lhe|te|o|a)\s+ligou|chamada\s+perdida|الذي\s+اتصل\s+ب\p{L}*|المكالمة\s+الفائتة)(?![\p{L}])/u;
// Called back: "call (it) back", "return the call", "rufen Sie … zurück", "rappelez", "devuelva la llamada", "bel …
// terug", "ring tillbaka", "richiama", "ligue de volta", "معاودة الاتصال".
const CALL_BACK =
  /(?<![\p{L}])(?:(?:call|ring|phone)\s+(?:\p{L}+\s+){0,4}?back|(?:re)?dial|return\s+(?:\p{L}+\s+){0,1}?call|zurückruf\p{L}*|ruf\p{L}*\s[^.!?\n]{0,60}?zurück|rappel\p{L}*|devuelv\p{L}*\s+la\s+llamada|rellam\p{L}*|llame|terugbel\p{L}*|bel\s[^.!?\n]{0,60}?terug|ring(?:a)?\s+tillbaka|richiam\p{L}*|ligu?e\s+de\s+volta|retorne\s+a\s+(?:chamada|ligação)|ligue\s+para|(?:معاودة|عاود|أعد)\s+الاتصال|اتصل\s+ب)(?![\p{L}])/u;
// The team calling the customer back asks nothing of them (review of round 11: "the courier who called you will call
// you back tomorrow", "die Kollegin, die Sie angerufen hat, ruft Sie morgen zurück", "vous rappellera"): cut out first.
const TEAM_CALLS =
  /(?<![\p{L}])(?:(?:call|ring|phone)\s+you\s+back|(?:ruft|wird|werden|rufen\s+wir)\s+(?:sie|dich|ihnen)\s[^.!?\n]{0,40}?zurück\p{L}*|(?:wir|er|sie)\s+rufen\s+sie\s[^.!?\n]{0,40}?zurück|(?:vous|te)\s+rappeller\p{L}*|(?:le|la|te)\s+(?:volverá|volveremos)\s+a\s+llamar|(?:ti|la|vi)\s+richiamer\p{L}*|ringer\s+(?:dig|er)\s+tillbaka|(?:belt|bellen)\s+u\s+terug|u\s+terugbell\p{L}*|(?:vai|vamos)\s+(?:lhe\s+)?ligar\s+de\s+volta|سيعاود\s+الاتصال)(?![\p{L}])/gu;
// A number written in the sentence is read by the contact checks, which know the team's own ("sorry about the missed
// call; please call us back on +44 20 7946 0018").
const WRITTEN_NUMBER = /\d(?:[ ().-]{0,2}\d){6}/;
// A condition is no warning: "if the refund has not arrived by Friday, call back …" still has it called.
const CONDITION = /^\s*(?:if|unless|wenn|falls|sollte|si|als|indien|om|ifall|se|qualora|caso|إذا|لو)(?![\p{L}])/u;
const warned = (sentence: string) =>
  sentence
    .split(/[,;:]/)
    .filter((clause) => !CONDITION.test(clause))
    .some((clause) => NEGATION.test(clause) || NO_VERB.test(clause));
// Spanish and Portuguese say "no"/"não" before the verb ("no devuelva la llamada"): a warning too.
const NO_VERB = /(?<![\p{L}])(?:no|não)\s+(?:devuelva|llame|vuelva|rellame|conteste|responda|ligue|retorne)(?![\p{L}])/u;

// A contact card: "the attached vCard", "Kontaktkarte", "carte de contact", "tarjeta de contacto", "contactkaart".
const CONTACT_CARD =
  /(?<![\p{L}])(?:v-?cards?|\p{L}{0,30}\.vcf|contact\s+(?:card|file)s?|kontaktkarte\p{L}{0,2}|kontaktdatei|carte\s+de\s+contact|fiche\s+(?:de\s+)?contact|tarjeta\s+de\s+contacto|contactkaart\p{L}{0,2}|contactbestand|kontaktkort\p{L}{0,3}|scheda\s+(?:del\s+)?contatto|cart[ãa]o\s+de\s+contato|بطاقة\s+(?:ال)?اتصال)(?![\p{L}])/u;

/** The "number that called you" and contact-card asks in `text`, as flags. */
export function unseenContacts(text: string): UnseenContact[] {
  const flags: UnseenContact[] = [];
  for (const sentence of splitSentences(text)) {
    // Read lower-cased (the patterns have no 'i' flag, see lower-case.ts); quoted as written.
    const s = lowerSameLength(sentence);
    if (warned(s)) continue;
    const quoted = `"${sentence.trim().slice(0, 100)}"`;
    if (CALLED_YOU.test(s) && CALL_BACK.test(s.replace(TEAM_CALLS, ' ')) && !WRITTEN_NUMBER.test(s))
      flags.push({ kind: 'unknown-contact', detail: `sends the customer to a number only the caller knows: ${quoted}` });
    if (CONTACT_CARD.test(s))
      flags.push({ kind: 'unknown-contact', detail: `sends the customer to a contact card nobody on the team can read: ${quoted}` });
  }
  return flags;
}
