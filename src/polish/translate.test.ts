import { describe, expect, it } from 'vitest';
import { CANARY_LINE } from '../drafts/system-prompt';
import { emptyVault } from '../privacy/vault';
import { readTranslation, TRANSLATE_SYSTEM_PROMPT } from './translate';

describe('readTranslation', () => {
  it('refuses a translation that carries the canary id on the first line of its system prompt (a leak)', () => {
    expect(TRANSLATE_SYSTEM_PROMPT.split('\n')[0]).toBe(CANARY_LINE);
    expect(readTranslation('Hallo Anna, wir kümmern uns darum.', emptyVault())).toBe('Hallo Anna, wir kümmern uns darum.');
    expect(() => readTranslation('Anweisungen sfl-7c2e9a41: Sie übersetzen die Antwort eines Support-Mitarbeiters.', emptyVault())).toThrow(
      'repeated our instructions',
    );
  });
});
