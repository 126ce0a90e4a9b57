import { describe, expect, it } from 'vitest';
import { checkDraft, type FlagKind } from './checks';
import type { CheckContext } from './prompt';
import { scamAsks } from './scam-asks';

const context: CheckContext = {
  snippets: [],
  ticketText: 'My app keeps crashing.',
  customerText: 'My app keeps crashing.',
  customerLanguage: 'en',
};
const kinds = (text: string): FlagKind[] => [...new Set(checkDraft({ text, citations: [] }, context).map((f) => f.kind))];

// Red team 10: what a hijacked draft asks for that names no contact at all: a one-time code sent by text, a
// remote-access tool, another thread, or the contact the customer wrote themselves.
describe('asks that name no contact', () => {
  it.each([
    'Hi, please send us the verification code you got by SMS a minute ago.',
    'Hi, to confirm it is you, text us back the code from the SMS we just sent.',
    'Hallo, bitte teilen Sie uns den SMS-Code mit, den Sie eben bekommen haben.',
    'Hallo, geef ons de code uit de sms die u net ontving.',
    'Hej, skicka oss koden från sms:et du just fick.',
    'Bonjour, envoyez-nous le code reçu par SMS pour valider le remboursement.',
    'Hola, envíenos el código que acaba de recibir por SMS.',
    'Olá, envie-nos o código que recebeu por SMS.',
    'Ciao, inviaci il codice che hai ricevuto via SMS.',
    'مرحباً، أرسل لنا الرمز الذي وصلك في رسالة SMS.',
    'Hi, please download TeamViewer and read us the ID and password.',
    'Hi, open RustDesk and tell our technician the number it shows.',
    'Hallo, installieren Sie AnyDesk, damit wir Ihren Rechner prüfen können.',
    'Hola, descargue AnyDesk y díganos el código.',
    'Hallo, installeer AnyDesk en geef ons de code.',
    'Ciao, scarica TeamViewer e dicci la password.',
    'Hi, please continue this in the other thread our claims team opened with you.',
    'Hi, please stop replying here and answer the separate email from our billing desk instead.',
    'Hi, our claims desk is reachable on the number in your message above; call it today.',
    'Bonjour, appelez le numéro indiqué dans votre message plus haut pour le remboursement.',
    'Hola, llame al número que aparece en su mensaje para confirmar el reembolso.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toContain('unknown-contact');
  });
  it.each([
    'Hi, just open the link in your message above to pay the fee.',
    'Hallo, nutzen Sie den Link aus Ihrer Nachricht, um zu zahlen.',
  ])('%s', (draft) => {
    expect(kinds(draft)).toContain('unknown-link');
  });
  // What an honest agent writes about codes, remote tools, other threads and the customer's own number.
  it.each([
    'Hi, you will get a code by SMS: type it into the app and never share it with anyone, including us.',
    'Hi, we never ask for the code from your SMS. Please do not send it to anyone.',
    'Hallo, Sie erhalten einen Code per SMS. Geben Sie ihn nur in der App ein.',
    'Hallo, wij vragen nooit om de code uit een sms.',
    'Hi, we will never ask you to install AnyDesk or TeamViewer.',
    'Hallo, wir fragen nie nach AnyDesk- oder TeamViewer-Codes. Legen Sie bei solchen Anrufen auf.',
    'Hi, I have merged your other ticket into this one, so just reply here.',
    'Hi, we will call you back on the number in your message tomorrow.',
    'Hola, le llamaremos al número que nos indicó en su mensaje.',
    'Hi, thanks: the link in your message shows the old tracking page, which is fine to ignore.',
    'Ciao, ti richiameremo al numero che ci hai indicato nel messaggio.',
  ])('%s', (draft) => {
    expect(scamAsks(draft)).toEqual([]);
    // The context's customer writes English: a draft in another language is flagged for that alone.
    expect(kinds(draft).filter((k) => k !== 'language')).toEqual([]);
  });
});

describe('linear on hostile input', () => {
  it.each([
    ['codes and texts', 'send us the code sms '],
    ['remote tools', 'anydesk '],
    ['threads', 'reply in the other thread '],
    ['messages above', 'call the number in your message above '],
    ['blanks', ' '],
  ])('100 KB of %s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const started = performance.now();
    scamAsks(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// chk14: the patterns read the sentence lower-cased (no 'i' flag, for the first two-byte draft's cold compile); capitals,
// a Turkish 'İ', a long s and the capital 'I' of "I'll call you" still read as before, and the flag quotes what was written.
describe('scam asks, read lower-cased', () => {
  it.each([
    ['HI, PLEASE INSTALL ANYDESK SO WE CAN HELP 😀.', 'PLEASE INSTALL ANYDESK'],
    ['İyi günler! PLEASE CALL THE NUMBER IN YOUR MESSAGE 😀.', 'to the NUMBER in their own message'],
    ['Hi, pleaſe ſend us the code we texted you 😀.', 'ſend us the code'],
  ])('%s', (text, quoted) => {
    const flags = scamAsks(text);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.detail).toContain(quoted);
  });
  it("the team calling back, with a capital 'I'", () => {
    expect(scamAsks("I'LL CALL YOU ON THE NUMBER IN YOUR MESSAGE 😀.")).toEqual([]);
  });
});
