// Words the speller must never flag because the team or the customer chose them: names in the ticket,
// the agent's signature, product words from the knowledge base's titles and tags. Kept as lower-case
// forms so "Acme" and "acme" are both known.

export function teamWordSet(sources: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)) words.add(match[0].toLowerCase());
  }
  return words;
}
