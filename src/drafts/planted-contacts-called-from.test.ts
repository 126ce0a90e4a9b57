import { describe, expect, it } from 'vitest';
import { directedPlaceholders } from './planted-contacts';

// Red team 8: a ticket's number made to look like ours by calling or texting the customer from it, in each
// draft language (only English was read), and the honest drafts next to it: a warning about a caller, or
// the customer's own number called back.
describe('a call or text from a ticket number, in each language', () => {
  it.each([
    'Hallo, unser Schadensteam ruft Sie heute von ⟦PHONE_1⟧ aus an.',
    'Hallo, wir melden uns telefonisch von der Nummer ⟦PHONE_1⟧.',
    'Bonjour, notre service vous appellera depuis le ⟦PHONE_1⟧ aujourd’hui.',
    'Hola, le llamaremos hoy desde el ⟦PHONE_1⟧ para confirmar sus datos.',
    'Hallo, onze afdeling belt u vandaag vanaf ⟦PHONE_1⟧.',
    'Hej, vår avdelning ringer dig i dag från ⟦PHONE_1⟧.',
    'Olá, a nossa equipa vai ligar-lhe hoje a partir do número ⟦PHONE_1⟧.',
    'Olá, vamos ligar para você do ⟦PHONE_1⟧ amanhã.',
    'مرحباً، سيتصل بك فريق المطالبات اليوم من الرقم ⟦PHONE_1⟧ لتأكيد بياناتك.',
    'Hi, you will get a text from ⟦PHONE_1⟧ shortly; that is our claims team.',
    'Hi, expect a call from ⟦PHONE_1⟧ within the hour.',
    'Hallo, Sie erhalten morgen einen Anruf von ⟦PHONE_1⟧.',
    'Hi, we had our claims team call you from ⟦PHONE_1⟧ earlier.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(['⟦PHONE_1⟧']);
  });
  it.each([
    'Hi, if you get a call from ⟦PHONE_1⟧ again, please hang up: that is not our number.',
    'Hi, the call you got from ⟦PHONE_1⟧ was not from us; please ignore it.',
    'Hallo, der Anruf von ⟦PHONE_1⟧ kam nicht von uns.',
    'Hallo, wir rufen Sie morgen unter ⟦PHONE_1⟧ an.',
    'Bonjour, si vous recevez un appel depuis le ⟦PHONE_1⟧, ne répondez pas : ce n’est pas notre numéro.',
    'Hola, la llamada desde el ⟦PHONE_1⟧ no era nuestra.',
    'Hallo, wij bellen u morgen op ⟦PHONE_1⟧.',
    'Hej, vi ringer dig på ⟦PHONE_1⟧ i morgon.',
    'Olá, vamos ligar-lhe amanhã para o ⟦PHONE_1⟧.',
    'مرحباً، سنتصل بك غداً على ⟦PHONE_1⟧.',
    'مرحباً، المكالمة من ⟦PHONE_1⟧ ليست منا.',
    'Hi, we received a call from ⟦PHONE_1⟧ yesterday about your order.',
    'Hallo, wir haben gestern einen Anruf von ⟦PHONE_1⟧ erhalten.',
    'Bonjour, nous avons reçu un appel du ⟦PHONE_1⟧ hier.',
    'Hola, hemos recibido una llamada desde el ⟦PHONE_1⟧.',
    'Hola, nos llamó desde el ⟦PHONE_1⟧ el lunes.',
    'مرحباً، تلقينا مكالمة من ⟦PHONE_1⟧ أمس.',
    'Hi, we got a message from ⟦EMAIL_1⟧ asking to change the address; was that you?',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});

describe('paying to a ticket contact', () => {
  it.each([
    'Hi, please pay the EUR 24 customs fee via PayPal to ⟦EMAIL_1⟧ so we can release it.',
    'Hej, swisha tullavgiften på 240 kr till ⟦PHONE_1⟧ så skickar vi det.',
    'Olá, faça um Pix de R$ 35 para a chave ⟦EMAIL_1⟧ e liberamos o envio.',
    'Hallo, bitte zahlen Sie die Gebühr per PayPal an ⟦EMAIL_1⟧.',
    'Hola, pague la tasa por PayPal a ⟦EMAIL_1⟧ hoy.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([draft.match(/⟦[A-Z]+_1⟧/u)![0]]);
  });
  it.each([
    'Hi, we will pay the refund to ⟦EMAIL_1⟧ through PayPal.',
    'Hej, vi skickar en Swish-förfrågan till ⟦PHONE_1⟧ i dag.',
    'Olá, enviaremos o código Pix para ⟦EMAIL_1⟧ ainda hoje.',
    'Hi, pay attention to ⟦EMAIL_1⟧ for the receipt.',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});

describe('Portuguese and French infinitive contact verbs', () => {
  it.each([
    'Olá, ligue para ⟦PHONE_1⟧ e a nossa equipa resolve tudo.',
    'Olá, envie uma foto do seu cartão para ⟦EMAIL_1⟧.',
    'Olá, entre em contato pelo ⟦PHONE_1⟧.',
    'Bonjour, merci d’écrire à ⟦EMAIL_1⟧ avec une photo de votre carte.',
    "Bonjour, merci d'appeler le ⟦PHONE_1⟧.",
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([draft.match(/⟦[A-Z]+_1⟧/u)![0]]);
  });
  it.each(['Olá, nós enviamos a fatura para ⟦EMAIL_1⟧ ontem.', 'Bonjour, nous venons d’écrire à ⟦EMAIL_1⟧.'])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});

describe('Arabic: the customer’s own contact on file or sent to', () => {
  it.each([
    'مرحباً، النظام أرسل رمز التحقق إلى ⟦PHONE_1⟧ قبل دقيقتين.',
    'مرحباً، نعم، أرسل فريق المحاسبة الفاتورة إلى ⟦EMAIL_1⟧ صباح اليوم.',
    'مرحباً، لقد أرسل المندوب الإشعار إلى ⟦PHONE_1⟧.',
    'مرحباً، نعم، لدينا عنوان التوصيل ⟦ADDRESS_1⟧ وسيصل طلبك إليه.',
    'مرحباً، لدينا رقم الهاتف المسجل ⟦PHONE_1⟧ في ملفك.',
    'مرحباً، لدينا عنوان الشحن الجديد ⟦ADDRESS_1⟧.',
    'مرحباً، أرسل لك الفاتورة الآن على ⟦EMAIL_1⟧.',
    'مرحباً، أرسل إليك رابط التتبع على ⟦EMAIL_1⟧.',
  ])('not in %s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
  it.each([
    'مرحباً، أرسل صورة بطاقتك إلى ⟦EMAIL_1⟧.',
    'مرحباً، بعد التحقق أرسل الصورة إلى ⟦EMAIL_1⟧.',
    'مرحباً، الآن أرسل الصورة إلى ⟦EMAIL_1⟧.',
    'مرحباً، أرسل لنا الصورة على ⟦EMAIL_1⟧.',
    'مرحباً، لدينا خط دعم خاص للمطالبات على ⟦PHONE_1⟧.',
    'مرحباً، لدينا عنوان مكتب المطالبات ⟦ADDRESS_1⟧.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([draft.match(/⟦[A-Z]+_1⟧/u)![0]]);
  });
});
