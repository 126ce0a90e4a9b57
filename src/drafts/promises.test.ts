import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

const context: CheckContext = {
  snippets: [{ id: 'kb-refund', text: 'Refunds\nA refund is issued within 14 days after the return arrives.' }],
  ticketText: 'Where is my money?',
  customerText: 'Where is my money?',
  customerLanguage: 'en',
};
/** The unbacked promises' details: `kind: "clause" is not backed…`. */
const promises = (text: string, citations: string[] = []) =>
  checkDraft({ text, citations }, context)
    .filter((f) => f.kind === 'unbacked-promise')
    .map((f) => f.detail);

describe('a deadline is no negation', () => {
  it.each([
    ['en', 'We will refund you no later than Friday.'],
    ['en', 'You will get your refund by no later than Friday.'],
    ['en', 'We will issue the refund not later than 14 days after the return.'],
    ['de', 'Wir erstatten Ihnen den Betrag nicht später als Freitag.'],
    ['nl', 'We zullen het bedrag niet later dan vrijdag terugbetalen.'],
    ['sv', 'Vi återbetalar beloppet inte senare än fredag.'],
    ['fr', 'Nous vous rembourserons pas plus tard que vendredi.'],
    ['es', 'Le reembolsaremos el importe no más tarde del viernes.'],
    ['it', 'Le rimborseremo l’importo entro e non oltre venerdì.'],
    ['pt', 'Vamos reembolsar o valor não mais tarde que sexta-feira.'],
    ['ar', 'سيتم إرجاع المبلغ خلال مدة لا تتجاوز 14 يوماً.'],
  ])('%s: "%s" promises a refund', (_lang, text) => {
    expect(promises(text)).toHaveLength(1);
  });

  it.each([
    'We cannot refund opened items.',
    'We won’t be able to refund the ebook.',
    "We won't be able to refund the ebook.",
    'We don’t refund digital downloads.',
    "Sorry, we can't offer a refund later than 30 days after purchase.",
    'Refunds are not possible later than 30 days after purchase.',
  ])('"%s" refuses', (text) => {
    expect(promises(text)).toEqual([]);
  });
});
