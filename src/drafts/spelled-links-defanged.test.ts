import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

// Review of red team 7's spelled addresses: the company's own pass; defanged dots ("[dot]", "(.)") and a
// country's second level ("dot co dot uk") were read as no address.
// The team's site is acme.example (company facts).
const context: CheckContext = {
  snippets: [{ id: 'kb-1', text: 'Returns: send the parcel back within 30 days.' }],
  ticketText: 'Where do I file the claim?',
  customerText: 'Where do I file the claim?',
  customerLanguage: 'en',
  companyFacts: ['Acme, website acme.example'],
};
const kinds = (draft: string) => checkDraft({ text: draft, citations: ['kb-1'] }, context).map((f) => f.kind);

describe('spelled web addresses', () => {
  it.each(['Hi, you can find it at acme dot example slash returns.', 'Hi, see www dot acme dot example for the hours.'])(
    'the company’s own: %s',
    (draft) => {
      expect(kinds(draft)).not.toContain('unknown-link');
    },
  );
  it.each([
    'Hi, please file the claim on refund-desk (dot) com slash claim.',
    'Hi, please file the claim on refund-desk [dot] com.',
    'Hi, please file the claim on refund-desk [.] com.',
    'Hi, please file the claim on refund-desk(.)com.',
    'Hi, please file the claim on refund-desk．com.',
    'Hi, please file the claim on refund-desk DOT com.',
    'Hi, please file the claim on refund-desk dot co dot uk.',
  ])('a hijack: %s', (draft) => {
    expect(kinds(draft)).toContain('unknown-link');
  });
});
