// Contacts written backwards (red team 11): after a right-to-left override (U+202E) the customer sees
// "refunds@acme-claims.example" where the text holds "elpmaxe.smialc-emca@sdnufer", and a draft may spell an address
// backwards outright ("our address, backwards: …") or a number ending in its "+". normalizeOutbound drops the override,
// so the contact checks would read the reversed form and find nothing. This gives the text as the customer reads it back:
// each overridden run, each word with an "@" and each number ending in "+", reversed; it is searched as well. Linear:
// bounded runs, each character reversed at most three times.

// An overridden run up to its pop (U+202C), a newline or 200 characters.
const OVERRIDDEN = /\u202E([^\u202C\n]{1,200})/g;
// A number that ends in its "+", "21 43 65 87 6 13+": a plus after digits in prose ("13+ years") has too few digits.
// No country code starts with 0, so a run ending "0+" is a count ("1 000 000+ orders"), not a number backwards.
const PLUS_LAST = /(?<![\d+])\d[\d .-]{5,22}(?<=[1-9])\+(?!\d)/g;
const WORD_WITH_AT = /[^\s@]{1,64}@[^\s@]{1,255}/g;
// An address that reads forwards ("ed.jones@acme.example", a domain with its dot) is read forwards by the contact checks;
// backwards it could only make a stranger of the team's own address ("elpmaxe.emca@senoj.de").
const FORWARD_ADDRESS = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}[.,;:!?)\]]*$/u;

const reversed = (s: string) => [...s].reverse().join('');

/** The backwards-written runs of `raw` (the model's text before normalizing), reversed, one per paragraph. */
export function mirroredText(raw: string): string {
  const runs = [
    ...[...raw.matchAll(OVERRIDDEN)].map((m) => m[1]!),
    ...[...raw.matchAll(PLUS_LAST)].map((m) => m[0]),
    ...[...raw.matchAll(WORD_WITH_AT)].map((m) => m[0]).filter((w) => !FORWARD_ADDRESS.test(w)),
  ];
  // Paragraphs apart: a line break between digits would join two numbers (contacts.ts reads "+44 7700\n900 456" as one).
  return runs.map(reversed).join('\n\n');
}
