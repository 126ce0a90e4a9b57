// A quoted mail's header names its sender ("From: Klaus Becker", "Von: Becker, Klaus", 'From: "Dana W."
// <…>', "De : …", "Van: …", "Från: …", "من: …"). "From:" starts a route or a schedule too ("From: Amsterdam\n
// To: Utrecht", "Von: Montag\nBis: Freitag", "From: Settings"): the name counts only where a mail header
// stands, before the sender's address or on a line next to a header only mail has (Sent, Date, Subject).
import { NOT_LOWER_NAMES } from './lower-names';
import { ARABIC_WORD, CAPITAL_PARTICLE, NAME_WORD, PARTICLE, capitalised } from './name-words';

const SENDER = 'From|Von|De|Van|Från|Fra|Da|Absender|Afzender|Remitente|Expéditeur|Avsändare';
// A surname may open with a particle ("de Vries, Pieter"), the last part may be an initial ("Dana W.").
const NAME = `(?:${PARTICLE}|${CAPITAL_PARTICLE})?${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){0,3}(?: \\p{Lu}(?:\\.|(?![\\p{L}])))?`;
// The line starts with the header word (a ">" may quote it); the name may stand in quotes. The blanks
// after a quote belong to the quote: two runs of blanks side by side split a long run every way (64,000
// blanks after "From:" took 2 s, after "From: Dana" 10 s).
const HEADER_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:>[ \\t]*)*(?:${SENDER})[ \\t]*:[ \\t]*(?:["“«][ \\t]*)?(${NAME})(?:, (${NAME_WORD}(?: ${NAME_WORD})?))?[ \\t]*(?:["”»][ \\t]*)?(?=\\n|$|[<\\[(])`,
  'gu',
);
// A sender in lower case ("From: dana whitfield <d.w@…>") only right before the address: two to three words.
const LOWER_WORD = "\\p{Ll}[\\p{Ll}'’-]+";
const HEADER_LOWER_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:>[ \\t]*)*(?:${SENDER})[ \\t]*:[ \\t]*(?:["“«][ \\t]*)?(${LOWER_WORD}(?: ${PARTICLE}?${LOWER_WORD}){1,2})[ \\t]*(?:["”»][ \\t]*)?(?=<)`,
  'gu',
);
// A mailer's sender in lower case names no one ("From: no reply <…>", "From: amazon marketplace <…>").
const NOT_LOWER_SENDERS = new Set(
  'reply noreply no-reply marketplace shop store newsletter notifications notification alerts billing orders order info mailer daemon admin sales news updates account accounts'.split(
    ' ',
  ),
);
const HEADER_NAME_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:المرسل|من)[ \\t]*:[ \\t]*(${ARABIC_WORD}(?: ${ARABIC_WORD}){0,2})[ \\t]*(?=\\n|$|<)`,
  'gu',
);
// Headers that only a mail has: sent, date, subject, copy.
const MAIL_HEADER =
  /^[ \t]*(?:>[ \t]*)*(?:Sent|Date|Subject|Cc|Gesendet|Datum|Betreff|Envoyé|Objet|Enviado|Enviada|Fecha|Asunto|Assunto|Data|Verzonden|Onderwerp|Skickat|Ämne|Sendt|Emne|Inviato|Oggetto|أرسل|التاريخ|الموضوع)[ \t]*:/iu;

// The sender's address after the name: "<…>", "[mailto:…]", or a bracket with an "@" in it; a bracket
// alone is a place's ("From: Amsterdam (Centraal)").
const SENDER_ADDRESS = /^[ \t]*(?:[<[]|\([^()\n]{0,80}@)/u;

function inMailHeader(text: string, lineStart: number, end: number): boolean {
  if (SENDER_ADDRESS.test(text.slice(end, end + 90))) return true;
  const next = text.indexOf('\n', end);
  if (next >= 0 && MAIL_HEADER.test(text.slice(next + 1, next + 40))) return true;
  const previous = text.lastIndexOf('\n', lineStart - 2);
  return lineStart > 0 && MAIL_HEADER.test(text.slice(previous + 1, lineStart - 1));
}

// The line a mail client writes above a quoted mail names its writer: before the verb ("On Mon, … Dana
// Whitfield <…> wrote:", "Le …, Élodie Marchand a écrit :", "El …, Lucía Fernández (<…>) escribió:") or
// after it ("Am … schrieb Klaus Becker <…>:", "Op … schreef …", "Den … skrev …", "… كتب فهد العتيبي:"). The
// address may stand between; the colon closes the line.
const ADDRESS = '(?:[ \\t]*\\(?<[^<>\\n]{1,100}>\\)?)?';
// It starts after a blank or a sign, not inside a hyphenated run ("A-A-A-…" would start it at each capital).
const NAME_THEN_WROTE = new RegExp(
  `(?<![\\p{L}'’-])(${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){0,3})${ADDRESS}[ \\t]+(?:wrote|a écrit|escribió|escreveu|ha scritto|schrieb|schreef|skrev)[ \\t]*:`,
  'gu',
);
const WROTE_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:schrieb|schreef|skrev)[ \\t]+(${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){0,3})${ADDRESS}[ \\t]*:`,
  'gu',
);
// The verb agrees with a woman writer: "كتبت ليلى حداد".
const WROTE_THEN_NAME_AR = new RegExp(`(?<![\\p{L}])كتبت?[ \\t]+(${ARABIC_WORD}(?: ${ARABIC_WORD}){0,2})${ADDRESS}[ \\t]*:`, 'gu');
// A time's "AM"/"PM" or "Uhr" before the name reads as a capitalised word.
const BEFORE_NAME = /^(?:(?:AM|PM|Uhr) )+/u;

/** The writers named on the line above a quoted mail; `arabic`: read by the Arabic rules. */
export function quotedWriters(text: string): { name: string; arabic: boolean }[] {
  const names: { name: string; arabic: boolean }[] = [];
  for (const m of text.matchAll(NAME_THEN_WROTE)) names.push({ name: m[1]!.replace(BEFORE_NAME, ''), arabic: false });
  for (const m of text.matchAll(WROTE_THEN_NAME)) names.push({ name: m[1]!, arabic: false });
  for (const m of text.matchAll(WROTE_THEN_NAME_AR)) names.push({ name: m[1]!, arabic: true });
  return names;
}

/** The senders named in quoted mail headers, "Given Surname" for "Surname, Given"; `arabic`: read by the Arabic rules. */
export function headerNames(text: string): { name: string; arabic: boolean }[] {
  const names: { name: string; arabic: boolean }[] = [];
  for (const [pattern, arabic] of [
    [HEADER_NAME, false],
    [HEADER_LOWER_NAME, false],
    [HEADER_NAME_AR, true],
  ] as const)
    for (const m of text.matchAll(pattern)) {
      const lineStart = text[m.index] === '\n' ? m.index + 1 : m.index;
      if (!inMailHeader(text, lineStart, m.index + m[0].length)) continue;
      if (pattern === HEADER_LOWER_NAME && m[1]!.split(' ').some((w) => NOT_LOWER_NAMES.has(w) || NOT_LOWER_SENDERS.has(w))) continue;
      // In lower case, written as a name is, so cleanName's word lists ("Support Team") read it.
      const name = pattern === HEADER_LOWER_NAME ? capitalised(m[1]!) : m[1]!;
      names.push({ name: m[2] ? `${m[2]} ${name}` : name, arabic });
    }
  return names;
}
