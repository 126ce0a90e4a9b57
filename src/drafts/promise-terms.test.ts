import { describe } from 'vitest';
import { promisesNothing, promisesUnbacked } from '../../tests/support/promises';

describe('promise terms that have an everyday meaning', () => {
  promisesNothing([
    'You can always rely on us for help with setup.',
    'Thank you for counting on us.',
    'We sturen u een offerte voor de reparatie.',
    'Le inviamo la nostra offerta.',
    'The firmware update compensates for the sensor drift.',
    'We will cover this in the next release notes.',
    'Please credit the photographer.',
    'Su abono de transporte se renovará el lunes.',
  ]);

  describe('still promise in their money meaning', () => {
    promisesUnbacked([
      'The shipping is on us.',
      "It's on us.",
      'The return label will be on us.',
      'Let us put this one on us.',
      "La livraison c'est offert.",
      'Les frais de port vous sont offerts.',
      'La livraison vous est offerte.',
      'We will compensate you for the delay.',
      'We will cover the costs of the repair.',
      "We'll cover it.",
      'We will cover the fees.',
      'Le abonamos 40 € en su tarjeta.',
    ]);
  });
});
