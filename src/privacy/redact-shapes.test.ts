// What the redactor replaces beyond its labelled detectors: digits in other scripts, values the
// conversation already redacted, names in the shapes signatures and greetings take, and names that
// are not people.
import { describe, expect, it } from 'vitest';
import { namesInText } from './names';
import { redactText } from './redact';
import { emptyVault, restore } from './vault';

describe('digits written in other scripts', () => {
  it.each([
    ['جوالي ٠٥٠١٢٣٤٥٦٧', 'جوالي ⟦PHONE_1⟧'],
    ['البطاقة ٤١١١ ١١١١ ١١١١ ١١١١', 'البطاقة ⟦CARD_1⟧'],
    ['رقم الهوية ١٠١٢٣٤٥٦٧٨', 'رقم الهوية ⟦NATIONAL_ID_1⟧'],
    ['هاتف ۰۹۱۲ ۳۴۵ ۶۷۸۹ شكرا', 'هاتف ⟦PHONE_1⟧ شكرا'], // Persian digits
    ['call ０３０ １２３４５６７８', 'call ⟦PHONE_1⟧'],
  ])('%s', (text, sent) => {
    const vault = emptyVault();
    const out = redactText(text, vault);
    expect(out).toBe(sent);
    expect(restore(out, vault)).toBe(text);
  });

  it('leaves an order number in Arabic-Indic digits as it is', () => {
    expect(redactText('الطلب رقم ٤٥٦٧٨', emptyVault())).toBe('الطلب رقم ٤٥٦٧٨');
  });
});

// A country code followed by the national number in one group: a Dutch mobile is nine digits after +31.
describe('international numbers with a long national group', () => {
  it.each([
    ['Bel me op +31 612345678 aub', 'Bel me op ⟦PHONE_1⟧ aub'],
    ['Mein Handy: 0049 15123456789', 'Mein Handy: ⟦PHONE_1⟧'],
  ])('%s', (text, sent) => {
    expect(redactText(text, emptyVault())).toBe(sent);
  });
});

describe('an order number introduced with its id word', () => {
  it.each(['Order ID: 0612345678 please check', 'My order number is 00123456789', 'Bestellnummer ist 0612345678'])('%s stays', (text) => {
    expect(redactText(text, emptyVault())).toBe(text);
  });

  it.each([
    'I placed an order yesterday, 0612345678 is my number',
    'Please process my refund, number 0612345678',
    'I want a refund. Number: 0612 345 678',
    'the best way to reach me in this case is 0612345678',
    "What I'd prefer is 0612 345 678",
    'Ticket no. +31 6 12345678',
  ])('only an order word, and id words after it, make a number an order number: %s', (text) => {
    expect(redactText(text, emptyVault())).toContain('⟦PHONE_1⟧');
  });
});

describe('values the conversation already redacted', () => {
  it('never cut into a larger match a detector finds, nor into other words', () => {
    const vault = emptyVault();
    redactText('Hi Tim, the cvc is 188 and my PIN: 0532', vault, ['Tim']);
    const out = redactText(
      'Write to Tim.Kerr@example.com about the Timeline; card 4012 8888 8888 1881, order #41882 and 0532 0130.',
      vault,
      ['Tim'],
    );
    expect(out).not.toContain('Kerr@example.com');
    expect(out).not.toContain('4012 8888');
    expect(out).toContain('Timeline');
    expect(out).toContain('#41882');
    expect(out).not.toMatch(/⟦SECRET_\d+⟧/); // credentials are found by their label, never by value
  });

  it('go back under their own placeholders when a restored draft is sent again, label or not', () => {
    const vault = emptyVault();
    redactText('Mein personnummer 850312-1234, BSN 123456782', vault);
    const draft = 'Vi har kontrollerat 850312-1234 och 123456782.';
    const again = redactText(draft, vault);
    expect(again).not.toContain('850312-1234');
    expect(again).not.toContain('123456782');
    expect(restore(again, vault)).toBe(draft);
  });
});

describe('names in the shapes signatures and greetings take', () => {
  it.each([
    ['Best regards,\n\nDana Whitfield', 'Dana Whitfield'],
    ['Best Regards,\nDana Whitfield', 'Dana Whitfield'],
    ['Saludos,\nMaría José García López', 'María José García López'],
    ['Mvh\nErik Lindqvist', 'Erik Lindqvist'],
    ['Groetjes,\nSanne van Dijk', 'Sanne van Dijk'],
    ['مع تحياتي، أحمد الحربي', 'أحمد الحربي'],
    ['Sehr geehrter Herr Dr. Jonas Hartmann, vielen Dank.', 'Jonas Hartmann'],
  ])('%s', (text, name) => {
    expect(namesInText(text)).toContain(name);
    expect(redactText(text, emptyVault())).not.toContain(name.split(' ').at(-1)!);
  });

  it('does not take a title for a name', () => {
    expect(namesInText('Herr Dr. Jonas Hartmann')).not.toContain('Dr');
    // Before, "Dr" became a name of its own and every "Dr" in the ticket was replaced.
    expect(redactText('Herr Dr. Jonas Hartmann asked Dr. Weber', emptyVault())).toBe('Herr Dr. ⟦NAME_1⟧ asked Dr. ⟦NAME_2⟧');
  });
});

