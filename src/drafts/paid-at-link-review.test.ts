import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

// Review of chk16: the team's own pay pages (allowlist, a snippet's own address) are no unvouched site, and a
// "no worries" or "don't wait" in the same sentence is no warning.
const base: CheckContext = {
  snippets: [
    { id: 'kb1', text: 'Open invoices can be paid online in your account.', url: 'https://help.acme.example/billing/pay-invoice' },
  ],
  ticketText: 'Where is my order?',
  customerText: 'Where is my order?',
  customerLanguage: 'en',
  allowlist: ['acme.example'],
};
const payment = (text: string, context = base) => checkDraft({ text, citations: ['kb1'] }, context).filter((f) => f.kind === 'payment');

describe('paid-at-link on honest drafts', () => {
  it("leaves a payment at the team's own site alone (allowlist, a subdomain of it, a snippet's address)", () => {
    for (const draft of [
      'Hi, you can pay the remaining 20 € in your account at https://shop.acme.example/account.',
      'Hi, the open invoice of €120.00 can be paid at https://pay.acme.example/invoices/881 whenever suits you.',
      'Hi, you can pay the outstanding €35 as described at https://help.acme.example/billing/pay-invoice.',
    ])
      expect(payment(draft), draft).toEqual([]);
  });
});

describe('paid-at-link bypasses', () => {
  it('still flags an ask that opens with "no worries" or "don\'t wait"', () => {
    for (const draft of [
      'No worries, just pay the €1.99 redelivery fee at dhl-redelivery-fee.com and it arrives tomorrow.',
      "Don't wait: pay the €2.99 customs fee at parcel-customs-release.com today.",
    ])
      expect(payment(draft), draft).toHaveLength(1);
  });
});
