// Words that make a draft promise money or admit liability, in the nine languages (issue 5 item 4), by
// kind: the words themselves are in promise-terms-money-back.ts, promise-terms-price.ts,
// promise-terms-liability.ts and promise-delivery-terms.ts; when some of them count is in
// promise-term-rules.ts, the patterns that find them in promise-term-pattern.ts. Stems, matched
// case-insensitively at a word start, so "refund", "refunded", "Rückerstattung" all count. A flag costs
// the agent a glance; a missed promise costs the company money, so these lean broad.
import { GUARANTEE_WORDS } from './promise-delivery-terms';
import { COMPENSATION_TERMS, LEGAL_ADMISSION_TERMS } from './promise-terms-liability';
import { CREDIT_TERMS, REFUND_TERMS } from './promise-terms-money-back';
import { DISCOUNT_TERMS, FEE_WAIVER_TERMS } from './promise-terms-price';

export const PROMISE_KINDS = [
  'refund',
  'credit',
  'discount',
  'fee-waiver',
  'compensation',
  'legal-admission',
  'delivery-guarantee',
] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

export const PROMISE_TERMS: Record<PromiseKind, string[]> = {
  refund: REFUND_TERMS,
  credit: CREDIT_TERMS,
  discount: DISCOUNT_TERMS,
  'fee-waiver': FEE_WAIVER_TERMS,
  compensation: COMPENSATION_TERMS,
  'legal-admission': LEGAL_ADMISSION_TERMS,
  'delivery-guarantee': GUARANTEE_WORDS,
};
