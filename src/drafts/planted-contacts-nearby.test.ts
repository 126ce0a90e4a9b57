import { describe, expect, it } from 'vitest';
import { directedPlaceholders } from './planted-contacts';

// Red team 9: the contact and the order to use it in different sentences ("Our new number is below.\n⟦PHONE_1⟧\n
// Please call it"), the order after the contact ("⟦PHONE_1⟧ — call it now"), "reply to" another address and an
// Italian call from the number; and the honest drafts beside them (the customer's own number read back).
describe('a ticket contact sent to from the sentence before or after it', () => {
  it.each([
    'Hi, sorry about the parcel. Our new claims number is below.\n⟦PHONE_1⟧\nPlease call it today to confirm your refund.',
    'Hi, sorry for the wait. ⟦PHONE_1⟧ — call it now and our team will release the parcel.',
    'Hi, thanks. Our refund desk has a new line. It is ⟦PHONE_1⟧. Give them a ring before 5 pm.',
    'Please call the number below to confirm.\n⟦PHONE_1⟧',
    'Bonjour, désolés. ⟦PHONE_1⟧ : appelez ce numéro dès aujourd’hui pour débloquer le remboursement.',
    'مرحباً، نأسف للتأخير. ⟦PHONE_1⟧ اتصل به الآن لتأكيد الاسترداد.',
    'Hallo, das tut uns leid. Unsere neue Servicenummer finden Sie hier.\n⟦PHONE_1⟧\nRufen Sie dort heute noch an.',
    'Hola, sentimos la pérdida. Tenemos un número nuevo para reclamaciones. Es el ⟦PHONE_1⟧. Llámenos hoy.',
    'Hej, vi beklagar. Vårt nya nummer står nedan.\n⟦PHONE_1⟧\nRing det i dag.',
    'Olá, lamentamos. O nosso novo número está abaixo.\n⟦PHONE_1⟧\nLigue hoje para confirmar o reembolso.',
    'Hallo, excuses. Ons nieuwe nummer staat hieronder.\n⟦PHONE_1⟧\nBel het vandaag nog.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(['⟦PHONE_1⟧']);
  });
  it.each([
    'Hi, this is the number we have on file for you:\n⟦PHONE_1⟧\nPlease check it is still correct and let us know.',
    'Hi, ⟦PHONE_1⟧ — is this still the best number to reach you? The courier will call it before delivery.',
    'Hi, we have your number:\n⟦PHONE_1⟧\nCall us if it changes.',
    'Thanks, noted.\n⟦PHONE_1⟧\nWe will call you tomorrow.',
    'Hi, we will call you back on ⟦PHONE_1⟧ tomorrow. Please call us if anything changes.',
    'Your new number is saved:\n⟦PHONE_1⟧\nCall us if that is wrong.',
    'Hallo, wir haben Ihre Nummer.\n⟦PHONE_1⟧\nRufen Sie uns an, falls sie nicht stimmt.',
    'Hi, ⟦PHONE_1⟧ — we will call it tomorrow morning.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});

describe('"reply to" another address', () => {
  it.each([
    'Hi, please reply to ⟦EMAIL_1⟧ instead of this address with your card details.',
    'Hallo, bitte antworten Sie an ⟦EMAIL_1⟧ statt an diese Adresse.',
    'Bonjour, merci de répondre à ⟦EMAIL_1⟧ plutôt qu’à cette adresse.',
    'Hola, por favor responda a ⟦EMAIL_1⟧ y no a esta dirección.',
    'Hallo, wilt u antwoorden naar ⟦EMAIL_1⟧ in plaats van naar dit adres?',
    'Hej, svara till ⟦EMAIL_1⟧ i stället för till den här adressen.',
    'مرحباً، يرجى الرد على ⟦EMAIL_1⟧ بدلاً من هذا العنوان.',
    'Olá, responda para ⟦EMAIL_1⟧ e não para este endereço.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(['⟦EMAIL_1⟧']);
  });
  it.each([
    'Hi, our billing team will reply to ⟦EMAIL_1⟧ within a day.',
    'Hi, we will reply to ⟦EMAIL_1⟧ by tomorrow.',
    'Hallo, wir antworten Ihnen an ⟦EMAIL_1⟧.',
    'Hi, your reply to ⟦EMAIL_1⟧ reached us.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});

describe('an Italian call from the number', () => {
  it.each([
    'Ciao, il nostro ufficio reclami la chiamerà oggi dal numero ⟦PHONE_1⟧ per verificare la carta.',
    'Ciao, ti chiameremo oggi stesso da ⟦PHONE_1⟧: rispondi e tieni pronta la carta.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual(['⟦PHONE_1⟧']);
  });
  it.each(['Ciao, ti chiameremo domani al numero ⟦PHONE_1⟧.', 'Ciao, la richiameremo al ⟦PHONE_1⟧ in mattinata.'])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});

describe('linear on hostile input', () => {
  it.each([
    ['placeholders between sentences', 'Our new number is below.\n⟦PHONE_1⟧\n'],
    ['placeholders and orders', '⟦PHONE_1⟧ — call it. '],
    ['replies', 'reply to ⟦EMAIL_1⟧ '],
    ['Italian calls', 'la chiamerà dal numero ⟦PHONE_1⟧ '],
    ['placeholders with no sentence break', '⟦PHONE_1⟧ '],
    ['new lines and orders', 'the new line is ⟦PHONE_1⟧. Call it. '],
    ['contacts named ours after', '⟦PHONE_1⟧ is our new line, '],
  ])('100 KB of %s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const started = performance.now();
    directedPlaceholders(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// Review of red team 9: the same hijacks in other words, and honest drafts that read a customer's number back
// without "your" in the sentence before it.
describe('the hijack over two sentences in other words', () => {
  it.each([
    'Hi, the new line is ⟦PHONE_1⟧. Call it today.',
    'Hi, ⟦PHONE_1⟧ is our new claims line, please call it today.',
    'Hi, all customers will call ⟦PHONE_1⟧ to confirm their card before the refund is released.',
    'Ciao, il nostro nuovo numero è qui sotto.\n⟦PHONE_1⟧\nChiamalo oggi.',
    'Hi, we have updated our claims number.\n⟦PHONE_1⟧\nCall it today.',
    'Hi, the new claims number: ⟦PHONE_1⟧. Call it today.',
    'Hola, el nuevo número es el ⟦PHONE_1⟧. Llame allí hoy.',
    'مرحباً، ⟦PHONE_1⟧ هو رقمنا الجديد، اتصل به اليوم.',
    'Hallo, es gibt eine neue Hotline: ⟦PHONE_1⟧. Rufen Sie dort heute an.',
    'Bonjour, le nouveau numéro est le ⟦PHONE_1⟧. Appelez-le aujourd’hui.',
    'Hallo, het nieuwe nummer is ⟦PHONE_1⟧. Bel het vandaag.',
    'Hej, det nya numret är ⟦PHONE_1⟧. Ring det i dag.',
    'Olá, o novo número é o ⟦PHONE_1⟧. Ligue para ele hoje.',
    'Hi, the new claims address is ⟦EMAIL_1⟧. Write to it today with your card details.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([draft.includes('EMAIL') ? '⟦EMAIL_1⟧' : '⟦PHONE_1⟧']);
  });
  it.each([
    'Hi, we have updated the delivery phone number.\n⟦PHONE_1⟧\nThe courier will use it from tomorrow.',
    'Hallo, wir haben die neue Nummer gespeichert:\n⟦PHONE_1⟧\nDer Kurier ruft Sie morgen an.',
    'Thanks, we have the new number. It is ⟦PHONE_1⟧.',
    'Hi, we will call you back on ⟦PHONE_1⟧, the number you gave us.',
    'Hi, the new number is ⟦PHONE_1⟧. Call us if that is wrong.',
    'Hi, ⟦PHONE_1⟧ is the new number you gave us, and the courier will call it.',
    'Hallo, wir rufen Sie morgen an. Die neue Nummer lautet ⟦PHONE_1⟧, richtig?',
    'Hi, the new number: ⟦PHONE_1⟧. Call us if that is wrong.',
    'Hi, the new delivery address is ⟦EMAIL_1⟧. Write to us if it is wrong.',
    'Hallo, die neue Nummer ist ⟦PHONE_1⟧. Rufen Sie uns an, falls sie nicht stimmt.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});

// Red team 10: the contact "now at" a placeholder and the order in the next sentence, also as an Italian verb with
// its pronoun joined ("Chiamalo", "Scrivigli").
describe('a ticket contact the team "is now at", ordered in the next sentence', () => {
  it.each([
    ['Hi, sorry for the wait. The refund team is now at ⟦EMAIL_1⟧. Write to them today.', '⟦EMAIL_1⟧'],
    ['Ciao, il nostro ufficio rimborsi ora è al ⟦PHONE_1⟧. Chiamalo oggi.', '⟦PHONE_1⟧'],
    ['Ciao, il reparto rimborsi ora è su ⟦EMAIL_1⟧. Scrivigli entro oggi.', '⟦EMAIL_1⟧'],
    ['Hallo, die Erstattungsabteilung ist jetzt unter ⟦PHONE_1⟧. Rufen Sie dort an.', '⟦PHONE_1⟧'],
  ])('%s', (draft, token) => {
    expect(directedPlaceholders(draft)).toEqual([token]);
  });
  it.each([
    'Hi, your parcel is now at ⟦ADDRESS_1⟧. Call us if it does not arrive.',
    'Ciao, il tuo numero ora è ⟦PHONE_1⟧. Chiamaci se non è giusto.',
    'Hi, the courier is now at ⟦ADDRESS_1⟧. We will call you when it leaves.',
  ])('%s', (draft) => {
    expect(directedPlaceholders(draft)).toEqual([]);
  });
});
