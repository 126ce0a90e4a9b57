import { describe, expect, it } from 'vitest';
import { accountOfPage, companyOfPage, knownAccounts, visibleIn } from './account';

const origins = [
  { origin: 'https://support.acme.com', helpdesk: 'zendesk' as const, account: 'acme' },
  { origin: 'https://help.globex.com', helpdesk: 'freshdesk' as const },
];

describe('helpdesk accounts', () => {
  it('names hosted accounts by subdomain, and a mapped own domain as the same account', () => {
    expect(accountOfPage('https://acme.zendesk.com/agent/tickets/1', origins)).toBe('zendesk:acme');
    expect(accountOfPage('https://support.acme.com/agent/tickets/1', origins)).toBe('zendesk:acme');
    expect(accountOfPage('https://ACME.freshdesk.com/a/tickets/7', origins)).toBe('freshdesk:acme');
    // Unmapped own domain: an account of its own.
    expect(accountOfPage('https://help.globex.com/a/tickets/2', origins)).toBe('freshdesk:help.globex.com');
  });

  it('knows no account for other pages, deeper subdomains or look-alikes', () => {
    expect(accountOfPage('https://evil.example/agent/tickets/1', origins)).toBeNull();
    expect(accountOfPage('https://a.b.zendesk.com/agent/tickets/1', origins)).toBeNull();
    expect(accountOfPage('https://acme.zendesk.com.evil.example/agent', origins)).toBeNull();
    expect(accountOfPage(undefined, origins)).toBeNull();
  });

  it("shows articles for all accounts everywhere, an account's only there", () => {
    expect(visibleIn(undefined, null)).toBe(true);
    expect(visibleIn(['*'], 'zendesk:acme')).toBe(true);
    expect(visibleIn(['zendesk:acme'], 'zendesk:acme')).toBe(true);
    expect(visibleIn(['zendesk:acme'], 'zendesk:globex')).toBe(false);
    expect(visibleIn(['zendesk:acme'], null)).toBe(false);
    expect(knownAccounts(origins)).toEqual(['freshdesk:help.globex.com', 'zendesk:acme']);
  });
});

describe("the company's own name", () => {
  it('is the hosted subdomain, and unknown on any other page', () => {
    expect(companyOfPage('https://acme.zendesk.com/agent/tickets/1')).toBe('acme');
    expect(companyOfPage('https://globex.freshdesk.com/a/tickets/2')).toBe('globex');
    expect(companyOfPage('https://support.acme.com/agent/tickets/1')).toBeUndefined();
    expect(companyOfPage(undefined)).toBeUndefined();
  });
});
