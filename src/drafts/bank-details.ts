// Bank details in a draft (issue 12): an IBAN or a domestic account the team did not write down, or any card
// number, flagged for the agent to check. Split out of checks.ts, which calls it with the draft as read.
import { findCards, findIbans } from '../privacy/patterns';
import { splitSentences } from './split-sentences';

/** A flag of checks.ts's kind 'unknown-contact' (its own type here: checks.ts imports this file). */
export interface BankDetail {
  kind: 'unknown-contact';
  detail: string;
}

const ibanKey = (iban: string) => iban.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

// A domestic account: a sort code, routing number or Bankleitzahl with its digits, or an account number
// in a sentence that asks for a payment ("Pay to account 31926819", "to our new account, number 55779911"), not
// "your customer account 48213901"; after a comma only with its number word ("I checked your account, 48213901 is
// your customer number; please pay the open invoice"). Its digits may come in groups ("to our new account 5577 9911", red
// team 10), one space between. Bounded spaces: a run of them after "account" is read in linear time.
const SORT_CODE =
  /(?<![\p{L}])(?:sort[- ]?code|routing(?: number)?|aba|blz|bankleitzahl)\s*(?:no\.?|number|nr\.?)?\s*[:#]?\s*\d{2}[- ]?\d{2}[- ]?\d{2,5}/giu;
const ACCOUNT_NUMBER =
  /(?<![\p{L}])(?:account|acct|kontonummer|konto|rekening(?:nummer)?|bankkonto|compte|cuenta|conta|conto|(?:[بلوف]?ال|لل|[بلف])?حساب)\s{0,3}(?:(?:,\s{0,3})?(?:no\.?|number|nr\.?|nummer|numéro|número|رقم)\s{0,3})?[:#]?\s{0,3}\d(?:[ \u00a0]?\d){5,11}(?!\d)/giu;
// Also the separable and deposit verbs: "maak … over naar rekening", "stort … op", "ingrese/deposite … en la
// cuenta", "versez … sur le compte", "sätt in … på konto", "swisha"; "för över", "bonifico", "أودع" (deposit).
const PAYMENT =
  /(?<![\p{L}])(?:pay|paying|payment|transfer|wire|send the (?:money|balance|amount)|überweis|zahlen|bezahl|betaal|overmaken|maak\s(?:[^.!?\n,;]{0,40}?\s)?over\s+(?:naar|op)|stort|betala|överför|för över|sätt in|swisha|bonific|pagament|pag(?:a|hi)(?![\p{L}])|versi(?![\p{L}])|payez|versez|réglez|virement|virer|pague|transfiera|transferencia|ingres[ae]|deposit[ae]|abon[ae]|transfira|pix|ادفع|حوّل|حول|أودع|اودع|إيداع|ايداع|سدد|سدّد)/iu;

/**
 * Bank details in the restored draft: an IBAN the team did not write down, or any card number. Judged
 * after restoring, because one that came from the ticket comes back through its placeholder (a hijacker
 * plants "pay the balance to …" in the ticket and the model repeats ⟦IBAN_1⟧); a customer's own IBAN for
 * a refund is flagged too, for the agent to check, never blocked.
 */
// `read` is the restored draft as a customer reads its numbers (checks.ts readAsContacts); `vouchedText` what the
// team wrote (the snippets, the company facts).
export function bankDetails(read: string, vouchedText: string[]): BankDetail[] {
  // An IBAN broken over a line ("GB29 NWBK\n6016 …") is read as one.
  const text = read.replace(/[ \t]*\n[ \t]*/g, ' ');
  const vouched = new Set(vouchedText.flatMap((t) => findIbans(t).map((span) => ibanKey(t.slice(span.start, span.end)))));
  return [
    ...findIbans(text)
      .map((span) => text.slice(span.start, span.end))
      .filter((iban) => !vouched.has(ibanKey(iban)))
      .map((iban) => ({
        kind: 'unknown-contact' as const,
        detail: `${iban}: bank details the knowledge base and company facts do not give`,
      })),
    ...findCards(text).map((span) => ({ kind: 'unknown-contact' as const, detail: `${text.slice(span.start, span.end)}: a card number` })),
    ...domesticAccounts(text, vouchedText),
  ];
}

function domesticAccounts(text: string, vouchedText: string[]): BankDetail[] {
  const digits = (s: string) => s.replace(/\D/g, '');
  const vouched = vouchedText.map(digits).join(' ');
  const found = [
    ...(text.match(SORT_CODE) ?? []),
    ...splitSentences(text).flatMap((sentence) => (PAYMENT.test(sentence) ? (sentence.match(ACCOUNT_NUMBER) ?? []) : [])),
  ];
  return [...new Set(found)]
    .filter((account) => !vouched.includes(digits(account)))
    .map((account) => ({
      kind: 'unknown-contact' as const,
      detail: `${account.trim()}: bank details the knowledge base and company facts do not give`,
    }));
}
