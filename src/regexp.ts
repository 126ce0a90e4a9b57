// Literal text inside a RegExp built from word lists (promise terms, known names, search terms).

/** `text` with every character that means something in a RegExp escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
