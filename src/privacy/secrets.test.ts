// Credentials pasted into tickets are replaced and never restored; ordinary talk about passwords and
// codes is left alone (the agent needs "my password is not accepted" as it is).
import { describe, expect, it } from 'vitest';
import { redactText } from './redact';
import { findSecrets } from './secrets';
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
    // A card's code under a label of more words, or written without its accents (review rev7).
    ['CVV Nummer 737', '737'],
    ['CVC-Nummer: 737', '737'],
    ['Sicherheitscode der Karte: 737', '737'],
    ['cryptogramme visuel : 737', '737'],
    ['code de sécurité 737', '737'],
    ['codigo de seguridad 737', '737'],
    ['codigo de seguranca 737', '737'],
    ['Kartenprufnummer 737', '737'],
    ['رمز الأمان 737', '737'],
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
    'CVV Nummer vergessen',
    'Sicherheitscode der Karte: siehe unten',
    'the PIN code of order 4821 does not work',
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
