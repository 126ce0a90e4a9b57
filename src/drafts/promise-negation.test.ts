import { describe } from 'vitest';
import { promisesNothing, promisesUnbacked } from '../../tests/support/promises';

describe('a negation refuses only the promise it governs', () => {
  describe('not one after a "so", "and", "since" or far behind', () => {
    promisesUnbacked([
      'We will refund the full €500 today so you don’t lose out.',
      "We will refund the full €500 today so you don't lose out.",
      "Good news: we've refunded your €500 and you don't need to do anything.",
      "We'll reimburse you right away so you aren't out of pocket.",
      "We will compensate you with €100 for the trouble we didn't foresee.",
      "We've credited €200 to your card since it wasn't your fault.",
      'We will refund you in full because you are not to blame.',
    ]);
  });

  describe('but one just before it, or just after its noun', () => {
    promisesNothing([
      'We cannot refund opened items.',
      "We won't be able to refund the ebook.",
      "We don't refund digital downloads.",
      'Refunds are not possible later than 30 days after purchase.',
      'A refund isn’t possible for digital goods.',
      'Eine Erstattung ist leider nicht möglich.',
      'Wir erstatten digitale Käufe nicht.',
      'Vi återbetalar inte digitala köp.',
      'Nous ne remboursons pas les produits numériques.',
      'No podemos reembolsar productos digitales.',
      'لا يمكننا استرداد المبلغ.',
      'We are not able to offer you a refund for this order.',
      "We're not in a position to issue a refund.",
    ]);
  });
});
