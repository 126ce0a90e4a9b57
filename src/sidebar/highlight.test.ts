import { expect, test } from 'vitest';
import { splitMatches } from './highlight';
import { safeHttpUrl } from './links';

const marked = (text: string, words: string[]) =>
  splitMatches(text, words)
    .filter((s) => s.match)
    .map((s) => s.text);

test('splits around every case-insensitive occurrence and keeps all text', () => {
  const segments = splitMatches('Refund the refund. REFUND!', ['refund']);
  expect(segments.map((s) => s.text).join('')).toBe('Refund the refund. REFUND!');
  expect(marked('Refund the refund. REFUND!', ['refund'])).toEqual(['Refund', 'refund', 'REFUND']);
});

test('prefers the longest word where words overlap', () => {
  expect(marked('subscription and sub', ['sub', 'subscription'])).toEqual(['subscription', 'sub']);
});

test('regex characters in words are literal', () => {
  expect(marked('costs $5.00 (net) or 5x00', ['$5.00', '(net)'])).toEqual(['$5.00', '(net)']);
});

test('Arabic words are matched as written', () => {
  expect(marked('تم خصم المبلغ مرتين', ['خصم', 'مرتين'])).toEqual(['خصم', 'مرتين']);
});

test('no words, blank words or one-letter words mark nothing', () => {
  expect(splitMatches('a cat', [])).toEqual([{ text: 'a cat', match: false }]);
  expect(splitMatches('a cat', ['a', ' '])).toEqual([{ text: 'a cat', match: false }]);
  expect(splitMatches('', ['cat'])).toEqual([]);
});

test('only http(s) URLs are links', () => {
  expect(safeHttpUrl('https://help.example.com/a?b=1')).toBe('https://help.example.com/a?b=1');
  expect(safeHttpUrl('http://intranet.example/x')).toBe('http://intranet.example/x');
  expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
  expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
  expect(safeHttpUrl('/relative/path')).toBeNull();
  expect(safeHttpUrl(undefined)).toBeNull();
});
