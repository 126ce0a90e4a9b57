// Minting placeholders: the same value keeps its token, numbering goes on from what the vault holds, and a
// text with thousands of different values costs in proportion to them (placeholderFor read the whole vault
// for each value: 64,000 characters of different e-mails took 4.4 s at load 12).
import { describe, expect, it } from 'vitest';
import { redactText } from './redact';
import { emptyVault, placeholderFor, placeholderMinter } from './vault';

describe('placeholderMinter', () => {
  it('mints what placeholderFor mints, one vault reading for many values', () => {
    const vault = emptyVault();
    vault.placeholders['⟦EMAIL_1⟧'] = 'a@b.co';
    vault.placeholders['⟦NAME_1⟧'] = 'Dana';
    const mint = placeholderMinter(vault);
    expect(mint('EMAIL', 'a@b.co')).toBe('⟦EMAIL_1⟧');
    expect(mint('NAME', 'Lee')).toBe('⟦NAME_2⟧');
    expect(mint('NAME', 'Lee')).toBe('⟦NAME_2⟧');
    expect(mint('NATIONAL_ID', '123456782')).toBe('⟦NATIONAL_ID_1⟧');
    expect(placeholderFor(vault, 'NAME', 'Kim')).toBe('⟦NAME_3⟧');
    expect(vault.placeholders).toEqual({
      '⟦EMAIL_1⟧': 'a@b.co',
      '⟦NAME_1⟧': 'Dana',
      '⟦NAME_2⟧': 'Lee',
      '⟦NATIONAL_ID_1⟧': '123456782',
      '⟦NAME_3⟧': 'Kim',
    });
  });
});

describe('redacting many different values', () => {
  const emails = (count: number) => Array.from({ length: count }, (_, i) => `mail u${i}@ex.co, `).join('');
  const fastest = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      redactText(text, emptyVault());
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it('keeps every value apart', () => {
    const vault = emptyVault();
    expect(redactText(emails(3), vault)).toBe('mail ⟦EMAIL_1⟧, mail ⟦EMAIL_2⟧, mail ⟦EMAIL_3⟧, ');
    expect(Object.keys(vault.placeholders)).toHaveLength(3);
  });

  it('costs in proportion to the values (4x the values, well under 16x the time)', () => {
    const small = fastest(emails(600));
    const large = fastest(emails(2400));
    expect(large / Math.max(small, 1)).toBeLessThan(8);
  });
});
