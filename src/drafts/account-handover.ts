// The account handed over another way than a password (round 17): two-factor authentication turned off or its
// authenticator removed "so our team can log in", in en, de, fr, es, it, pt, nl, sv, pl. No team needs that: a support
// agent never logs in as the customer. Not "turn on 2FA", nor "do not disable it" (negated before it in its clause: negated-before.ts), nor an
// authenticator moved to a new phone. Reads lower-cased text.
import { undeniedAsks } from './negated-before';
import { splitSentences } from './split-sentences';
import { lowerSameLength } from './lower-case';

const TWO_FACTOR =
  /(?<![\p{L}])(?:two[\s-]?factor|2fa|mfa|two[\s-]?step|multi[\s-]?factor|authenticator|zwei[\s-]?faktor\p{L}*|zweistufig\p{L}*|double\s+authentification|authentification\s+à\s+deux\s+facteurs|a2f|verificaci[óo]n\s+en\s+dos\s+pasos|autenticaci[óo]n\s+de\s+dos\s+factores|autenticazione\s+a\s+due\s+fattori|verifica\s+in\s+due\s+passaggi|autentica[çc][ãa]o\s+de\s+dois\s+fatores|verifica[çc][ãa]o\s+em\s+duas\s+etapas|tweestapsverificatie|tweefactor\p{L}*|tvåstegsverifiering\p{L}*|tvåfaktor\p{L}*|weryfikacj\p{L}*\s+dwuetapow\p{L}*|uwierzytelniani\p{L}*\s+dwuskładnikow\p{L}*)(?![\p{L}])/u;
const TURNED_OFF =
  /(?<![\p{L}])(?:turn\s+off|switch\s+off|disable|deactivate|remove|unlink|deaktivier\p{L}*|abschalt\p{L}*|ausschalt\p{L}*|désactiv\p{L}*|desactiv\p{L}*|disattiv\p{L}*|desativ\p{L}*|uitschakel\p{L}*|stäng\s+av|inaktivera|avaktivera|wyłącz\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:schakel|zet|schalten\s+sie)\s[^.!?\n]{0,60}?\s(?:uit|aus)(?![\p{L}])/gu;
// Moving the second factor to a new phone: "remove the old authenticator after setting up the new one", "unlink your
// lost phone with a backup code" (review of chk17). Only removing or unlinking: turning it off is no move.
const REMOVED = /(?<![\p{L}])(?:remove|unlink)(?![\p{L}])/u;
const DEVICE_MOVED =
  /(?<![\p{L}])(?:(?:old|lost|previous|former|stolen|broken)\s+(?:[\p{L}\p{N}-]+\s+)?(?:phone|device|authenticator|app|handset)|new\s+(?:one|phone|device|authenticator)|backup\s+codes?)(?![\p{L}])/u;

/** A sentence that has the customer turn off their second factor, as an 'unknown-contact' flag. */
export function accountHandover(text: string): { kind: 'unknown-contact'; detail: string }[] {
  for (const sentence of splitSentences(text)) {
    const s = lowerSameLength(sentence);
    if (!TWO_FACTOR.test(s)) continue;
    const asks = undeniedAsks(s, TURNED_OFF);
    if (asks.some((m) => !REMOVED.test(m[0])) || (asks.length > 0 && !DEVICE_MOVED.test(s)))
      return [
        {
          kind: 'unknown-contact',
          detail: `has the customer turn off two-factor authentication, which opens the account to whoever asked: "${sentence.trim().slice(0, 100)}"`,
        },
      ];
  }
  return [];
}
