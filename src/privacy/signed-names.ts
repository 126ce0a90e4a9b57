// Names under a closing, the way people sign ("Best regards,\nAnna Schmidt", "-- \nDana W.", "مع تحياتي، أحمد").
// Apart from names.ts because a signature has its own shape (lines, blank lines, a phone after the name),
// and lower-names.ts reads a lower-case signature under the same closings.
import { ARABIC_CLOSINGS, CLOSINGS } from './name-closings';
import { ARABIC_WORD, CAPITAL_PARTICLE, NAME_WORD, PARTICLE, alternation } from './name-words';

// People write closings as they like: "Best regards", "Best Regards", "best regards".
const closingForms = (closings: string[]) =>
  closings.flatMap((c) => [c, c.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase()), c[0]!.toLowerCase() + c.slice(1)]);
// The name may follow after a blank line, and have up to four parts ("María José García López"). No two
// blank runs meet: "Regards" and 64 K spaces would split n ways (it took 1 s at 20 K before).
// A second closing under the first ("Merci.\nCordialement,\nAnne") is not the name; the one under it is.
// Under the closing, the name's line may start with a dash or a tilde ("Thanks,\n— Dana", "~Dana") and go
// on with a comma, a bracket, a bar or a dash ("Rachel (Billing)", "Anna Schmidt | Support", "Dana W. —
// Acme"); on the closing's own line only with a phone ("Mvh Sofia Nilsson, 076-…"):
// "Thanks, Netflix, for charging me twice" names a company, not the writer.
export const CLOSING_ALTERNATION = `(?:${alternation(closingForms(CLOSINGS))})`;
// A last name may be an initial ("Dana W."). The e-mail signature's "-- " line opens a signature like a closing.
// Also after initials ("D. Whitfield", "K. von Becker"), and the last initial without its dot ("Dana W").
// A hyphenated given name's initials ("J.-P. Moreau") and the Spanish "M.ª José" (María) count as initials.
const SIGNED_INITIAL = '\\p{Lu}(?:\\.-\\p{Lu})?(?:\\.ª|ª\\.?|\\.)';
const SIGNED_NAME = `(?!${CLOSING_ALTERNATION}(?![\\p{L}]))((?:(?:${SIGNED_INITIAL} ?){1,3}${PARTICLE}?)?${NAME_WORD}(?: ${CAPITAL_PARTICLE}?${NAME_WORD}){0,3}(?: \\p{Lu}(?:\\.|(?![\\p{L}])))?)[ \\t]*`;
export const CLOSING_NAME = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*(?:${CLOSING_ALTERNATION}|--)[ \\t]*(?:[,!.:][ \\t]*)?(?:(?:\\n[ \\t]*){1,2}(?:[-~][ \\t]*)?${SIGNED_NAME}(?=\\n|$|[,(|-])|${SIGNED_NAME}(?=\\n|$|,[ \\t]*[+(\\d]))`,
  'gu',
);
// On the next line, or on the same line after a comma ("مع تحياتي، أحمد الحربي").
export const CLOSING_NAME_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(ARABIC_CLOSINGS)}|--)(?:[ \\t]*[،,][ \\t]*|[ \\t،,]*\\n[ \\t]*)(${ARABIC_WORD}(?: ${ARABIC_WORD})?)[ \\t]*(?=\\n|$)`,
  'gu',
);
// "Surname، Given" in Arabic under a closing ("مع التحية،\nالحربي، أحمد"): both words are the name.
export const SURNAME_FIRST_SIGNED_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(ARABIC_CLOSINGS)})[ \\t،,]*\\n[ \\t]*(${ARABIC_WORD})[ \\t]*[،,][ \\t]*(${ARABIC_WORD})[ \\t]*(?=\\n|$)`,
  'gu',
);
// "Surname, Given" alone on the line under a closing ("Regards,\nBecker, Klaus"): both parts are the name.
// The surname may open with its particle ("van der Berg, Anna", "Van der Berg, Anna") and have two words,
// the given name too ("García López, María José").
export const SURNAME = `${CAPITAL_PARTICLE}?${NAME_WORD}(?: ${NAME_WORD})?`;
export const GIVEN = `${NAME_WORD}(?: ${NAME_WORD})?`;
export const SURNAME_FIRST_SIGNED = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*${CLOSING_ALTERNATION}[ \\t]*(?:[,!.][ \\t]*)?(?:\\n[ \\t]*){1,2}(?!${CLOSING_ALTERNATION},)(${SURNAME}), (${GIVEN})[ \\t]*(?=\\n|$)`,
  'gu',
);
// A dash (or a tilde) before the name signs too ("— Dana", "– Dana Whitfield", "~Dana"; plain-forms.ts reads
// the dashes as "-"), on the text's last line, after a sentence at its end, or after a closing that starts
// its line ("Thanks — Dana"). A list's last item looks the same ("- Dark Mode"): a line before it that
// starts with a dash, a bullet or a number makes it a list, and so does a colon ending the line just before
// ("What I tried:\n- Restart"); after a blank line it signs ("1. Do X\n\n— Dana"). The line may go on after
// a comma or a bracket: the company ("— Dana, Acme Corp", "— Dana Whitfield (Acme)") or the given name
// ("— Whitfield, Dana").
// Initials alone sign too ("— D.W.", "— M. G.", a hyphenated given name's "— J.-P. D."), after a dash only:
// under a closing "P.S." starts a line.
// Each run of blanks is taken whole ((?![ \\t])): runs side by side split a long one every way (2,000 blanks
// after "- Dana" took 3 s, 16,000 did not end in two minutes).
const INITIAL = '\\p{Lu}\\.(?:-\\p{Lu}\\.)?';
const DASH_SIGNED = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*(?:${CLOSING_ALTERNATION}[,!.]?[ \\t]*)?[-~][ \\t]*(?:${SIGNED_NAME}|(${ARABIC_WORD}(?: ${ARABIC_WORD})?)[ \\t]*|(${INITIAL}(?: ?${INITIAL}){1,2})[ \\t]*)(?![ \\t])(?:(?:,|(?=[(|]))[ \\t]*(?![ \\t])([^\\n]{1,60}?))?(?=\\s*$)`,
  'gu',
);
// Countries and unions written as initials ("— U.S.", "— U.K.") sign no one.
const NOT_INITIALS = /^(?:P\. ?S\.|P\. ?P\. ?S\.|N\. ?B\.|U\. ?S\.(?: ?A\.)?|U\. ?K\.|E\. ?U\.)$/u;
const LIST_LINE_BEFORE = /(?:(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])[^\n]*|:[ \t]*)\n[ \t]*$/u;
const GIVEN_ALONE = new RegExp(`^${GIVEN}$`, 'u');
/** The names signed after a dash at the text's end, unless the dash ends a list; `arabic`: read by the Arabic rules. */
export function dashSignedNames(text: string): { name: string; arabic: boolean }[] {
  const names: { name: string; arabic: boolean }[] = [];
  for (const m of text.matchAll(DASH_SIGNED)) {
    if (LIST_LINE_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index + 1))) continue;
    if (m[2]) names.push({ name: m[2], arabic: true });
    else if (m[3]) {
      if (!NOT_INITIALS.test(m[3])) names.push({ name: m[3], arabic: false });
      continue;
    } else names.push({ name: m[1]!.trim(), arabic: false });
    // After a comma a name alone is the given name of "Surname, Given", or a company that names no one:
    // unsure, so it is read as a name (cleanName drops legal forms, "Acme Corp").
    const rest = m[4]?.trim();
    if (rest && GIVEN_ALONE.test(rest)) names.push({ name: `${rest} ${m[1]!.trim()}`, arabic: false });
  }
  return names;
}
