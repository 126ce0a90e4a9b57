import { describe, expect, it } from 'vitest';
import { paidAtLink } from './paid-at-link';

const TEAM = 'Track your parcel at https://track.acme.example. Refunds go back to the card you paid with.';

describe('paidAtLink', () => {
  it('flags an amount to pay at a site the team never gave, or a payment that "verifies" a refund', () => {
    for (const draft of [
      'Hi, just pay the outstanding €2.99 at dhl-parcel-release.com and the courier brings it tomorrow.',
      'Hallo, zahlen Sie bitte die offenen 1,99 € für die erneute Zustellung unter paket-zustellung.info.',
      'Hej, betala 29 kr för ny utdelning på postnord-leverans.se så kommer paketet i morgon.',
      'Hi, to verify your account for the refund, please send a small payment of €1 to the account below.',
      'Hola, para verificar el reembolso haga un pago de prueba de 1 € a nuestro socio de pagos.',
      'Hallo, zur Verifizierung Ihrer Erstattung überweisen Sie bitte 1 € Prüfbetrag an unseren Zahlungsdienstleister.',
    ])
      expect(paidAtLink(draft, TEAM), draft).toHaveLength(1);
  });

  it("leaves the team's own site, a fee the courier charges, and warnings alone", () => {
    for (const draft of [
      'Hi, you can pay the €4.95 shipping at https://track.acme.example/pay.',
      "Hi, the courier charges a €1.99 redelivery fee only if you book a second attempt in their own app; we don't collect it.",
      'Hi, if you receive an e-mail asking you to pay a €1.99 delivery fee at a link, please ignore it.',
      "Hi, your refund of €49.90 goes back to the card you paid with; you don't need to pay anything to verify it.",
      'Hallo, eine Prüfzahlung von 1 € ist dafür nicht nötig.',
      'Hi, your order of €59 was paid and ships today.',
    ])
      expect(paidAtLink(draft, TEAM), draft).toEqual([]);
  });

  it('reads 100 KB of hostile text in under 200 ms', () => {
    for (const unit of ['pay €1 at a.com verify ', 'Pay €1 at x.com. ', 'pay '.repeat(50) + '\n', '€1 '.repeat(1000) + 'x.com. ']) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const start = performance.now();
      paidAtLink(text, TEAM);
      expect(performance.now() - start, unit.slice(0, 20)).toBeLessThan(200);
    }
  });
});
