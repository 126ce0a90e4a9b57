// Review of red7's rules (particles, "Surname, Given", dash signatures, social handles): the same personal
// data in shapes next to the new rules that still slipped past, and honest support text the new rules
// took away from the model.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string) => findEntities(text).map((e) => `${e.type}:${e.value}`);

describe('leaks next to the new rules', () => {
  it.each([
    // Handles on networks the rule did not name, without ":" or "is", and profile links.
    ['add me on snapchat dana_whit', 'USERNAME:dana_whit'],
    ['linkedin: dana-whitfield', 'USERNAME:dana-whitfield'],
    ['my linkedin is dana-whitfield-87', 'USERNAME:dana-whitfield-87'],
    ['find me on linkedin.com/in/dana-whitfield', 'USERNAME:dana-whitfield'],
    ['my profile https://www.linkedin.com/in/dana-whitfield-87/ has it', 'USERNAME:dana-whitfield-87'],
    ['github.com/danawhit has my fork', 'USERNAME:danawhit'],
    ['reddit: u/dana_whit', 'USERNAME:dana_whit'],
    ['skype: dana.whitfield', 'USERNAME:dana.whitfield'],
    ['my youtube channel is danawhit', 'USERNAME:danawhit'],
    ['discord: dana#1234', 'USERNAME:dana#1234'],
    ['my discord is dana#1234', 'USERNAME:dana#1234'],
  ])('%s', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

describe('honest text the new rules must leave', () => {
  it.each([
    // The platforms the product runs on, mentioned as companies.
    ['I wrote to @Zendesk on twitter about it', '@Zendesk'],
    ['@Freshdesk told me to contact you', '@Freshdesk'],
    ['see twitter.com/AcmeSupport for status', 'AcmeSupport'],
    ['I use instagram daily and it crashes', 'daily'],
    ['instagram v2.0 update broke sharing', 'v2.0'],
    ['my instagram account got hacked', 'got'],
    ['Thanks!\n- Dark Mode works now', 'Dark Mode'],
    // Ordinary words and lists around the new rules.
    ['Order from de Vries Ltd arrived damaged', 'de Vries'],
    ['Steps tried:\n— restart\n— reinstall', 'restart'],
    ['I tried a few things\n— Restart\n— Reinstall', 'Reinstall'],
    ['Thanks — the app works now', 'the app'],
    ['Still broken after the update.\n\n— Premium Plan', 'Premium'],
    ['Update fixed it — Version 2.3', 'Version'],
    ['sku ab12 cde is out of stock', 'ab12'],
    ['version 2.3.1-beta', '2.3.1-beta'],
    ['It costs twenty, thirty dollars', 'twenty'],
    ['we need ten, twenty, thirty, forty seats', 'forty'],
    ['il me faut vingt, trente, quarante, cinquante, soixante licences', 'soixante'],
    ['order 12345678-Z has not arrived', '12345678-Z'],
    ['Pedido nº 12345678-Z', '12345678-Z'],
    ['Bestellung 12345678-Z fehlt', '12345678-Z'],
    ['soy de Madrid y el pedido no llegó', 'Madrid'],
    ['ik ben van Amsterdam en de bestelling is kapot', 'Amsterdam'],
    ['sou da Silva Telecom cliente', 'Silva'],
    ['I am from De Vries Ltd and the invoice is wrong', 'Vries'],
  ])('%s', (text, kept) => {
    const entities = findEntities(text);
    const at = text.indexOf(kept);
    expect(entities.filter((e) => e.start < at + kept.length && e.end > at)).toEqual([]);
  });
});
