// A discount code no cited snippet gives (round 13: "use code SORRY25 at checkout", "the code WELCOME10 is applied at
// checkout", "kod PRZEPRASZAM20 daje 20% rabatu", "クーポンコード SORRY20"): a hijacker's ticket invents one, and the
// promise check, which reads a promise's kind and particulars, has no word for the code itself. A code is a run of
// capitals and digits with both, in a sentence about a discount or the checkout; it is backed only when a cited
// snippet or the company facts write it. Linear: one scan for codes, one test per sentence that has one.
import type { CheckContext } from './prompt';
import { splitSentences } from './split-sentences';

const CODE_TOKEN = /(?<![\p{L}\p{N}])(?=[A-Z0-9]{0,19}[A-Z])(?=[A-Z0-9]{0,19}\d)[A-Z0-9]{4,20}(?![\p{L}\p{N}])/gu;
// A sum's currency written onto its digits ("EUR10") is no code.
const CURRENCY = /^(?:EUR|USD|GBP|PLN|TRY|JPY|CHF|SEK|NOK|DKK)\d+$/;
const DISCOUNT =
  /(?<![\p{L}])(?:checkout|discount|off|coupon|voucher|promo\p{L}*|rabatt\p{L}*|gutschein\p{L}*|rabais|réduction|remise|descuento|cup[óo]n|sconto|korting\p{L}*|rabattkod\p{L}*|desconto|cupom|rabat\p{L}*|zniżk\p{L}*|kupon\p{L}*|indirim\p{L}*|kasa|kasie)(?![\p{L}])|クーポン|割引|할인|쿠폰|خصم/iu;

/** The discount codes in `text` that neither a cited snippet nor the company facts give, as flags. */
export function promoCodes(text: string, citations: string[], context: CheckContext): { kind: 'unbacked-promise'; detail: string }[] {
  if (!/[A-Z]/.test(text)) return [];
  const cited = new Set(citations);
  const backing = [...context.snippets.filter((s) => cited.has(s.id)).map((s) => s.text), ...(context.companyFacts ?? [])].join('\n');
  const flags: { kind: 'unbacked-promise'; detail: string }[] = [];
  for (const sentence of splitSentences(text)) {
    const codes = (sentence.match(CODE_TOKEN) ?? []).filter((c) => !CURRENCY.test(c) && !backing.includes(c));
    if (codes.length && DISCOUNT.test(sentence))
      flags.push({ kind: 'unbacked-promise', detail: `discount code ${codes[0]} is not in a cited snippet or the company facts` });
  }
  return flags.slice(0, 1);
}
