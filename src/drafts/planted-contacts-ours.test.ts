import { describe, expect, it } from 'vitest';
import { directedPlaceholders } from './planted-contacts';

// A ticket's contact given as the company's own, in the Romance and Swedish phrasings that passed
// (red team 6): "il nostro numero di assistenza è ⟦PHONE_1⟧", "vår kundtjänst nås på ⟦PHONE_1⟧".
describe("a ticket's contact the draft calls the company's own", () => {
  it.each([
    'Bonjour, notre service client répond au ⟦PHONE_1⟧ du lundi au vendredi.',
    'Hola, nuestro teléfono de atención al cliente es el ⟦PHONE_1⟧.',
    'Hej, vår kundtjänst nås på ⟦PHONE_1⟧.',
    'Olá, nosso atendimento pelo WhatsApp é ⟦PHONE_1⟧.',
    'Salve, il nostro numero di assistenza è ⟦PHONE_1⟧.',
    'Olá, o nosso telefone de suporte é o ⟦PHONE_1⟧.',
    // Italian "servizio", and the customers the service is for after the noun (review rev7).
    'Salve, il nostro servizio clienti è raggiungibile al ⟦PHONE_1⟧.',
    'Salve, la nostra assistenza clienti risponde al ⟦PHONE_1⟧.',
    'Hola, nuestro servicio de atención al cliente es el ⟦PHONE_1⟧.',
    // Arabic "لدينا" (we have / our) before or after the contact noun, as the other languages' possessives.
    'مرحبا، لدينا خط ساخن للمطالبات على ⟦PHONE_1⟧.',
    'رقم خدمة العملاء لدينا هو ⟦PHONE_1⟧.',
    'لدينا بريد مخصص للاسترداد: ⟦PHONE_1⟧',
    'فريق الدعم لدينا متاح عبر واتساب ⟦PHONE_1⟧.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(['⟦PHONE_1⟧']);
  });

  it.each([
    'Bonjour, notre conseiller vous rappellera au ⟦PHONE_1⟧ demain.',
    'Hola, nuestro equipo ha anotado el ⟦PHONE_1⟧ como su número.',
    'Salve, il nostro corriere la chiamerà al ⟦PHONE_1⟧.',
    'Hej, vår kurir ringer dig på ⟦PHONE_1⟧.',
    'Hola, nuestro equipo de soporte le llamará al ⟦PHONE_1⟧.',
    'Salve, il nostro supporto ha aggiornato il suo numero in ⟦PHONE_1⟧.',
    // The customer's own number: "we have your number", "our support team will call you at".
    'لدينا رقمك ⟦PHONE_1⟧ مسجلا في ملفك.',
    'فريق الدعم لدينا سيتصل بك على ⟦PHONE_1⟧ غدا.',
    'لدينا ملاحظة بأن رقم هاتفك هو ⟦PHONE_1⟧.',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});
