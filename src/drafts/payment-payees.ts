// Who a draft has the customer pay (red team 11), beside payment-lures.ts's gift cards, QR codes and wallets: a
// "partner" the team never named ("settle the balance with our partner firm ACME", "bei unserem Partnerunternehmen"),
// and an account, number or address that is somewhere else than the draft ("pay via Klarna to the account below",
// "to our partner PayPal at the address in the attachment"). A payment provider's name launders neither: only a
// partner the snippets or company facts name, by its whole name, is the team's own. Linear: bounded runs only.
import { lowerSameLength } from './lower-case';

// "Partner" alone or in a compound ("Partnerfirma", "samarbetspartner", "partnerbedrijf"), and its words elsewhere:
// "partenaire", "socio", "parceira", "empresa colaboradora", "الشريكة"; and a debt collector, "affiliate" or "agency"
// (review of round 11), but not the words that are also a bank's branch ("agence", "agencia") or a direct debit
// ("incasso", "cobrança").
const PARTNER =
  '(?<![\\p{L}])(?:\\p{L}{0,20}[Pp]artner\\p{L}{0,12}|partenaires?|socios?|parceir[oa]s?|colaborador[ae]s?|ال?شريك\\p{L}{0,3}|affiliates?|agency|agencies|\\p{L}{0,12}[Ii]nkasso\\p{L}{0,12}|\\p{L}{0,12}incassobureau|inkassobyrå\\p{L}{0,2}|recouvrement|(?:agencia|empresa)\\s+de\\s+cobros?|empresa\\s+de\\s+cobrança|recupero\\s+crediti|وكالة\\s+تحصيل)(?![\\p{L}])';
// The name after it, past a word or two ("our partner firm ACME Recoveries", "شركتنا الشريكة ACME"): capitalized words.
const PARTNER_NAME = new RegExp(
  `${PARTNER}(?:\\s+[\\p{Ll}\\p{Lo}][\\p{L}]{0,20}){0,2}?\\s+(\\p{Lu}[\\p{L}\\d&.-]{0,30}(?:\\s+\\p{Lu}[\\p{L}\\d&.-]{0,30}){0,3})`,
  'u',
);
const PARTNER_WORD = new RegExp(PARTNER, 'iu');
// Paid or settled: "pay", "settle", "begleichen", "régler", "liquide", "salde", "voldoe", "betala", "quite", "تسديد".
const PAYS =
  /(?<![\p{L}])(?:pay|paying|settle|transfer|wire|deposit|\p{L}{0,3}zahl\p{L}{0,4}|überweis\p{L}{0,3}|begleich\p{L}{0,3}|betaal|betalen|voldoe\p{L}{0,2}|vereffen\p{L}{0,2}|betala|reglera|överför|payez|payer|réglez|régler|virez|versez|pague|pagar|liquid\p{L}{0,3}|sald[ae]\p{L}{0,2}|transfiera|ingrese|quite|quitar|transfira|paga|paghi|pagare|bonific\p{L}{0,3}|swisha|ادفع|دفع|سدد|تسديد|سداد|حو[ّ]?ل)(?![\p{L}])/u;
// At checkout or in instalments on the company's own site: "pay later with our partner Klarna at checkout".
const AT_CHECKOUT =
  /(?<![\p{L}])(?:check-?out|instal?lments?|pay\s+later|kasse|raten\p{L}{0,6}|später|lors\s+de\s+la\s+commande|en\s+\p{L}+\s+fois|a\s+plazos|en\s+cuotas|al\s+finalizar|afrekenen|achteraf|termijnen|kassan|delbetal\p{L}{0,4}|prestações|parcelad\p{L}{0,2}|a\s+rate|بالتقسيط)(?![\p{L}])/iu;

// An account, number or address to pay to, which is below, attached, in a letter: nowhere the agent can check it.
const DESTINATION =
  /(?<![\p{L}])(?:accounts?|details|number|address|konto|bankverbindung|\p{L}{0,12}nummer|adresse|compte|coordonnées|rib|numéro|cuenta|número|dirección|rekening|adres|numret|conta|conto|numero|indirizzo|ال?حساب|الرقم|العنوان)(?![\p{L}])/u;
const ELSEWHERE =
  /(?<![\p{L}])(?:further\s+down|(?:at|to)\s+the\s+(?:end|bottom)|weiter\s+unten|am\s+ende|à\s+la\s+fin|plus\s+bas|al\s+final|más\s+abajo|no\s+final|mais\s+abaixo|alla\s+fine|più\s+in\s+basso|i\s+slutet|längre\s+ner|onderaan|verderop|في\s+(?:ال)?أسفل|في\s+نهاية|below|attached|attachment|enclosed|letter|anhang|angehängt\p{L}{0,2}|beigefügt\p{L}{0,2}|unten|bijlage|bijgevoegd\p{L}{0,2}|hieronder|bilaga\p{L}{0,2}|bifogad\p{L}{0,2}|nedan|pièce\s+jointe|ci-dessous|ci-joint\p{L}{0,2}|adjunt\p{L}{0,2}|abajo|anexo|anexad\p{L}{0,2}|abaixo|allegat\p{L}{0,2}|sotto|أدناه|ال?مرفق\p{L}{0,2})(?![\p{L}])/u;
const NUMBER_RUN = /\d(?:[ .-]?\d){5,}/g;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sentences of `sentences` that pay a partner the team does not name, or an account that is elsewhere; `vouched`
 * is what the team wrote (the snippets, the company facts).
 */
export function unvouchedPayee(sentences: string[], vouched: string): string | undefined {
  const vouchedDigits = vouched.replace(/\D/g, '');
  const named = (name: string) => new RegExp(`(?<![\\p{L}])${escaped(name)}(?![\\p{L}])`, 'u').test(vouched);
  const toPartner = (s: string) => {
    if (!PARTNER_WORD.test(s) || AT_CHECKOUT.test(s)) return false;
    const name = PARTNER_NAME.exec(s)?.[1]?.replace(/[.-]+$/, '');
    return !(name && named(name));
  };
  // "the details below: IBAN …" with an account the team gives is the team's own.
  const givenNext = (next = '') => {
    const runs = next.match(NUMBER_RUN) ?? [];
    return runs.length > 0 && runs.every((r) => vouchedDigits.includes(r.replace(/\D/g, '')));
  };
  // The account written in the same sentence counts too ("to the account below: ACME GmbH, IBAN DE89 …").
  // PAYS, DESTINATION and ELSEWHERE read the sentence lower-cased (no 'i' flag, see lower-case.ts).
  return sentences.find((s, i) => {
    const lower = lowerSameLength(s);
    return (
      PAYS.test(lower) &&
      (toPartner(s) || (DESTINATION.test(lower) && ELSEWHERE.test(lower) && !givenNext(`${s} ${sentences[i + 1] ?? ''}`)))
    );
  });
}
