import { describe } from 'vitest';
import { promisesNothing, promisesUnbacked } from '../../tests/support/promises';

// A promise word as what a call or a look is about ("we will call you about the refund") promises nothing: the
// call is the promise (round 12's en-r12-h33). The same word that gives something stays a promise.
describe('a promise word as a topic', () => {
  describe('promises nothing', () => {
    promisesNothing([
      'Hi, our agent will call you back tomorrow morning about the refund.',
      'We will get back to you regarding your refund by Friday.',
      'I have asked the billing team about your compensation request.',
      'Wir melden uns morgen wegen Ihrer Rückerstattung.',
      'Nous vous rappellerons demain au sujet de votre remboursement.',
      'Le llamaremos mañana sobre su reembolso.',
    ]);
  });
  describe('still promises when the word gives', () => {
    promisesUnbacked([
      'We will call you tomorrow about the refund of €500 we are sending you today.',
      'About the refund: we will refund you €500 today.',
      'Regarding your refund, it has been approved and we will refund you in full today.',
      'We will refund you today, and call you about the details.',
    ]);
  });
});
