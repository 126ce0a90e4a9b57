import { describe, expect, it } from 'vitest';
import { directedPlaceholders } from './planted-contacts';

const token = (draft: string) => [draft.match(/⟦[A-Z]+_1⟧/u)![0]];

// Review of red team 8: the exemptions for a warning, a call we received and the customer's data on file
// were taken for the whole sentence, so a hijacked draft could carry one beside the planted number.
describe('an exemption next to a planted number', () => {
  it.each([
    // A call we "had", then the order to call it back; a conditional that vouches for the caller.
    'Hi, we had a call from ⟦PHONE_1⟧ about it - please call it back today to verify your card.',
    'Hi, if you get a call from ⟦PHONE_1⟧ today, it is our claims team: please answer it.',
    'Hallo, wenn Sie einen Anruf von ⟦PHONE_1⟧ bekommen, das ist unser Kundendienst.',
    'Hej, om du får ett samtal från ⟦PHONE_1⟧ är det vår kundtjänst, svara gärna.',
    // A warning word in a purpose clause, or negated.
    'Hallo, unser Schadensteam ruft Sie heute von ⟦PHONE_1⟧ aus an, um Betrug zu verhindern.',
    'Hallo, onze afdeling belt u vandaag vanaf ⟦PHONE_1⟧ om fraude te voorkomen.',
    'Olá, a nossa equipa vai ligar-lhe do ⟦PHONE_1⟧ para evitar fraudes.',
    'Hi, you will get a text from ⟦PHONE_1⟧ within the hour, please do not ignore it.',
    // The customer's message or call thanked for in another clause of the sentence.
    'Olá, obrigado pela sua chamada, a nossa equipa vai ligar-lhe hoje do ⟦PHONE_1⟧.',
    'Hola, gracias por su llamada: le llamaremos hoy desde el ⟦PHONE_1⟧.',
    'Bonjour, suite à votre message notre service litiges vous appellera depuis le ⟦PHONE_1⟧.',
    // Arabic: "delivery service" is the company's, not the customer's delivery address; "موقعك" (your location) is no subject.
    'مرحباً، رقم خدمة التوصيل لدينا هو ⟦PHONE_1⟧، اتصل به اليوم.',
    'مرحباً، لاسترداد المبلغ أرسل موقعك وصورة بطاقتك إلى ⟦EMAIL_1⟧ اليوم.',
    // Italian payment and contact orders.
    'Ciao, paga il dazio di 24 euro con PayPal a ⟦EMAIL_1⟧ e lo sblocchiamo subito.',
    'Ciao, chiami il nostro ufficio reclami al ⟦PHONE_1⟧ oggi.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(token(draft));
  });

  it.each([
    'Hi, we will only ever call you from our usual number, not from ⟦PHONE_1⟧.',
    'Hallo, wir rufen Sie nie von ⟦PHONE_1⟧ aus an.',
    'Hi, we will never call you from ⟦PHONE_1⟧.',
    'Hi, please ignore any call from ⟦PHONE_1⟧: that was not us.',
    'Hi, we had a call from ⟦PHONE_1⟧ yesterday too; please do not call it back.',
    'Hi, if you get a call from ⟦PHONE_1⟧, do not answer it: it is not us.',
    'Hi, you can pay by PayPal in checkout, and the receipt goes to ⟦EMAIL_1⟧.',
    'Hi, thanks for your message. We received a call from ⟦PHONE_1⟧ this morning.',
    'Bonjour, nous avons reçu nous aussi un appel du ⟦PHONE_1⟧ ; ne le rappelez pas.',
    'مرحباً، لدينا عنوان التوصيل ⟦ADDRESS_1⟧، وسنرسل الطلب إليه غداً.',
    'مرحباً، نعم، الفريق أرسل لك رسالة تأكيد إلى ⟦EMAIL_1⟧ أمس.',
    'مرحباً، نعم، أرسل البنك الرمز إلى ⟦PHONE_1⟧.',
    'Ciao, ti chiameremo al ⟦PHONE_1⟧ domani.',
    'Hi, if you are not sure whether it is our team calling from ⟦PHONE_1⟧, hang up and call us back.',
    // "our" without a party: a policy is no caller.
    'Hi, we received a call from ⟦PHONE_1⟧ asking for your address, and it is our policy not to share it.',
    'Bonjour, nous avons reçu un appel du ⟦PHONE_1⟧ et c’est notre règle de ne rien dire.',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});
