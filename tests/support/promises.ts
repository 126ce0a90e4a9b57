// The knowledge and helpers the drafts' promise tests share (promises, particulars, negation scope).
import { expect, it } from 'vitest';
import { checkDraft } from '../../src/drafts/checks';
import type { CheckContext } from '../../src/drafts/prompt';

const context: CheckContext = {
  snippets: [
    { id: 'kb-refund', text: 'Refunds\nA refund is issued within 14 days after the return arrives.' },
    { id: 'kb-late', text: 'Late orders\nIf your order is more than 5 days late, we give you a EUR 10 store credit.' },
    { id: 'kb-vat', text: 'Invoices\nAll prices include 20 % VAT.' },
    { id: 'kb-bulk', text: 'Bulk orders\nOrders over €1,500 get a 5 % discount.' },
    { id: 'kb-payout', text: 'Payouts\nRefunds are paid out every Friday.' },
  ],
  ticketText: 'Where is my money?',
  customerText: 'Where is my money?',
  customerLanguage: 'en',
};
/** The unbacked promises' details: `kind: "clause" is not backed…`. */
export const promises = (text: string, citations: string[] = []) =>
  checkDraft({ text, citations }, context)
    .filter((f) => f.kind === 'unbacked-promise')
    .map((f) => f.detail);
/** A test per text that no unbacked promise is found in it. */
export const promisesNothing = (texts: string[]) =>
  it.each(texts)('"%s" promises nothing', (text) => {
    expect(promises(text)).toEqual([]);
  });
/** A test per text that it promises something no snippet backs. */
export const promisesUnbacked = (texts: string[], citations: string[] = []) =>
  it.each(texts)('"%s" promises, unbacked', (text) => {
    expect(promises(text, citations)).not.toEqual([]);
  });
