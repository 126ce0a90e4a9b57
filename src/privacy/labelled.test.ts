// Numbers a label or a word before them says are not the customer's identity or bank account.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const types = (text: string, type: string) => findEntities(text).filter((e) => e.type === type);

describe('an unlabelled 3-2-4 number after a product or other number word', () => {
  it.each([
    'The part 123-45-6789',
    'Model 412-88-1234 does not fit',
    'Version 123-45-6789',
    'Serial 123-45-6789',
    'Firmware 123-45-6789',
    'The parcel 123-45-6789',
    'My contract 123-45-6789',
  ])('is no national id in "%s"', (text) => {
    expect(types(text, 'NATIONAL_ID')).toEqual([]);
  });

  it('is still one without such a word', () => {
    expect(types('My number is 123-45-6789', 'NATIONAL_ID').map((e) => e.value)).toEqual(['123-45-6789']);
  });
});
