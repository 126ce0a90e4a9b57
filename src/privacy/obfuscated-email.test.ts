// E-mail addresses written so that scrapers miss them are still the customer's address; the words "at"
// and "dot" in ordinary sentences are not.
import { describe, expect, it } from 'vitest';
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
  ])('leaves "%s" alone', (text) => {
    expect(findEntities(text).filter((e) => e.type === 'EMAIL')).toEqual([]);
  });

  it('leaves "at" and "dot" in ordinary sentences alone', () => {
    expect(ORDINARY.flatMap((text) => findEntities(text))).toEqual([]);
  });
});
