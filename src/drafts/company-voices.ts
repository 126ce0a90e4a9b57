// Another company's voice without a brand impersonation.ts knows (round 15): "Ihr Sicherheitsteam der Globex
// Zahlungsdienste AG", "Ici le service de recouvrement d'Initech Finance SAS", "the security team of Northwind Payments
// Ltd". Any name can be made up, so what gives it away is a company's legal form with a name the team's own texts (the
// snippets and company facts) never use, in a line that speaks as that company (its team, service, a sign-off). Read
// as written: the name's capitals are its shape.
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

// One to three capitalised words, then a legal form: "Northwind Payments Ltd", "Globex Zahlungsdienste AG", "Initech SAS".
const COMPANY =
  /((?:\p{Lu}[\p{L}&'’-]*\s+){1,3})(?:Ltd\.?|LLC|Inc\.?|GmbH|AG|SAS|SARL|S\.A\.|SA|S\.p\.A\.|SpA|S\.r\.l\.|Srl|B\.V\.|N\.V\.|PLC|Plc|Corp\.?|Sp\.\s?z\s?o\.o\.|A\.Ş\.)(?![\p{L}])/gu;
// The line speaks as it: its team or service, an introduction, a sign-off.
const VOICE =
  /(?<![\p{L}])(?:team|teams|department|service|équipe|servicio|servizio|abteilung|zespół|dział|ekib\p{L}*|this\s+is|ici|hier\s+ist|we\s+are|nous\s+sommes|wir\s+sind|somos|siamo|jesteśmy|on\s+behalf\s+of|im\s+auftrag|au\s+nom\s+de|en\s+nombre\s+de|per\s+conto\s+di|w\s+imieniu|adına|regards|grüßen|cordialement|saludos|saluti|pozdrawiam|saygılarımızla)(?![\p{L}])|\p{Ll}*team(?![\p{L}])/u;

/** A company the team's texts (`vouched`) never name, speaking in `text`, as a flag. */
export function companyVoices(text: string, vouched = ''): { kind: 'unknown-contact'; detail: string }[] {
  const known = lowerSameLength(vouched);
  const lines = splitSentences(text);
  for (const [i, line] of lines.entries()) {
    for (const m of line.matchAll(COMPANY)) {
      const words = m[1]!.trim().split(/\s+/u).map(lowerSameLength);
      if (words.some((w) => w.length > 2 && known.includes(w))) continue;
      // The sign-off may be the line before ("Kind regards,\nGlobex Payments AG").
      if (!VOICE.test(lowerSameLength(line)) && !(i > 0 && VOICE.test(lowerSameLength(lines[i - 1]!)))) continue;
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
