// Review red9: what the last review left (season greetings and "U.S." read as a dash signature, a route's
// bracket read as a sender's address, "see, below" read as "surname, given", the company's own handle) and
// the leaks it listed (a lower-case sender in a quoted header, hyphenated initials, a lower-case surname with
// its particles first, a handle with a few words before "is").
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string, company?: string) => findEntities(text, [], false, company).map((e) => `${e.type}:${e.value}`);

describe('honest text the red9 review found redacted', () => {
  it.each([
    ['Thanks for the help!\n— Happy Holidays'],
    ["Thanks!\n— Season's Greetings"],
    ['Thanks!\n— Merry Christmas'],
    ['Danke!\n— Frohe Weihnachten'],
    ['Bedankt!\n— Fijne Feestdagen'],
    ['Thanks!\n— Happy New Year'],
    ['Shipping from the warehouse\n— U.S.'],
    ['Made in the EU\n— U.K.'],
    ['From: Amsterdam (Centraal)\nTo: Utrecht'],
    ['Regards,\nsee, below'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps the company own handle when the helpdesk account names it, and no other', () => {
    const text = 'I tagged @acme on Twitter twice and @dana_w too.';
    expect(found(text, 'acme')).toEqual(['USERNAME:@dana_w']);
    expect(found(text, 'Acme')).toEqual(['USERNAME:@dana_w']);
    // Without the account it stays redacted: unsure, it stays in the browser.
    expect(found(text)).toEqual(['USERNAME:@acme', 'USERNAME:@dana_w']);
  });

  it('still signs with a name after a season greeting', () => {
    expect(found('Thanks!\n— Merry Christmas Dana')).toEqual(['NAME:Dana']);
  });
});

describe('leaks the red9 review found', () => {
  it.each([
    ['Forwarding.\n\n> From: dana whitfield <d.w@example.org>\n> Sent: 4 March', 'NAME:dana whitfield'],
    ['Merci\n— J.-P. D.', 'NAME:J.-P. D.'],
    ['Groeten,\nvan der berg, sanne', 'NAME:van der berg'],
    ['Groeten,\nvan der berg, sanne', 'NAME:sanne'],
    ['my handle on every site is quietfox42', 'USERNAME:quietfox42'],
  ])('%j finds %s', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it('reads no user name after a few ordinary words when the value is a plain word', () => {
    expect(found('the handle on the lid is broken')).toEqual([]);
  });
});
