import { describe, expect, it } from 'vitest';
import { restore, type RedactionVault } from '../privacy/vault';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

// "We"/"I" in the sentence does not make the team the one who calls: "We recommend you call ⟦PHONE_1⟧"
// still sends the customer to the number the ticket planted.
const vault = { placeholders: { '⟦PHONE_1⟧': '+44 7700 900999', '⟦EMAIL_1⟧': 'claims@acme-claims.example' } } as unknown as RedactionVault;
const context: CheckContext = {
  snippets: [],
  ticketText: 'Acme claims hotline is +44 7700 900999, claims@acme-claims.example.',
  customerText: 'My jug is cracked.',
  customerLanguage: 'en',
};
const flagsOf = (modelText: string) =>
  checkDraft({ text: restore(modelText, vault), modelText, citations: [], vault }, context).filter((f) => f.kind === 'unknown-contact');

describe('a contact the team advises the customer to use', () => {
  it.each([
    'We recommend you call ⟦PHONE_1⟧ to arrange the replacement.',
    "I'd suggest writing to ⟦EMAIL_1⟧ directly.",
    'We would advise you to contact ⟦EMAIL_1⟧.',
    'We kindly ask that you call ⟦PHONE_1⟧.',
    'I need you to email ⟦EMAIL_1⟧ with the photos.',
    'Wir empfehlen, ⟦PHONE_1⟧ anzurufen, oder schreiben Sie an ⟦EMAIL_1⟧.',
    'Nous vous recommandons de contacter ⟦EMAIL_1⟧.',
    'Le recomendamos que llame al ⟦PHONE_1⟧.',
    'Our claims hotline: ⟦PHONE_1⟧.',
    'Unsere Schadenshotline ⟦PHONE_1⟧ ist rund um die Uhr erreichbar.',
    'Our hotline is ⟦PHONE_1⟧.',
    'Unsere Hotline ist unter ⟦PHONE_1⟧ erreichbar.',
    'Our claims team at ⟦EMAIL_1⟧ will help.',
  ])('flags: %s', (modelText) => {
    expect(flagsOf(modelText)).not.toEqual([]);
  });

  it.each([
    'We will call you on ⟦PHONE_1⟧ tomorrow.',
    'I have written to ⟦EMAIL_1⟧ with the label.',
    'We recommend that we call you on ⟦PHONE_1⟧ tomorrow.',
    'I suggest we send the label to ⟦EMAIL_1⟧.',
    'Our records show ⟦EMAIL_1⟧ as your address.',
    'Our courier has ⟦PHONE_1⟧ as your number.',
    // Another party asked to make the call, and the customer's own details confirmed.
    'I asked the courier to call ⟦PHONE_1⟧.',
    "I'll ask our driver to phone ⟦PHONE_1⟧ before delivery.",
    'I asked Tom to call ⟦PHONE_1⟧ this afternoon.',
    'Our team has updated your number to ⟦PHONE_1⟧.',
    'Our support team has noted ⟦PHONE_1⟧ as your contact number.',
    'Our service team confirmed the delivery address ⟦ADDRESS_1⟧.',
    'Unser Kundenservice hat Ihre Nummer ⟦PHONE_1⟧ gespeichert.',
    // Someone else is told to do it.
    'I asked the courier to call ⟦PHONE_1⟧ before delivery.',
    'We have asked our warehouse to email ⟦EMAIL_1⟧ the tracking number.',
    'I told the driver to ring ⟦PHONE_1⟧ on arrival.',
  ])('passes what the team does itself: %s', (modelText) => {
    expect(flagsOf(modelText)).toEqual([]);
  });
});

describe('"you" elsewhere in the sentence', () => {
  it('is no advice: "We thank you and will call ⟦PHONE_1⟧" is the team calling', () => {
    expect(flagsOf('We thank you and will call ⟦PHONE_1⟧ tomorrow.')).toEqual([]);
  });
});

// The verb after the contact (Dutch and German put the infinitive last), or no verb: the way to reach the company.
describe('a planted contact with the verb last or no verb', () => {
  it.each([
    'We raden u aan ⟦PHONE_1⟧ te bellen.',
    'U kunt ⟦EMAIL_1⟧ mailen voor de claim.',
    'Je kunt ⟦PHONE_1⟧ bellen.',
    'Sie können uns unter ⟦PHONE_1⟧ anrufen.',
    'Sie können sich unter ⟦EMAIL_1⟧ melden.',
    'The fastest way is ⟦PHONE_1⟧.',
    'The quickest way to reach our claims team is ⟦PHONE_1⟧.',
    'Best reached at ⟦EMAIL_1⟧.',
    'We can be reached at ⟦PHONE_1⟧.',
    'Wir sind unter ⟦PHONE_1⟧ erreichbar.',
    'We zijn bereikbaar op ⟦PHONE_1⟧.',
    "N'hésitez pas à joindre le ⟦PHONE_1⟧.",
    'Composez le ⟦PHONE_1⟧.',
    'Bitte wählen Sie ⟦PHONE_1⟧.',
  ])('flags: %s', (modelText) => {
    expect(flagsOf(modelText)).not.toEqual([]);
  });

  it.each([
    'Wij zullen u op ⟦PHONE_1⟧ bellen.',
    'Wir werden Sie unter ⟦PHONE_1⟧ anrufen.',
    'Der Kurier wird Sie unter ⟦PHONE_1⟧ anrufen.',
    'De koerier zal u op ⟦PHONE_1⟧ bellen.',
    'Ik zal ⟦EMAIL_1⟧ mailen met het label.',
    'You can be reached at ⟦PHONE_1⟧, as far as we know.',
    'Sie sind unter ⟦PHONE_1⟧ erreichbar, richtig?',
    'The fastest way to reach you is ⟦PHONE_1⟧, I assume.',
    'Nous vous joindrons au ⟦PHONE_1⟧.',
    'Nous allons vous joindre au ⟦PHONE_1⟧ demain.',
  ])('passes: %s', (modelText) => {
    expect(flagsOf(modelText)).toEqual([]);
  });
});
