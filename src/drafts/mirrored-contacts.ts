// Contacts written backwards (red team 11): after a right-to-left override (U+202E) the customer sees
// "refunds@acme-claims.example" where the text holds "elpmaxe.smialc-emca@sdnufer", and a draft may spell an address
// backwards outright ("our address, backwards: …") or a number ending in its "+". normalizeOutbound drops the override,
// so the contact checks would read the reversed form and find nothing. This gives the text as the customer reads it back:
// each overridden run, each word with an "@" and each number ending in "+", reversed; it is searched as well. Linear:
// bounded runs, each character reversed at most three times.

// An overridden run up to its pop (U+202C), a newline or 200 characters.
const OVERRIDDEN = /\u202E([^\u202C\n]{1,200})/g;
// A number that ends in its "+", "21 43 65 87 6 13+": a plus after digits in prose ("13+ years") has too few digits.
const PLUS_LAST = /(?<![\d+])\d[\d .-]{5,22}\+(?!\d)/g;
const WORD_WITH_AT = /[^\s@]{1,64}@[^\s@]{1,255}/g;

const reversed = (s: string) => [...s].reverse().join('');

/** The backwards-written runs of `raw` (the model's text before normalizing), reversed, one per paragraph. */
export function mirroredText(raw: string): string {
  const runs = [
    ...[...raw.matchAll(OVERRIDDEN)].map((m) => m[1]!),
    ...[...raw.matchAll(PLUS_LAST)].map((m) => m[0]),
    ...[...raw.matchAll(WORD_WITH_AT)].map((m) => m[0]),
  ];
  // Paragraphs apart: a line break between digits would join two numbers (contacts.ts reads "+44 7700\n900 456" as one).
  return runs.map(reversed).join('\n\n');
}
