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
];

describe('obfuscated e-mail addresses', () => {
  it.each(WRITTEN_OUT)('finds "%s" whole, as an e-mail address', (address) => {
    const [entity, ...rest] = findEntities(`Write to ${address} please.`);
    expect({ type: entity?.type, value: entity?.value, rest }).toEqual({ type: 'EMAIL', value: address, rest: [] });
  });

  it('leaves "at" and "dot" in ordinary sentences alone', () => {
    expect(ORDINARY.flatMap((text) => findEntities(text))).toEqual([]);
  });
});
