import { expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

const arabic: CheckContext = {
  snippets: [{ id: 'ar-delivery', text: 'يمكنك تتبع الطرد على https://track.acme.example/ar.' }],
  ticketText: 'أين طردي؟',
  customerText: 'أين طردي؟',
  customerLanguage: 'ar',
};
const languageFlags = (text: string, context = arabic) => checkDraft({ text, citations: [] }, context).filter((f) => f.kind === 'language');

// Round 12: a short Arabic draft with the tracking link was read as Swedish ("track", "acme", "example"): a link or an
// address is not written in the customer's language or any other, so the language is read without them.
it('reads the language of a draft without its links and addresses', () => {
  expect(languageFlags('مرحباً، يمكنك تتبع الطرد على https://track.acme.example/ar.')).toEqual([]);
  expect(languageFlags('مرحباً، راسلنا على support@acme.example أو تتبع الطرد على track.acme.example/ar')).toEqual([]);
  expect(languageFlags('Hello, you can track your parcel at https://track.acme.example/ar.')).not.toEqual([]);
});

it('in linear time', () => {
  const t = performance.now();
  expect(languageFlags('a'.repeat(20_000))).toBeDefined();
  expect(performance.now() - t).toBeLessThan(2000);
});
