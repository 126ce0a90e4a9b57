// E-mail addresses written so that scrapers miss them are still the customer's address; the words "at"
// and "dot" in ordinary sentences are not.
import { describe, expect, it } from 'vitest';
import { deobfuscatedEmail } from './obfuscated-email';
import { findEntities } from './redact';

const WRITTEN_OUT = [
  'dana at example dot com',
  'dana [at] example [dot] com',
  'dana(at)example(dot)com',
  'dana (at) example.com',
  'dana.whitfield {at} mail.example.co.uk',
  'dana dot whitfield at example dot co dot uk',
  'DANA AT EXAMPLE DOT DE',
  'dana@example dot com',
  'dana[at]example[.]com',
];
const ORDINARY = [
  'look at this dot on the screen',
  'I was at home dot',
  'Please look at example.com for details',
  'log in at app.example.com today',
  'we meet at noon dot com bubble talk',
  'the spinner at the top dot is red',
  'contact me at the office dot com',
  'I bought shoes at amazon dot com',
  'I ordered at zalando dot de',
  'the price is 5 at store dot com',
];

describe('obfuscated e-mail addresses', () => {
  it.each(WRITTEN_OUT)('finds "%s" whole, as an e-mail address', (address) => {
    const [entity, ...rest] = findEntities(`Write to ${address} please.`);
    expect({ type: entity?.type, value: entity?.value, rest }).toEqual({ type: 'EMAIL', value: address, rest: [] });
  });

  it('takes an address in bare words at the start of a line or after a word about mail', () => {
    const emails = (text: string) => findEntities(text).flatMap((e) => (e.type === 'EMAIL' ? [e.value] : []));
    expect(emails('Regards\nDana\ndana at example dot com')).toEqual(['dana at example dot com']);
    expect(emails('My e-mail is dana at example dot com.')).toEqual(['dana at example dot com']);
    expect(emails('Mail me at dana at gmail dot com')).toEqual(['dana at gmail dot com']);
  });

  it.each([
    ['My email is dana at gmail.com', 'dana at gmail.com'], // a mail word, then a bare "at" before a real domain
    ['my e-mail: dana.fischer at gmail.com', 'dana.fischer at gmail.com'],
    ['Email me: dana @ gmail.com', 'dana @ gmail.com'], // spaces around the "@"
    ['Email me: dana@ gmail.com', 'dana@ gmail.com'],
    ["It's dana at proton dot me", 'dana at proton dot me'], // a country ending, after "it's" at a line start
    ["My old one is closed. It's dana at proton dot me.", 'dana at proton dot me'],
    ['Or write to dana at yandex dot ru', 'dana at yandex dot ru'],
    ['Write to dana at mail dot example dot io, thanks', 'dana at mail dot example dot io'],
    ['dana at example dot nl', 'dana at example dot nl'], // a line of its own
    ['dana at example dot de, bitte', 'dana at example dot de'], // a line start, then punctuation
    // No mail word, but a user that looks like an address's, or a free mail provider's domain.
    ['dana.whitfield at gmail dot com is my other address', 'dana.whitfield at gmail dot com'],
    ['or dana_w87 at example dot com, whichever', 'dana_w87 at example dot com'],
    ['my sister dana at gmail dot com has it', 'dana at gmail dot com'],
    ['Reply to dana at gmail.com', 'dana at gmail.com'], // a word about mail, a provider, a real dot
    ['My other one: dana.whitfield at gmail.com, thanks', 'dana.whitfield at gmail.com'], // a dotted user at a provider, a real dot
    ['dana.whitfield@gmail .com', 'dana.whitfield@gmail .com'], // a space before the dot
    // The other languages' words for "@" and ".".
    ['Meine Mail: jonas punkt weber ät gmx punkt de', 'jonas punkt weber ät gmx punkt de'],
    ['mon adresse : claire.martin arobase orange point fr', 'claire.martin arobase orange point fr'],
    ['lucia.gomez arroba gmail punto com', 'lucia.gomez arroba gmail punto com'],
    ['Hej! Min mejl är lars punkt ekstrom snabel-a telia punkt se', 'lars punkt ekstrom snabel-a telia punkt se'],
    ['Mijn mail is jan punt visser apenstaartje ziggo punt nl', 'jan punt visser apenstaartje ziggo punt nl'],
    ['scrivi a marco.rossi chiocciola libero punto it', 'marco.rossi chiocciola libero punto it'],
  ])('finds the address in "%s"', (text, address) => {
    expect(findEntities(text).map((e) => `${e.type}:${e.value}`)).toEqual([`EMAIL:${address}`]);
  });

  it.each([
    'Shoes at amazon dot com were cheaper', // a line start, but prose follows
    'Shoes at amazon dot com were cheaper than at otto dot de',
    'Mail the form to the office at post.example.com', // a real dot, and the mail word too far back
    'Please look at example.com, then email us',
    'have a look @ store.com for it', // a spaced "@" after a common word
    'Check the page at help.example.com and email us',
    'log in at outlook.com please', // a provider, but no mail word and no address-like user
    'log in at gmail dot com',
    'Version 2.1 at example dot com', // dots, but no letter in the "user"
    'Punkt 3: bitte at home prüfen',
    'dana@home .Then we talk', // a spaced dot only before a known ending
    'I bought the XPS-13 at bol.com', // a shop, and a model's name
    'my iPhone-15 at orange.fr',
    'item-3 at web.de', // a real dot needs a mail word
    'The model-3 at orange dot fr',
  ])('leaves "%s" alone', (text) => {
    expect(findEntities(text).filter((e) => e.type === 'EMAIL')).toEqual([]);
  });

  it('leaves "at" and "dot" in ordinary sentences alone', () => {
    expect(ORDINARY.flatMap((text) => findEntities(text))).toEqual([]);
  });

  it.each([
    ['help@acme .com', 'help@acme.com'], // a space before the domain's dot
    ['Dana [at] Example dot com', 'dana@example.com'],
  ])('keys "%s" as %s', (span, key) => {
    expect(deobfuscatedEmail(span)).toBe(key);
  });
});
