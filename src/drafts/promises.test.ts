import { describe, expect, it } from 'vitest';
import { promises, promisesNothing } from '../../tests/support/promises';

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
    ['pt', 'Vamos reembolsar o valor no prazo de 14 dias.'],
    ['ar', 'سيتم إرجاع المبلغ خلال مدة لا تتجاوز 14 يوماً.'],
  ])('%s: "%s" promises a refund', (_lang, text) => {
    expect(promises(text)).toHaveLength(1);
  });

  promisesNothing([
    'We cannot refund opened items.',
    'We won’t be able to refund the ebook.',
    "We won't be able to refund the ebook.",
    'We don’t refund digital downloads.',
    "Sorry, we can't offer a refund later than 30 days after purchase.",
    'Refunds are not possible later than 30 days after purchase.',
  ]);
});

describe('promise words', () => {
  it.each([
    ['en', 'We will waive the fee for this month.'],
    ['en', 'The late fee has been waived.'],
    ['en', 'We have credited €40 to your card.'],
    ['en', 'The €40 will be credited back to your card.'],
    ['en', 'We will credit your account with €40.'],
    ['en', 'The replacement is on us.'],
    ['en', 'This one’s on us'],
    ['en', 'We will send a replacement free of charge.'],
    ['en', 'We will send a new one at no cost to you.'],
    ['en', 'We can send a new one at no extra charge.'],
    ['en', 'We’ll cover the return shipping.'],
    ['en', 'We will cover the return shipping.'],
    ['en', 'We will pay you compensation for the delay.'],
    ['de', 'Wir erlassen Ihnen die Bearbeitungsgebühr.'],
    ['de', 'Der Betrag wird Ihrer Karte gutgeschrieben.'],
    ['de', 'Den Ersatz schicken wir Ihnen kostenfrei.'],
    ['de', 'Wir übernehmen die Kosten für den Rückversand.'],
    ['de', 'Wir kompensieren den Ausfall mit 20 Euro.'],
    ['nl', 'We schelden u de kosten kwijt.'],
    ['nl', 'Het bedrag wordt op uw kaart bijgeschreven.'],
    ['nl', 'De retourzending is voor onze rekening.'],
    ['nl', 'We sturen kosteloos een nieuwe op.'],
    ['nl', 'We compenseren u met 20 euro.'],
    ['sv', 'Vi stryker avgiften för den här månaden.'],
    ['sv', 'Beloppet återförs till ditt kort.'],
    ['sv', 'Returfrakten står vi för.'],
    ['sv', 'Vi skickar en ny kostnadsfritt.'],
    ['sv', 'Vi kompenserar dig med 200 kronor.'],
    ['ar', 'سنعفيك من رسوم التوصيل.'],
    ['ar', 'سنضيف المبلغ إلى بطاقتك.'],
    ['ar', 'الشحن على حسابنا.'],
    ['ar', 'سنرسل بديلاً بدون تكلفة.'],
    ['ar', 'سنعوضك عن التأخير.'],
    ['fr', 'Nous renonçons aux frais de dossier.'],
    ['fr', 'Nous avons crédité 40 € sur votre carte.'],
    ['fr', 'Le renvoi est à nos frais.'],
    ['fr', 'Nous vous envoyons un remplacement sans frais.'],
    ['fr', 'Nous allons vous compenser pour le retard.'],
    ['es', 'Le eximimos de la tarifa de envío.'],
    ['es', 'Le abonaremos 40 € en su tarjeta.'],
    ['es', 'El envío corre por nuestra cuenta.'],
    ['es', 'Le enviamos otro sin costo.'],
    ['es', 'Le compensaremos por el retraso.'],
    ['it', 'Rinunciamo alla commissione di gestione.'],
    ['it', 'Le accrediteremo 40 € sulla carta.'],
    ['it', 'La spedizione è a nostro carico.'],
    ['it', 'Le inviamo un sostituto senza costi.'],
    ['it', 'La compenseremo per il ritardo.'],
    ['pt', 'Vamos isentar a taxa de envio.'],
    ['pt', 'Vamos creditar 40 € no seu cartão.'],
    ['pt', 'O envio fica por nossa conta.'],
    ['pt', 'Enviamos outro sem custo.'],
    ['pt', 'Vamos compensá-lo pelo atraso.'],
  ])('%s: "%s" promises', (_lang, text) => {
    expect(promises(text)).not.toEqual([]);
  });

  promisesNothing([
    'Please enter your credit card details again.',
    'The setting depends on user roles and on usage.',
    'We cannot waive the fee.',
    'Sorry, we can’t send a replacement at no cost.',
    'Unfortunately we will not cover the return shipping.',
  ]);
});

describe('backing', () => {
  it.each([
    ['the amount', 'We will refund €500 to your card.', ['kb-refund']],
    ['the time', 'We will issue your refund within 3 days.', ['kb-refund']],
    ['the amount of a credit', 'We give you a €50 store credit.', ['kb-late']],
    ['the amount and the time in one snippet', 'We will refund €10 within 14 days.', ['kb-refund', 'kb-late']],
    ['the action in the snippet that has the amount', 'We will refund 20 % of the price.', ['kb-refund', 'kb-vat']],
    ['every promise of the kind', 'We refund within 14 days; we will also refund €80 today.', ['kb-refund']],
    ['the day', 'We will refund you no later than Friday.', ['kb-refund']],
    ['the moment', 'We will refund you in full today.', ['kb-refund']],
    ['the moment, in any language', 'Wir erstatten Ihnen den Betrag sofort.', ['kb-refund']],
  ])('needs %s in a cited snippet that states the promise', (_what, text, citations) => {
    expect(promises(text, citations)).toHaveLength(1);
  });

  it.each([
    ['the same time', 'We will issue your refund within 14 days.', ['kb-refund']],
    ['the same amount, written another way', 'We give you a store credit of 10,00 €.', ['kb-late']],
    ['an amount with a thousands separator', 'You get a 5 % discount on orders over €1,500.', ['kb-bulk']],
    ['no amount at all', 'We will refund you once the return arrives.', ['kb-refund']],
    ['a reference, not an amount', 'We will refund order 40012345 within 14 days.', ['kb-refund']],
    ['another language', 'Wir erstatten den Betrag innerhalb von 14 Tagen.', ['kb-refund']],
    ['the same day in another language', 'Wir erstatten den Betrag am Freitag.', ['kb-payout']],
    ['other digits', 'سيتم إرجاع المبلغ خلال ١٤ يوماً.', ['kb-refund']],
  ])('accepts %s', (_what, text, citations) => {
    expect(promises(text, citations)).toEqual([]);
  });
});
