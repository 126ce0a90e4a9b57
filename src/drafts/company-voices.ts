// Another company's voice without a brand impersonation.ts knows (round 15): "Ihr Sicherheitsteam der Globex
// Zahlungsdienste AG", "Ici le service de recouvrement d'Initech Finance SAS", "the security team of Northwind Payments
// Ltd". Any name can be made up, so what gives it away is a company's legal form with a name the team's own texts (the
// snippets and company facts) never use, in a line that speaks as that company (its team, service, a sign-off). Read
// as written: the name's capitals are its shape.
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

// One to three capitalised words (each from a word's start, at most 31 letters: review of chk15, 100 KB of capitals cost
// 254 s, every start running to the end), then a legal form: "Northwind Payments Ltd", "Globex Zahlungsdienste AG", "Initech SAS".
const COMPANY =
  /(?<![\p{L}\p{N}&'’-])((?:\p{Lu}[\p{L}&'’-]{0,30}\s+){1,3})(?:Ltd\.?|LLC|Inc\.?|GmbH|AG|SAS|SARL|S\.A\.|SA|S\.p\.A\.|SpA|S\.r\.l\.|Srl|B\.V\.|N\.V\.|PLC|Plc|Corp\.?|Sp\.\s?z\s?o\.o\.|A\.Ş\.)(?![\p{L}])/gu;
// The line speaks as it (review of chk15: not a courier, a bank or a payment provider the team's line only names, "our
// team handed your parcel to DHL Paket GmbH", "Notre équipe a confié votre colis à La Poste SA"):
// - a team or service of it: "the security team of Northwind Payments Ltd", "Ihr Team der Globex AG", "le service de
//   recouvrement d'Initech SAS" (up to two words between, then "of/der/de/d'/di/del/z…");
const TEAM_OF =
  /(?<![\p{L}])(?:team|teams|department|service|équipe|servicio|servizio|abteilung|zespół|dział|ekib\p{L}*|\p{Ll}*team)(?:\s+\p{Ll}+){0,2}?\s+(?:of|at|from|der|des|von|bei|de|du|d['’]|di|del|della|dello|z|ze)\s*(?:the\s+|la\s+|le\s+|el\s+|il\s+)?$/u;
// - an introduction anywhere before it on the line: "this is", "ici", "on behalf of";
const INTRO =
  /(?<![\p{L}])(?:this\s+is|ici|hier\s+ist|we\s+are|nous\s+sommes|wir\s+sind|somos|siamo|jesteśmy|on\s+behalf\s+of|im\s+auftrag|au\s+nom\s+de|en\s+nombre\s+de|per\s+conto\s+di|w\s+imieniu|adına)(?![\p{L}])/u;
// - a sign-off: on the line or the one before, the company's line a short one ("Kind regards,\nGlobex Payments AG").
const SIGN_OFF =
  /(?<![\p{L}])(?:regards|sincerely|grüßen|grüße|cordialement|salutations|saludos|saluti|pozdrawiam|pozdrowienia|saygılarımızla|saygılar)(?![\p{L}])/u;
const SHORT_LINE = /^\s*\S+(?:\s+\S+){0,7}\s*$/u;

/** A company the team's texts (`vouched`) never name, speaking in `text`, as a flag. */
export function companyVoices(text: string, vouched = ''): { kind: 'unknown-contact'; detail: string }[] {
  const known = lowerSameLength(vouched);
  const lines = splitSentences(text);
  for (const [i, line] of lines.entries()) {
    // Read once per line, not per name (linear: 100 KB of "Acme Ltd " names 11,000 of them).
    const lower = lowerSameLength(line);
    const signed = SHORT_LINE.test(line) && (SIGN_OFF.test(lower) || (i > 0 && SIGN_OFF.test(lowerSameLength(lines[i - 1]!))));
    const intro = lower.search(INTRO);
    for (const m of line.matchAll(COMPANY)) {
      const words = m[1]!.trim().split(/\s+/u).map(lowerSameLength);
      if (words.some((w) => w.length > 2 && known.includes(w))) continue;
      const speaks = signed || (intro >= 0 && intro < m.index) || TEAM_OF.test(lower.slice(Math.max(0, m.index - 80), m.index));
      if (!speaks) continue;
      return [
        {
          kind: 'unknown-contact',
          detail: `speaks as ${m[0].trim()}, a company the team's texts never name: "${line.trim().slice(0, 100)}"`,
        },
      ];
    }
  }
  return [];
}
