// Towns typed in lower case after their postcode ("10115 berlin", "75001 paris", "1017 gc amsterdam", "111 51
// stockholm"), and a British postcode in lower case after its town ("london nw1 6xe"). A capital is what tells
// a town from any word after a number ("10115 items", "2000 users"), so without one only the towns listed here
// count, and only in lower case (a year before a capitalised town, "seit 2019 Berlin-Fan", is no postcode's).
// Modelled: the largest towns of the rounds'
// countries, not a gazetteer; a town left out leaks a town, not a person.
import type { Span } from './patterns';
import { ORDER_WORD } from './record-words';

const TOWNS =
  'berlin hamburg münchen muenchen munich köln koeln cologne frankfurt stuttgart düsseldorf duesseldorf dortmund essen leipzig bremen dresden hannover nürnberg nuernberg duisburg bochum bonn münster mannheim karlsruhe augsburg wiesbaden wien vienna graz linz salzburg innsbruck zürich zuerich zurich genève geneve geneva basel bern lausanne luzern paris marseille lyon toulouse nice nantes strasbourg montpellier bordeaux lille rennes reims bruxelles brussel brussels antwerpen anvers gent gand liège luxembourg madrid barcelona valencia sevilla zaragoza málaga malaga murcia palma bilbao alicante córdoba valladolid vigo roma rome milano milan napoli naples torino turin palermo genova bologna firenze florence bari catania venezia venice verona lisboa lisbon porto braga coimbra amsterdam rotterdam utrecht eindhoven groningen tilburg almere breda nijmegen haarlem stockholm göteborg goteborg gothenburg malmö malmo uppsala västerås örebro linköping københavn kobenhavn copenhagen aarhus odense aalborg oslo bergen trondheim stavanger helsinki espoo tampere vantaa turku oulu warszawa warsaw kraków krakow łódź lodz wrocław wroclaw poznań poznan gdańsk gdansk szczecin praha prague brno ostrava budapest debrecen bucurești bucuresti bucharest cluj-napoca iași timișoara london manchester birmingham leeds glasgow liverpool edinburgh bristol sheffield cardiff belfast dublin cork istanbul ankara izmir'.split(
    ' ',
  );
const TOWN = `(?:${TOWNS.join('|')})`;
// A country's letter may come first ("CH-8001 zürich"); the Dutch postcode's letters may be in lower case too.
const POSTCODE =
  '(?:(?:D|DE|CH|A|AT|B|F|L|NL|DK|N|S|FI|PL|CZ|RO)-)?(?:\\d{5}|\\d{4}(?: ?[A-Za-z]{2}(?= ))?|\\d{3} \\d{2}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{6})';
const POSTCODE_TOWN = new RegExp(`(?<![\\p{L}\\p{N}#.,/-])${POSTCODE} ${TOWN}(?![\\p{L}\\p{N}-])`, 'gu');
// A British postcode in lower case after its town ("london nw1 6xe", "leeds, ls6 2ap").
const TOWN_UK_POSTCODE = new RegExp(`(?<![\\p{L}])${TOWN},? [a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2}(?![\\p{L}\\p{N}])`, 'gu');

// Towns that are words too, in lower case after any number ("20000 nice comments", "10000 essen bestellt", "2000
// cork boards", "1500 bristol boards", "porto", "palma", "bergen", "lille", "rennes"): one of these ends the line
// or its clause, or its country follows, when it is the town ("06000 nice", "45127 essen, bitte", "4000 porto portugal").
const WORD_TOWN = /^(?:nice|essen|cork|bristol|porto|palma|bergen|lille|rennes)$/u;
const CLAUSE_END =
  /^[ \t]*(?:[\n\r,.;:!?)]|$|(?:france|deutschland|germany|ireland|portugal|españa|spain|italia|italy|norge|norway|uk)(?![\p{L}]))/iu;
// A record's, a model's or a version's number before the town's word is no postcode ("Bestellung 12345 berlin",
// "Model 3000 turin", "version 2024 paris").
const CODE_BEFORE = /(?<![\p{L}])(?:model|modell|version|error|fehler|erreur|page|seite|build|release)\.?\W{0,3}$/iu;

export function findLowerTowns(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(POSTCODE_TOWN)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (ORDER_WORD.test(before) || CODE_BEFORE.test(before)) continue;
    if (WORD_TOWN.test(m[0].slice(m[0].lastIndexOf(' ') + 1)) && !CLAUSE_END.test(text.slice(end, end + 14))) continue;
    found.push({ start: m.index, end, type: 'ADDRESS' });
  }
  for (const m of text.matchAll(TOWN_UK_POSTCODE)) found.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS' });
  return found;
}
