import { describe, expect, it } from 'vitest';
import { isApiPath, refusalOf } from './page-fetch';

const ORIGIN = 'https://acme.zendesk.com';

describe('what a helpdesk tab fetches for the background', () => {
  it('takes the helpdesk API’s paths on the page’s own origin', () => {
    expect(isApiPath('/api/v2/tickets/3.json', ORIGIN)).toBe(true);
    expect(isApiPath('/api/v2/tickets/3/comments.json?include=users&page=2', ORIGIN)).toBe(true);
  });

  it.each([
    ['another origin', 'https://evil.example/api/v2/tickets/3.json'],
    ['a protocol-relative URL', '//evil.example/api/v2/x'],
    ['a page that is not the API', '/agent/tickets/3'],
    ['a path that climbs out of the API', '/api/../agent/tickets/3'],
    ['an encoded climb out of the API', '/api/%2e%2e/agent/tickets/3'],
    ['no path at all', undefined],
    ['an endless path', `/api/${'a'.repeat(3000)}`],
  ])('refuses %s', (_case, path) => {
    expect(isApiPath(path, ORIGIN)).toBe(false);
  });
});

describe('a GET asked of the tab', () => {
  it('is made only while the tab is on the origin the background meant', () => {
    expect(refusalOf({ kind: 'page-fetch', path: '/api/v2/tickets/3.json', origin: ORIGIN }, ORIGIN)).toBeNull();
    expect(refusalOf({ kind: 'page-fetch', path: '/api/v2/tickets/3.json', origin: 'https://other.zendesk.com' }, ORIGIN)).toMatch(
      'another page',
    );
    expect(refusalOf({ kind: 'page-fetch', path: '/agent/tickets/3', origin: ORIGIN }, ORIGIN)).toMatch('not a same-origin API path');
  });
});
