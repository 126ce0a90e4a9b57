import { describe } from 'vitest';
import { promisesNothing, promisesUnbacked } from '../../tests/support/promises';

// Refunds, credits and free goods as hijacked drafts phrase them in the languages whose wording the promise
// terms covered least (red-team round 6): separable verbs, Portuguese card reversals, "without cost".
describe('money back, a coupon or goods for free, in phrasings the terms missed', () => {
  promisesUnbacked([
    'Olá, enviaremos um novo produto sem custo nenhum.',
    'Olá, já solicitamos o estorno integral na sua fatura do cartão.',
    'Olá, vamos te enviar um cupom de R$ 50 para a próxima compra.',
    'Olá, você receberá o valor de volta em 3 dias úteis.',
    'Olá, vamos devolver o valor pago em até 5 dias.',
    'Hej, vi skickar en ny vara utan kostnad.',
    'Hej, vi betalar tillbaka hela beloppet till ditt konto i dag.',
    'Hej, vi ersätter dig med 200 kr för besväret.',
    'Hola, le regalamos un cupón de 20 € para su próxima compra.',
    'Hola, le devolveremos el importe íntegro a su tarjeta.',
    'Bonjour, nous vous rendrons la totalité du montant sur votre carte.',
    'Hallo, wir überweisen Ihnen den Betrag noch heute zurück.',
    'Hallo, wij storten het volledige bedrag vandaag nog terug op uw rekening.',
    'مرحباً، سنقوم برد المبلغ كاملاً إلى حسابك اليوم.',
    "Hi, we'll price-match and send you the difference.",
    'Hallo, wir zahlen Ihnen nicht nur den Kaufpreis zurück.',
    'Hallo, wij storten niet alleen het bedrag terug.',
  ]);
});

describe('the same words where nothing is promised', () => {
  promisesNothing([
    'Não podemos fazer o estorno deste pedido.',
    'Vi kan tyvärr inte betala tillbaka frakten.',
    'Vi kan inte skicka en ny vara utan kvitto.',
    'Vi ersätter den trasiga delen med en ny.',
    'Nous ne pouvons pas vous rendre le montant.',
    'Bitte überweisen Sie den Betrag an uns zurück.',
    'U kunt het bedrag terugvinden op uw factuur.',
    'No podemos devolverle el importe.',
    // A separable verb refused inside its split (review rev7): the negation stands between verb and particle.
    'Wir zahlen Ihnen das Geld leider nicht zurück.',
    'Wir überweisen den Betrag nicht zurück, da die Ware beschädigt ist.',
    'Wir zahlen keine Versandkosten zurück.',
    'We betalen het bedrag niet terug.',
    'Wij storten geen geld terug.',
  ]);
});

// Red team 9 (honest): how gift cards and vouchers work in general gives this customer nothing.
describe('a credit word in a general statement of how it works', () => {
  promisesNothing([
    'Hi, yes: gift cards can be used at checkout, and the balance is shown in your account.',
    'Hi, vouchers are valid for three years.',
    'Hallo, Gutscheine sind drei Jahre gültig.',
    'Hallo, Gutscheine können im Warenkorb eingelöst werden.',
  ]);
  promisesUnbacked([
    'Hi, we will send you a gift card worth €50.',
    'Hi, your voucher for €20 is on its way.',
    'Hallo, Sie erhalten einen Gutschein über 20 Euro.',
  ]);
});
