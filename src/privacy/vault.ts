// Placeholders that stand in for personal data in everything sent to a model, and the vault that maps
// them back. The vault is plain data (it crosses the background's message boundary and may be cached)
// and never leaves the browser.

export const ENTITY_TYPES = [
  'EMAIL',
  'PHONE',
  'CARD',
  'IBAN',
  'ADDRESS',
  'IP',
  'NAME',
  'NATIONAL_ID',
  'DOB',
  'PASSPORT',
  'PLATE',
  'USERNAME',
  'SECRET',
] as const;
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
  return placeholderMinter(vault)(type, value);
}

/**
 * Placeholders for many values: the vault is read once into a map, then each value costs a lookup. Reading
 * the whole vault for each value made a text with thousands of different values quadratic (64,000
 * characters of different e-mails: 4.4 s at load 12). Mints what placeholderFor would: a value keeps its first token,
 * a new one takes the number after its type's highest; it writes to the vault as it goes.
 */
export function placeholderMinter(vault: RedactionVault): (type: EntityType, value: string) => string {
  const tokens = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [token, original] of Object.entries(vault.placeholders)) {
    const m = /^⟦([A-Z_]+)_(\d+)⟧$/.exec(token);
    if (!m) continue;
    const type = m[1]!;
    // The highest number in use, not how many there are: a vault with a gap (⟦EMAIL_2⟧ alone, from a copy
    // or a stored ticket) must never have a new value written over a token that already holds another's.
    counts.set(type, Math.max(counts.get(type) ?? 0, Number(m[2])));
    const key = `${type}\u0000${original}`;
    if (!tokens.has(key)) tokens.set(key, token);
  }
  return (type, value) => {
    const key = `${type}\u0000${value}`;
    let token = tokens.get(key);
    if (token === undefined) {
      const count = (counts.get(type) ?? 0) + 1;
      token = `⟦${type}_${count}⟧`;
      counts.set(type, count);
      tokens.set(key, token);
      vault.placeholders[token] = value;
    }
    return token;
  };
}

const TYPES = ENTITY_TYPES.join('|');
// Only the exact token the redactor minted is restored. A mangled form ([[EMAIL_1]], ⟦EMAIL 1⟧) is left
// as it is and flagged by the draft checks (findLeftoverPlaceholders): restoring look-alikes would let
// text that merely resembles a placeholder (a customer can type "[[NAME_2]]" into a ticket, and the
// model may copy it) pull a value into a draft by a route other than its own placeholder. The token
// names its type, so an index the model invents never maps to another type's value.
const PLACEHOLDER = new RegExp(`⟦(?:${TYPES})_[1-9]\\d{0,5}⟧`, 'g');

/** The exact placeholders in `text`, the tokens `restore` would put values back for: "⟦PHONE_1⟧", … */
export const placeholdersIn = (text: string): string[] => text.match(PLACEHOLDER) ?? [];

/**
 * Puts the originals back into a model's text, exact tokens only. Unknown or garbled ones stay (and are
 * flagged). A credential (SECRET: a password, key or one-time code the customer pasted) is never put
 * back: no reply needs it, and a draft that names one stays flagged for the agent to see.
 */
export function restore(text: string, vault: RedactionVault): string {
  return text.replace(PLACEHOLDER, (token) =>
    Object.hasOwn(vault.placeholders, token) && !token.startsWith('⟦SECRET_') ? vault.placeholders[token]! : token,
  );
}

/**
 * Input text with the placeholder brackets swapped for look-alikes (⟦ → ⟨, ⟧ → ⟩), so the only exact
 * placeholders in what is sent are the ones the redactor minted.
 */
export function neutralizePlaceholders(text: string): string {
  return text.replace(/⟦/g, '⟨').replace(/⟧/g, '⟩');
}

const LEFTOVER = new RegExp(`⟦[^⟧\\n]{0,24}⟧|[⟦⟧]|\\b(?:${TYPES})_\\d+\\b`, 'g');

/** Placeholder-like fragments still in a text after restore(): unknown numbers, garbled tokens, stray brackets. */
export function findLeftoverPlaceholders(text: string): string[] {
  return [...text.matchAll(LEFTOVER)].map((m) => m[0]);
}
