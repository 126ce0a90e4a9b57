// An amount the customer is told to pay at a site the team never gave ("pay the outstanding €2.99 at
// dhl-parcel-release.com", "betala 29 kr på postnord-leverans.se"), or a payment that "verifies" a refund or an account
// ("send a small payment of €1 to verify", "pago de prueba de 1 €", "1 € Prüfbetrag"): the redelivery-fee and
// verification-payment scams of round 16, which name no gift card, partner or account for payment-lures.ts. A sentence
// that negates or warns ("we don't collect it", "ignore it", "nicht nötig") asks nothing. Linear: each pattern is
// tested once per sentence, and contacts are looked for only in a sentence that already asks for an amount.
import { findContacts, type Contact } from './contacts';
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

const AMOUNT =
  /(?:[€£$]|(?<![\p{L}])(?:eur|usd|gbp|chf|sek|kr)(?![\p{L}]))\s?\d{1,6}(?:[.,]\d{1,2})?|\d{1,6}(?:[.,]\d{1,2})?\s?(?:[€£$]|(?:eur|euros?|usd|gbp|chf|sek|kr)(?![\p{L}]))/u;
const PAY =
  /(?<![\p{L}])(?:pay|payment|settle|zahl\p{L}*|bezahl\p{L}*|überweis\p{L}*|payer|payez|paiement|régle[rz]|paga|pagar|pague|pago|pagamento|pagare|betala|betal[ae]r|betaal\p{L}*|maak\s+(?:\S+\s+){0,4}over)(?![\p{L}])|(?<![\p{L}])betaal/u;
const VERIFY =
  /(?<![\p{L}])(?:verif\p{L}*|vérif\p{L}*|prüf(?:betrag|zahlung)\p{L}*|test\s+payment|paiement\s+test|pago\s+de\s+prueba|pagamento\s+di\s+prova|testbetaling)(?![\p{L}])/u;
// Negated or warned of: not an ask. ("Ignore it", "nicht nötig", "we never ask", "if you receive …").
const NOT_ASKED =
  /(?<![\p{L}])(?:never|not|no|nothing|\p{L}+n['’]t|nie|nicht|kein\p{L}*|nichts|jamais|pas|nunca|nada|mai|non|niente|nooit|niet|geen|aldrig|inte|ingen|ignor\p{L}*|if\s+you\s+receive)(?![\p{L}])/u;

// Set phrases with a negation word that warn of nothing: "No worries, just pay …", "Don't wait: pay …" (review of chk16);
// "don't forget / don't hesitate" in fr, es, it, nl, sv, pt, pl: "No olvide enviarnos …", "N'hésitez pas à nous envoyer …" (review of chk18).
export const NOT_A_WARNING =
  /(?<![\p{L}])(?:no\s+(?:worries|problem|rush)|never\s+mind|not\s+a\s+problem|(?:don['’]t|do\s+not)\s+(?:wait|worry|forget|hesitate|delay)|not?\s+later\s+than|nicht\s+später\s+als|niet\s+later\s+dan|inte\s+senare\s+än|(?:nicht|niet)\s+(?:vergessen|vergeten)|vergessen\s+sie\s+(?:es\s+)?nicht|vergeet\s+(?:het\s+)?niet|glöm\s+inte|tveka\s+inte|zögern\s+sie\s+nicht|aarzel\s+niet|n['’](?:oubliez|oublie|hésitez|hésite)\s+pas|ne\s+tardez\s+pas|no\s+(?:se\s+)?(?:olvide|olvides|olviden|dude|dudes|duden|tarde)|non\s+(?:dimenticare|dimentichi|dimenticate|esitare|esiti|esitate|tardare)|não\s+(?:se\s+)?(?:esqueça|esqueças|esqueçam|hesite|hesites|hesitem)|nie\s+(?:zapomnij|zapomnijcie|zapomnieć|wahaj|wahajcie|zwlekaj|zwlekać)|kein\s+problem|keine\s+sorge|pas\s+de\s+(?:problème|souci)|sin\s+problema|no\s+hay\s+problema|nessun\s+problema|geen\s+(?:probleem|zorgen)|inga\s+problem)(?![\p{L}])/gu;

/**
 * The sentences of `text` that steer a payment to an unvouched site or "verify" by one, as 'payment' flags. A link is
 * the team's when `isVouched` says so (checks.ts: the snippets, their addresses, the facts, the allowlist and its
 * subdomains), else when `vouched` (the team's text) holds it.
 */
export function paidAtLink(text: string, vouched = '', isVouched?: (contact: Contact) => boolean): { kind: 'payment'; detail: string }[] {
  const team = vouched.toLowerCase();
  const teams = isVouched ?? ((c: Contact) => team.includes(c.key));
  // A sentence is read on its first 600 characters: an ask is short, and a 100 KB "sentence" is no prose.
  for (const sentence of splitSentences(text).map((t) => t.slice(0, 600))) {
    const s = lowerSameLength(sentence);
    if (!AMOUNT.test(s) || !PAY.test(s) || NOT_ASKED.test(s.replace(NOT_A_WARNING, ' '))) continue;
    const site = findContacts(sentence).find((c) => c.kind === 'link' && !teams(c));
    if (site || VERIFY.test(s))
      return [
        {
          kind: 'payment',
          detail: site
            ? `asks for a payment at ${site.text}, which the team never gave: "${sentence.trim().slice(0, 100)}"`
            : `asks for a payment to "verify": "${sentence.trim().slice(0, 100)}"`,
        },
      ];
  }
  return [];
}
