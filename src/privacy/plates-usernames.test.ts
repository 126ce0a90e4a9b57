// Licence plates and user names are personal only because the text says what they are: a label or a
// context word ("my plate is", "Kennzeichen", "username", "@… on twitter"). Without one, codes stay.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string) => findEntities(text).map((e) => `${e.type}:${e.value}`);

describe('licence plates after a label', () => {
  it.each([
    ['my plate is AB12 CDE', 'AB12 CDE'],
    ['Registration: AB12 CDE, blue Golf', 'AB12 CDE'],
    ['Kennzeichen: M-AB 1234', 'M-AB 1234'],
    ['Mein Kennzeichen lautet M-AB 1234', 'M-AB 1234'],
    ['mijn kenteken luidt 12-ABC-3', '12-ABC-3'],
    ['kenteken 12-ABC-3', '12-ABC-3'],
    ['registreringsnummer ABC 123', 'ABC 123'],
    ['immatriculation AB-123-CD', 'AB-123-CD'],
    ['matrícula 1234 BCD', '1234 BCD'],
    ['targa AB 123 CD', 'AB 123 CD'],
    ['لوحة السيارة 1234 أ ب ج', '1234 أ ب ج'],
  ])('%s', (text, plate) => {
    expect(found(text)).toContain(`PLATE:${plate}`);
  });

  it.each([
    'product code AB-1234',
    'my plate is cracked, order 1234',
    'version 2.10.003',
    'the registration form asks for AB12',
    'Kennzeichen fehlt',
  ])('keeps %s', (text) => {
    expect(found(text).filter((f) => f.startsWith('PLATE'))).toEqual([]);
  });
});

describe('user names after a label or as a handle', () => {
  it.each([
    ['my username is dana.whitfield87', 'dana.whitfield87'],
    ['login: dwhitfield', 'dwhitfield'],
    ['@dana_w on twitter', '@dana_w'],
    ['Benutzername: dwhitfield', 'dwhitfield'],
    ['Mein Benutzername lautet dana_w', 'dana_w'],
    ['mijn gebruikersnaam luidt dana_w', 'dana_w'],
    ['gebruikersnaam dwhitfield', 'dwhitfield'],
    ['användarnamn: dwhitfield', 'dwhitfield'],
    ["nom d'utilisateur : dwhitfield", 'dwhitfield'],
    ['nombre de usuario: dwhit_77', 'dwhit_77'],
    ['اسم المستخدم dwhitfield', 'dwhitfield'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(`USERNAME:${name}`);
  });

  it.each([
    'I cannot login to the app',
    'the login page is broken',
    'meet @ 10 tomorrow',
    'my username is not working',
    'Benutzername vergessen',
    'price @ €5 each',
    "my username doesn't work",
    "my user name isn't recognised",
    'Login: failed again',
    'Login: Fehlgeschlagen',
  ])('keeps %s', (text) => {
    expect(found(text).filter((f) => f.startsWith('USERNAME'))).toEqual([]);
  });
});

describe('plates and user names on hostile input', () => {
  it.each([
    ['plate is', 'B-AB 1234'],
    ['username is', 'dana_w'],
    ['login is', 'dana_w'],
    ['handle everywhere is', 'dana_w'],
    ['instagram', 'dana_whit'],
    ['instagram is', 'dana_whit'],
  ])('reads 64,000 blanks after "%s" in linear time, and the value after a few', (label, value) => {
    const started = performance.now();
    found(`${label}${' '.repeat(64_000)}!`);
    // Two runs of blanks side by side ('[ \t]*:?[ \t]*') split a long run every way: 3 to 5 s, three did not end.
    expect(performance.now() - started).toBeLessThan(500);
    expect(found(`${label}  ${value}`)).toContain(`${value.includes('_') ? 'USERNAME' : 'PLATE'}:${value}`);
    expect(found(`${label} : ${value}`)).toContain(`${value.includes('_') ? 'USERNAME' : 'PLATE'}:${value}`);
  });
});
