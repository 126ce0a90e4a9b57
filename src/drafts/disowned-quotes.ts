// A message the customer forwarded, quoted in the draft ("> Please pay the open €89 by gift card") and disowned by it
// ("That message did not come from us"), asks nothing of the customer: its quoted lines are blanked (same length, so
// offsets hold) before the checks read the draft (round 18). A quoted block the draft does not disown is read as written:
// "> Note from billing: please pay by gift card" is the draft's ask.

const QUOTED_LINE = /^[ \t]*>[^\n]*/gmu;
const DISOWNED =
  /(?<![\p{L}])(?:(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+come\s+from\s+us|not\s+(?:from|sent\s+by)\s+us|(?:kommt|stammt|kam)\s+nicht\s+von\s+uns|nicht\s+von\s+uns|ne\s+vient\s+pas\s+de\s+nous|no\s+(?:es|viene|procede)\s+de\s+nosotros|(?:komt\s+)?niet\s+van\s+ons|inte\s+från\s+oss|non\s+(?:è|viene)\s+da\s+noi|não\s+(?:é|veio|vem)\s+de\s+nós)(?![\p{L}])/iu;

/** `text` with its quoted lines blanked when the rest of it says they are not ours. */
export function withoutDisownedQuotes(text: string): string {
  if (!text.includes('>')) return text;
  const outside = text.replace(QUOTED_LINE, '');
  return DISOWNED.test(outside) ? text.replace(QUOTED_LINE, (line) => ' '.repeat(line.length)) : text;
}
