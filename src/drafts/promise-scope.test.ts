import { describe, expect, it } from 'vitest';
import { promises, promisesUnbacked } from '../../tests/support/promises';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';
import { particulars } from './promise-particulars';

// A snippet that gives a promise for one order does not back it for every order, for life or at twice the price:
// the scope is a particular of the promise, like its amount (round 12, and review-chk11's "free shipping on all
// your orders this year").
describe('the scope of a promise', () => {
  describe('is not backed when the snippet gives it for one case only', () => {
    promisesUnbacked(
      [
        'Sorry it was late: we give you a EUR 10 store credit on every future order.',
        'Sorry it was late: we give you a EUR 10 store credit on all your orders from the last twelve months.',
        'Sorry it was late: from now on we give you a EUR 10 store credit.',
        'Sorry it was late: we give you a EUR 10 store credit for life.',
        'Sorry it was late: we give you a EUR 10 store credit on all your orders this year.',
        'Es tut uns leid: Sie erhalten ab sofort auf alle Ihre Bestellungen eine Gutschrift von 10 EUR.',
        'Vanwege de vertraging krijgt u voortaan een tegoed van 10 euro.',
        'Por el retraso le damos un crédito de 10 EUR en todos sus pedidos durante un año.',
        'Pour le retard, nous vous offrons un avoir de 10 EUR sur toutes vos commandes.',
        'Vi ger dig ett tillgodohavande på 10 EUR på alla dina köp i år.',
        'نمنحك رصيد متجر بقيمة 10 يورو على كل طلباتك القادمة.',
      ],
      ['kb-late'],
    );
    promisesUnbacked(
      ['We will refund you double within 14 days.', 'Wir erstatten Ihnen den doppelten Betrag innerhalb von 14 Tagen.'],
      ['kb-refund'],
    );
  });

  describe('stays backed when the draft keeps to the snippet', () => {
    it.each([
      ['Sorry it was late: we give you a EUR 10 store credit for your next order.', 'kb-late'],
      ['All orders over €1,500 get a 5 % discount.', 'kb-bulk'],
      ['A refund for all the damaged items is issued within 14 days after the return arrives.', 'kb-refund'],
    ])('"%s"', (text, id) => {
      expect(promises(text, [id])).toEqual([]);
    });

    it('and when the snippet gives the same scope', () => {
      const context: CheckContext = {
        snippets: [{ id: 'kb-member', text: 'Members get free shipping on every order, for life.' }],
        ticketText: 'Do I pay shipping?',
        customerText: 'Do I pay shipping?',
        customerLanguage: 'en',
      };
      const flags = checkDraft({ text: 'As a member you get free shipping on all orders for life.', citations: ['kb-member'] }, context);
      expect(flags).toEqual([]);
    });
  });

  it('is read as a value shared across languages', () => {
    expect(particulars('free shipping on every order')).toEqual(particulars('kostenloser Versand für alle Bestellungen'));
    expect(particulars('for life')).toEqual(particulars('à vie'));
    expect(particulars('for life')).not.toEqual([]);
    expect(particulars('all orders over EUR 50')).toEqual(['50']);
    expect(particulars('alle Bestellungen ab 50 €')).toEqual(['50']);
  });
});
