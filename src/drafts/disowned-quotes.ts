// A message the customer forwarded, quoted in the draft ("> Please pay the open €89 by gift card") and disowned by it
// ("That message did not come from us; please ignore it"), asks nothing of the customer: its quoted lines are blanked
// (same length, so offsets hold) before the checks read the draft (round 18). A quoted block the draft does not disown
// is read as written: "> Note from billing: please pay by gift card" is the draft's ask.
// Disowned means: the line right before or after the block (blank lines aside) both says the message is not ours and
// tells the customer to leave it alone (ignore, delete, do not reply or pay). Not a disowning phrase anywhere in the
// draft, which blanked every quoted block (review of chk18): "The link in that e-mail is not from us.\n> Send your
// password to …", "> Send us your SMS code\nThe signature is not from us but the request is genuine", a second quoted
// block presented as the billing team's. Linear: each line is read once, each pattern once per neighbouring line.

const QUOTED = /^[ \t]*>/u;
const DISOWNED =
  /(?<![\p{L}])(?:(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+come\s+from\s+us|not\s+(?:from|sent\s+by)\s+us|(?:kommt|stammt|kam)\s+nicht\s+von\s+uns|nicht\s+von\s+uns|ne\s+vient\s+pas\s+de\s+nous|no\s+(?:es|viene|procede)\s+de\s+nosotros|(?:komt\s+)?niet\s+van\s+ons|inte\s+från\s+oss|non\s+(?:è|viene)\s+da\s+noi|não\s+(?:é|veio|vem)\s+de\s+nós)(?![\p{L}])/iu;
// Leave it alone: ignore or delete it, do not reply to it, pay or click (en, de, nl, sv, fr, es, it, pt).
const LEAVE_IT =
  /(?<![\p{L}])(?:ign[oó]r\p{L}*|disregard|delete|löschen|verwijder\p{L}*|negeer|radera|supprimez|elimín\p{L}*|elimin[ai]\p{L}*|bórre\p{L}*|cancell[ai]\p{L}*|apague|exclua|(?:do\s+not|don['’]t|never)\s+(?:reply|respond|answer|pay|click|act)|(?:antworten|reagieren|zahlen|klicken)\s+sie\s+(?:\p{L}+\s+)?nicht|(?:reageer|antwoord|betaal|klik)\s+(?:er\s+)?niet|(?:svara|betala|klicka)\s+inte|ne\s+(?:répondez|payez|cliquez)\s+pas|no\s+(?:responda|pague|haga\s+clic)|non\s+(?:risponda|rispondere|paghi|pagare|cliccare)|não\s+(?:responda|pague|clique))(?![\p{L}])/iu;

// Another quoted line is the forwarded text's, not the draft's word on it.
const disowns = (line: string | undefined) => line !== undefined && !QUOTED.test(line) && DISOWNED.test(line) && LEAVE_IT.test(line);

/** `text` with the quoted blocks blanked that the line next to them disowns. */
export function withoutDisownedQuotes(text: string): string {
  if (!text.includes('>')) return text;
  const lines = text.split('\n');
  const quoted = lines.map((line) => QUOTED.test(line));
  let changed = false;
  for (let start = 0; start < lines.length; start += 1) {
    if (!quoted[start]) continue;
    let end = start;
    while (end + 1 < lines.length && quoted[end + 1]) end += 1;
    // The nearest written line either side, blank lines aside.
    let before = start - 1;
    while (before >= 0 && !lines[before]!.trim()) before -= 1;
    let after = end + 1;
    while (after < lines.length && !lines[after]!.trim()) after += 1;
    if (disowns(lines[before]) || disowns(lines[after])) {
      for (let i = start; i <= end; i += 1) lines[i] = ' '.repeat(lines[i]!.length);
      changed = true;
    }
    start = end;
  }
  return changed ? lines.join('\n') : text;
}
