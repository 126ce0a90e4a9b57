// Placeholders that stand in for personal data in everything sent to a model, and the vault that maps
// them back. The vault is plain data (it crosses the background's message boundary and may be cached)
// and never leaves the browser.

export const ENTITY_TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'ADDRESS', 'IP', 'NAME'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface RedactionVault {
  /** Placeholder token (e.g. "⟦EMAIL_1⟧") → the original text it replaced. */
  placeholders: Record<string, string>;
}

export function emptyVault(): RedactionVault {
  return { placeholders: {} };
}

/** The vault's token for `value`, minting the next one for its type when the value is new. */
export function placeholderFor(vault: RedactionVault, type: EntityType, value: string): string {
  let count = 0;
  for (const [token, original] of Object.entries(vault.placeholders)) {
    if (!token.startsWith(`⟦${type}_`)) continue;
    if (original === value) return token;
    count += 1;
  }
  const token = `⟦${type}_${count + 1}⟧`;
  vault.placeholders[token] = value;
  return token;
}

const TYPES = ENTITY_TYPES.join('|');
// Models sometimes mangle the brackets: [[EMAIL_1]], ⟦EMAIL 1⟧, [EMAIL_1], ⟦EMAIL_1]. We restore those too
// when the number is known, and everything left over is flagged by the draft checks.
const LOOSE_PLACEHOLDER = new RegExp(`(?:⟦|\\[\\[?)\\s*(${TYPES})[_ ](\\d+)\\s*(?:⟧|\\]\\]?)`, 'g');

/** Puts the originals back into a model's text. Unknown placeholders are left as they are (and flagged). */
export function restore(text: string, vault: RedactionVault): string {
  return text.replace(LOOSE_PLACEHOLDER, (match, type: string, n: string) => vault.placeholders[`⟦${type}_${n}⟧`] ?? match);
}

const LEFTOVER = new RegExp(`⟦[^⟧\\n]{0,24}⟧|[⟦⟧]|\\b(?:${TYPES})_\\d+\\b`, 'g');

/** Placeholder-like fragments still in a text after restore(): unknown numbers, garbled tokens, stray brackets. */
export function findLeftoverPlaceholders(text: string): string[] {
  return [...text.matchAll(LEFTOVER)].map((m) => m[0]);
}
