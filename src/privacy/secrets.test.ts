// Credentials pasted into tickets are replaced and never restored; ordinary talk about passwords and
// codes is left alone (the agent needs "my password is not accepted" as it is).
import { describe, expect, it } from 'vitest';
import { redactText } from './redact';
import { findSecrets } from './secrets';
import { namesInText } from './names';
import { emptyVault, restore } from './vault';

const secretsIn = (text: string) => findSecrets(text).map((s) => text.slice(s.start, s.end));

describe('findSecrets', () => {
  it.each([
    ['my password is Hunter2!', 'Hunter2!'],
    ['Passwort: Sommer2024!', 'Sommer2024!'],
    ['Mijn wachtwoord is Tulp#88', 'Tulp#88'],
    ['lösenord: kanelbulle7', 'kanelbulle7'],
    ['Mi contraseña es Gato-2023.', 'Gato-2023'],
    ['A minha senha é Praia2024', 'Praia2024'],
    ['mot de passe = soleil!99', 'soleil!99'],
    ['كلمة المرور: Riyadh2024', 'Riyadh2024'],
    ['password: sunshine', 'sunshine'],
    ['my PIN is 4821', '4821'],
    ['CVV 123', '123'],
    ['the verification code is 483 920', '483 920'],
    ['Bestätigungscode: 552190', '552190'],
    ['PIN-Code: 4821', '4821'],
    ['my pin number is 1234', '1234'],
    ['TAN: 123456', '123456'],
    ['pw: Hunter2!', 'Hunter2!'],
    ['here is my key sk-proj-4eC39HqLyjWDarjtT1zdp7dc please check', 'sk-proj-4eC39HqLyjWDarjtT1zdp7dc'],
    ['token ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['AWS key AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['Stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    [
      'header eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    ],
    ['the link https://acme.example/reset?token=Zx81kQp0aa77&lang=en expired', 'Zx81kQp0aa77'],
    ['https://app.example/login#access_token=ya29.a0AfH6SMB', 'ya29.a0AfH6SMB'],
  ])('%s', (text, secret) => {
    expect(secretsIn(text)).toEqual([secret]);
  });

  it.each([
    'I forgot my password and cannot log in',
    'my password is not accepted any more',
    'the password is wrong, it says',
    'Passwort ist falsch',
    'How can I reset my password?',
    'the PIN code does not work',
    'the verification code never arrives',
    'Passwort: vergessen',
    'Password: not received',
    'New password: reset',
    'Password issues: it keeps failing',
    'My password is wrong!',
    'password is expired?',
    'Kennwort ist falsch!',
    'Password is case-sensitive',
    'OTP 2024-05-03 was the day it broke',
    'order 4821 has not arrived',
    'see https://acme.example/help?topic=password-reset',
    'sk-8 is the model number of my kettle',
  ])('leaves "%s" alone', (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe('a secret in the redactor', () => {
  it('is replaced before anything leaves, and a draft that repeats its placeholder does not get it back', () => {
    const vault = emptyVault();
    const sent = redactText('Hi, my password is Hunter2! and my email dana@example.com', vault);
    expect(sent).not.toContain('Hunter2');
    expect(sent).toContain('⟦SECRET_1⟧');
    expect(restore('Your password ⟦SECRET_1⟧ was reset; we wrote to ⟦EMAIL_1⟧.', vault)).toBe(
      'Your password ⟦SECRET_1⟧ was reset; we wrote to dana@example.com.',
    );
  });

  it('takes a mobile number written without spaces, up to E.164’s 15 digits', () => {
    const vault = emptyVault();
    expect(redactText('call me on +4915123456789 or 004915123456789', vault)).toBe('call me on ⟦PHONE_1⟧ or ⟦PHONE_2⟧');
  });
});

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
