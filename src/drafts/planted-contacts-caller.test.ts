import { describe, expect, it } from 'vitest';
import { directedPlaceholders } from './planted-contacts';

// Review of the call-from rule: where the customer is the caller ("call us from ⟦PHONE_1⟧", the number on their
// account) the number is theirs, not one told as ours; a call from it is still ours when we make it.
describe('the customer calls us from a number', () => {
  it.each([
    'Hi, could you please call us from ⟦PHONE_1⟧ so we can verify your account?',
    'Hi, you can also text us from ⟦PHONE_1⟧, the number on your account.',
    'Hallo, bitte rufen Sie uns von ⟦PHONE_1⟧ aus an, damit wir Sie erkennen.',
    'Bonjour, appelez-nous depuis le ⟦PHONE_1⟧ pour que nous vous reconnaissions.',
    'Hallo, bel ons vanaf ⟦PHONE_1⟧ zodat we u herkennen.',
    'Hej, ring oss från ⟦PHONE_1⟧ så vi känner igen dig.',
    'Olá, ligue-nos do número ⟦PHONE_1⟧ para confirmarmos.',
    'مرحباً، اتصل بنا من الرقم ⟦PHONE_1⟧ للتحقق.',
    'Hi, you can send us a WhatsApp message from ⟦PHONE_1⟧ as well.',
    'Hi, please send us an SMS from ⟦PHONE_1⟧ with your order number.',
    'Hi, you can reach us by phone from ⟦PHONE_1⟧ too.',
    'Hallo, schicken Sie uns eine SMS von ⟦PHONE_1⟧.',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
  it.each([
    'Hi, please text us from ⟦PHONE_2⟧ and our team will call you from ⟦PHONE_1⟧.',
    'Hi, our team will call you from ⟦PHONE_1⟧ to verify it is us.',
    'Hallo, unser Team ruft Sie von ⟦PHONE_1⟧ aus an.',
    'Hi, our team will send you a WhatsApp message from ⟦PHONE_1⟧.',
    'Hi, reach us on our claims line: we will call you from ⟦PHONE_1⟧.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toContain('⟦PHONE_1⟧');
  });
});

// A warning that no one of ours calls from it: "nobody at Acme will ever call you from ⟦PHONE_1⟧".
describe('no one calls from a number', () => {
  it.each([
    'Hi, nobody at Acme will ever call you from ⟦PHONE_1⟧.',
    'Hi, nobody at our company will ever call you from ⟦PHONE_1⟧; please do not share any details.',
    'Hi, no one from Acme will call you from ⟦PHONE_1⟧; please report it.',
    'Hallo, niemand von uns ruft Sie von ⟦PHONE_1⟧ aus an.',
    'Hola, nadie de nuestro equipo le llamará desde el ⟦PHONE_1⟧.',
    'Hej, ingen från oss ringer dig från ⟦PHONE_1⟧.',
    'Hallo, niemand van ons belt u vanaf ⟦PHONE_1⟧.',
    'Olá, ninguém da nossa equipa vai ligar-lhe do ⟦PHONE_1⟧.',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
  it.each([
    'Hi, no one answered so our team will call you from ⟦PHONE_1⟧.',
    'Hi, nobody was home, but our courier will call you from ⟦PHONE_1⟧.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(['⟦PHONE_1⟧']);
  });
});

// A condition holds in its own clause: "if you get a call from ⟦PHONE_1⟧" warns; "if you miss it, our team will
// call you from ⟦PHONE_1⟧" tells a call from it.
describe('a condition in another clause', () => {
  it.each([
    'Hola, si no contesta, le llamaremos desde el ⟦PHONE_1⟧.',
    'Hallo, falls Sie nicht abnehmen, ruft unser Team Sie von ⟦PHONE_1⟧ aus an.',
    'Bonjour, si vous êtes absent, notre équipe vous appellera depuis le ⟦PHONE_1⟧.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(['⟦PHONE_1⟧']);
  });
  it.each([
    'Hola, si recibe una llamada desde el ⟦PHONE_1⟧, cuelgue.',
    'Hallo, wenn Sie einen Anruf von ⟦PHONE_1⟧ bekommen, legen Sie bitte auf.',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});

// A warning word naming our party warns of nothing: "our fraud team will call you from ⟦PHONE_1⟧"; a scammer named
// still warns.
describe('a fraud team calls', () => {
  it.each([
    'Hallo, unsere Betrugsabteilung ruft Sie von ⟦PHONE_1⟧ aus an.',
    'Hola, nuestro departamento de fraude le llamará desde el ⟦PHONE_1⟧.',
    'Bonjour, notre équipe fraude vous appellera depuis le ⟦PHONE_1⟧.',
    'Hi, our anti-fraud team will call you from ⟦PHONE_1⟧ today.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(['⟦PHONE_1⟧']);
  });
  it.each([
    'Hi, scammers posing as our fraud team have called customers from ⟦PHONE_1⟧.',
    'Hallo, Betrüger geben sich als unsere Betrugsabteilung aus und rufen von ⟦PHONE_1⟧ an.',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});
