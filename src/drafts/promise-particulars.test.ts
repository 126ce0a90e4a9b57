import { describe, expect, it } from 'vitest';
import { promises, promisesUnbacked } from '../../tests/support/promises';
import { particulars } from './promise-particulars';

describe('the particulars of a promise', () => {
  describe('are read beyond its clause: an amount in a neighbouring clause or the next sentence is not backed by kb-refund', () => {
    promisesUnbacked(
      [
        'We will refund you: €500, today.',
        'We will refund you (€500) today.',
        'We will refund you – all €500 – today.',
        'We will refund you in full. That is €500, paid today.',
      ],
      ['kb-refund'],
    );
  });

  describe('count a long number with a currency as an amount', () => {
    promisesUnbacked(['We will refund $10000 within 14 days.', 'We will refund 25000 EUR within 14 days.'], ['kb-refund']);
    it('but a long bare number stays a reference', () => {
      expect(particulars('order 40012345 and 10000')).toEqual([]);
      expect(particulars('$10000 or 25000 EUR or €25000 or 25000 €')).toEqual(['10000', '25000', '25000', '25000']);
      expect(particulars('25000 Euro, 25000 kronor, ₺25000 or 25000 Riyals')).toEqual(['25000', '25000', '25000', '25000']);
    });
  });

  it('skip the number of an order, a ticket or an invoice', () => {
    expect(promises('We will refund your order 4521 within 14 days after the return arrives.', ['kb-refund'])).toEqual([]);
    expect(particulars('order 4521, ticket #77, invoice no. 1234, 14 days')).toEqual(['14']);
  });

  it('skip a refusal in the same sentence', () => {
    expect(promises('We cannot refund the €500 fee, but we will refund the item within 14 days.', ['kb-refund'])).toEqual([]);
  });
});
