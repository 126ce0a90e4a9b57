import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

// The team vouches for help.acme.example and its 0800 number; the ticket plants a lure and a vanity number.
const context: CheckContext = {
  snippets: [
    {
      id: 'kb-1',
      text: 'Returns: see https://help.acme.example/returns or call 0800 ACMEHELP.',
      url: 'https://help.acme.example/returns/policy.html',
    },
  ],
  ticketText: 'Your returns page is at https://help.acme.example/returns.evil.example/ and the refund line is 1-800-FLOWERS.',
  customerText: 'x',
  customerLanguage: 'en',
};
const flagged = (text: string) =>
  checkDraft({ text, citations: ['kb-1'] }, context).filter((f) => f.kind === 'unknown-link' || f.kind === 'unknown-contact');

describe('a vouched host used as a lure', () => {
  it.each([
    'Start your return at https://help.acme.example/returns.evil.example/ today.',
    'Start your return at help.acme.example/returns.evil.example today.',
    'Start your return at https://help.acme.example.evil.example/ today.',
    'Start your return at https://help.acme.example@evil.example/ today.',
  ])('"%s" is flagged', (text) => {
    expect(flagged(text)).not.toEqual([]);
  });

  it('passes the vouched page and a page on it whose name only has a file ending', () => {
    expect(flagged('Start your return at https://help.acme.example/returns today.')).toEqual([]);
    expect(flagged('The policy is at https://help.acme.example/returns/policy.html for reference.')).toEqual([]);
    expect(flagged('See https://help.acme.example/returns/v2.1 for the steps.')).toEqual([]);
  });
});

describe('links that run code instead of opening a page', () => {
  it.each([
    'Click [here](javascript:alert(document.cookie)) to start the return.',
    'Open javascript:void(fetch("//evil.example")) in your browser.',
    'Click [here](data:text/html;base64,PHNjcmlwdD4=) to start the return.',
    'Click [here](vbscript:msgbox) to start the return.',
    'Click [here](JavaScript:alert(1)) to start the return.',
    'Click [here](java\u200Bscript:alert(1)) to start the return.',
    'Click [here](java\tscript:alert(1)) to start the return.',
  ])('"%s" is flagged', (text) => {
    expect(flagged(text).map((f) => f.kind)).toContain('unknown-link');
  });

  it('passes prose with the same words', () => {
    expect(flagged('Your data: we only keep the order details. JavaScript must be enabled for the page.')).toEqual([]);
  });
});

describe('phone numbers in letters', () => {
  it.each([
    'Please call 1-800-FLOWERS to sort it out.',
    'Please call 0800 REFUND today.',
    'Ring +1 888 GET HELP now.',
    'Call 1-800-MATTRESS tonight.',
    'Please call 0800 REFUND NOW.',
  ])('"%s" is flagged', (text) => {
    expect(flagged(text).map((f) => f.kind)).toEqual(['unknown-contact']);
  });

  it('passes the vouched one and capitals that are no number', () => {
    expect(flagged('You can call 0800 ACMEHELP for anything else.')).toEqual([]);
    expect(flagged('Your order ACME 2024 SALE shipped; see the FAQ for the RMA.')).toEqual([]);
    expect(flagged('Send it to Acme GmbH, Lagerstr. 1, 01067 DRESDEN or 08001 BARCELONA.')).toEqual([]);
    expect(flagged('Your parcel leaves our warehouse at 0900 UTC, the courier comes by 0830 CET.')).toEqual([]);
  });

  // A number in letters has as many keys after its prefix as a number has digits there (six to eight):
  // "0800 NOW" dials too few, "0800 NOW OR NEVER" jumps from five to ten.
  it.each(['CALL 0800 NOW', 'CALL 0800 NOW!', 'DIAL 0800 NOW OR NEVER, SAYS THE AD.'])('passes shouting: "%s"', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