describe('a signature that goes on after the name', () => {
  it.each([
    ['Hej, kortet debiterades två gånger.\nMvh Sofia Nilsson, 076-555 12 34', 'Sofia Nilsson'],
    ['We received your payment.\nKind regards\nRachel (Billing)', 'Rachel'],
    ['Best regards,\nAnna Schmidt | Customer Success', 'Anna Schmidt'],
  ])('%s', (text, name) => {
    expect(namesInText(text)).toContain(name);
    expect(redactText(text, emptyVault())).not.toContain(name);
  });

  it.each([
    ['Thanks, Netflix, for charging me twice. Netflix support never answered.', 'Netflix'],
    ['Thank you DHL (again) for losing my parcel.', 'DHL'],
    ['Danke, Amazon, für nichts.', 'Amazon'],
    ['Merci Orange, vraiment.', 'Orange'],
  ])('a word after a thank-you that goes on with prose is not a signature: %s', (text, company) => {
    expect(namesInText(text)).toEqual([]);
    expect(redactText(text, emptyVault())).toContain(company);
  });

  it('a second closing under the first is not the name', () => {
    expect(namesInText('Merci.\nCordialement,\nAnne Dubois')).toEqual(['Anne Dubois']);
    expect(namesInText('Thanks,\nBest Regards,\nAnna')).toEqual(['Anna']);
  });
});

describe('a date of birth said of someone', () => {
  it('is found a few words after its label', () => {
    const out = redactText('Date of birth of the account holder: 2 February 1979. App build 2024.11.3.', emptyVault());
    expect(out).toContain('⟦DOB_1⟧');
    expect(out).not.toContain('1979');
    expect(out).toContain('2024.11.3');
  });

  it.each([
    'I changed my date of birth in the app, then on 12.03.2024 my account was locked.',
    'I changed my date of birth in the app; on 12.03.2024 my account was locked.',
    'I updated my birthday then on 12.03.2024 the app logged me out.',
  ])('is not looked for past a clause break: %s', (text) => {
    expect(redactText(text, emptyVault())).toBe(text);
  });

  it('is still found after a short phrase or a colon', () => {
    for (const text of ['Date of birth of the account holder: 2 February 1979', 'My date of birth is 03.11.1979 and my name']) {
      expect(redactText(text, emptyVault())).toMatch(/⟦DOB_1⟧/);
    }
  });
});

describe('names that are not people', () => {
  it('a team or a shared mailbox lends no words to the name list', () => {
    const out = redactText('My Acme router needs more info; Support said so.', emptyVault(), ['Acme Support', 'info', 'Support']);
    expect(out).toBe('My Acme router needs more info; Support said so.');
  });

  it('a person’s first and last names are still found alone', () => {
    expect(redactText('Thanks, Whitfield will know; Dana too.', emptyVault(), ['Dana Whitfield'])).toBe(
      'Thanks, ⟦NAME_1⟧ will know; ⟦NAME_2⟧ too.',
    );
  });
});

describe('where a name someone introduces ends', () => {
  it.each([
    ['My name is Dana Whitfield Thanks for the quick help', ['Dana Whitfield']],
    ['My name is Dana And I need help with my invoice', ['Dana']],
    ['My name is Dana But the login still fails', ['Dana']],
    ['I am Dana Whitfield Regarding the order from May', ['Dana Whitfield']],
    ['Ich heiße Dana Und ich brauche Hilfe', ['Dana']],
    ['Ik ben Sanne Maar de app werkt niet', ['Sanne']],
  ])('stops before a capitalised common word: %s', (text, names) => {
    expect(namesInText(text)).toEqual(names);
  });

  it.each([
    'Ich schreibe Ihnen namens der Firma Müller GmbH.',
    'Ich schreibe Ihnen namens Firma Müller wegen der Rechnung.',
    'Wir wenden uns namens Müller GmbH an Sie.',
    'Namens Kraft Bau AG bitten wir um Rückruf.',
    'Ich schreibe namens Müller & Co. KG.',
  ])('"namens" on behalf of a company names no person: %s', (text) => {
    expect(namesInText(text)).toEqual([]);
  });

  it('"namens" before a person still names them', () => {
    expect(namesInText('Ein Mann namens Jonas Weber hat angerufen.')).toEqual(['Jonas Weber']);
  });
});
