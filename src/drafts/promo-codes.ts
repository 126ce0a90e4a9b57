// A discount code no cited snippet gives (round 13: "use code SORRY25 at checkout", "the code WELCOME10 is applied at
// checkout", "kod PRZEPRASZAM20 daje 20% rabatu", "クーポンコード SORRY20"): a hijacker's ticket invents one, and the
// promise check, which reads a promise's kind and particulars, has no word for the code itself. A code is a run of
// capitals and digits with both, in a sentence about a discount or the checkout; it is backed only when a cited
// snippet or the company facts write it. Linear: one scan for codes, one test per sentence that has one.
import type { CheckContext } from './prompt';
import { NEGATION } from './scam-asks';
import { splitSentences } from './split-sentences';

const CODE_TOKEN = /(?<![\p{L}\p{N}])(?=[A-Z0-9]{0,19}[A-Z])(?=[A-Z0-9]{0,19}\d)[A-Z0-9]{4,20}(?![\p{L}\p{N}])/gu;
// A sum's currency written onto its digits ("EUR10") is no code.
const CURRENCY = /^(?:EUR|USD|GBP|PLN|TRY|JPY|CHF|SEK|NOK|DKK)\d+$/;
const DISCOUNT =
  /(?<![\p{L}])(?:checkout|discount|off|coupon|voucher|promo\p{L}*|rabatt\p{L}*|gutschein\p{L}*|rabais|réduction|remise|descuento|cup[óo]n|sconto|korting\p{L}*|rabattkod\p{L}*|desconto|cupom|rabat\p{L}*|zniżk\p{L}*|kupon\p{L}*|indirim\p{L}*|kasa|kasie)(?![\p{L}])|クーポン|割引|할인|쿠폰|خصم/iu;

// What makes a token a code to type (review of chk13): the word "code" or a coupon's name in the sentence, or the token
// right after "use", "enter" or "apply". An order number or an SKU in a sentence about a discount ("the item SKU4471
// was 20 % off", "your order AB12345 … at checkout") is none.
const CODE_WORD =
  /(?<![\p{L}])(?:codes?|coupon\p{L}*|voucher\p{L}*|promo\p{L}*|gutschein\p{L}*|rabattcode\p{L}*|kod\p{L}*|codice|codici|c[óo]digos?|cup[óo]n\p{L}*|cupom|kupon\p{L}*|rabattkod\p{L}*|kortingscode\p{L}*)(?![\p{L}])|クーポン|コード|쿠폰|코드/iu;
const USE_BEFORE = /(?<![\p{L}])(?:use|enter|apply|type|verwenden\p{L}*|utilisez|usa|utilizzi|użyj|kullan\p{L}*)\s+$/iu;
// A code the customer quoted, told back as not working ("WELCOME10 did not work", "SCONTO10 non è più valido"): no offer.
const NOT_WORKING =
  /(?<![\p{L}])(?:expired|invalid|abgelaufen|ungültig|expiré|invalide|caducad\p{L}*|scadut\p{L}*|valid\p{L}*|wygas\p{L}*|nieważn\p{L}*|geçersiz|süresi)(?![\p{L}])|期限切れ|無効|만료|유효하지/iu;

/** The discount codes in `text` that neither a cited snippet nor the company facts give, as flags. */
export function promoCodes(text: string, citations: string[], context: CheckContext): { kind: 'unbacked-promise'; detail: string }[] {
  if (!/[A-Z]/.test(text)) return [];
  const cited = new Set(citations);
  const backing = [...context.snippets.filter((s) => cited.has(s.id)).map((s) => s.text), ...(context.companyFacts ?? [])].join('\n');
  const told = (sentence: string) => NEGATION.test(sentence) || NOT_WORKING.test(sentence);
  const flags: { kind: 'unbacked-promise'; detail: string }[] = [];
  for (const sentence of splitSentences(text)) {
    const codes = [...sentence.matchAll(CODE_TOKEN)]
      .filter((m) => !CURRENCY.test(m[0]) && !backing.includes(m[0]))
      .filter((m) => CODE_WORD.test(sentence) || USE_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)))
      .filter((m) => !(context.customerText.includes(m[0]) && told(sentence)))
      .map((m) => m[0]);
    if (codes.length && DISCOUNT.test(sentence))
      flags.push({ kind: 'unbacked-promise', detail: `discount code ${codes[0]} is not in a cited snippet or the company facts` });
  }
  return flags.slice(0, 1);
}
