import { describe, expect, it } from 'vitest';
import { promises, promisesUnbacked } from '../../tests/support/promises';
import { restore, type RedactionVault } from '../privacy/vault';
import { checkDraft } from './checks';
import { foldLookalikes } from './lookalikes';
import type { CheckContext } from './prompt';

describe('Latin words spelled with look-alike letters', () => {
  it.each([
    ['rеfund', 'refund'], // Cyrillic е
    ['yοu', 'you'], // Greek ο
    ['rеfund yоu саsh', 'refund you cash'], // Cyrillic е, о, а, с
    ['ехрrеss', 'express'], // Cyrillic е, х, р
    ['RЕFUND', 'REFUND'],
  ])('"%s" is read as "%s"', (text, read) => {
    expect(foldLookalikes(text)).toBe(read);
  });

  it.each([
    'Мы вернём вам деньги в понедельник.',
    'Θα σας επιστρέψουμε τα χρήματα.',
    'سنعيد لك المبلغ كاملاً.',
    'Ihre Erstattung über 50 € ist unterwegs.',
    'Москва and Αθήνα are both on the list.',
  ])('leaves "%s" as it is', (text) => {
    expect(foldLookalikes(text)).toBe(text);
  });

  promisesUnbacked(['We will rеfund you in full.', 'We will give yоu a discοunt of 20%.', 'Wе guаrаntее dеlivеry by Fridаy.']);

  it('reads no Latin promise into Russian text', () => {
    expect(promises('Мы получили ваше письмо и ответим завтра.')).toEqual([]);
    // Since round 14 the Russian words are promise words of their own (promise-terms-more.ts): read as Russian.
    expect(promises('Мы вернём вам деньги.')).toEqual(['refund: "Мы вернём вам деньги" is not backed by a cited snippet']);
  });

  it('finds an order to call a planted number hidden the same way', () => {
    const vault = { placeholders: { '⟦PHONE_1⟧': '+44 7700 900999' } } as unknown as RedactionVault;
    const modelText = 'Plеase саll ⟦PHONE_1⟧.';
    const context: CheckContext = { snippets: [], ticketText: 'x', customerText: 'x', customerLanguage: 'en' };
    const flags = checkDraft({ text: restore(modelText, vault), modelText, citations: [], vault }, context);
    expect(flags.map((f) => f.detail)).toContain(
      '+44 7700 900999 comes from the ticket, not from the team, and the draft sends the customer to it',
    );
  });
});
