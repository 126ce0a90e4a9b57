// Streets typed all in lower case, as many tickets are ("ich wohne in der hauptstrasse 5", "rue de la paix 12",
// "via roma 23", "221b baker street"). Without a capital to vouch for a name, only a street word together with a
// house number reads as a street, and only street words that name nothing else: "ring", "weg", "platz" and "drive"
// are words too ("bring 5 of them", "der weg 5 mal", "a 2 tb hard drive").

// The house number with a letter ("17a") or its part ("12/3").
const NUM = '\\d{1,5}[a-z]?(?:[-/]\\d{1,4})?';
// A lower-case word of a name ("de la paix", "baker").
const LW = "\\p{Ll}[\\p{L}'’-]*";

export const LOWER_STREETS: RegExp[] = [
  // de / nl / sv compounds: "hauptstrasse 5", "bahnhofstraße 17a", "kerkstraat 12", "storgatan 4". The
  // look-behind lets a match start only at a word's start, so a long run of letters is read once.
  new RegExp(
    `(?<![\\p{L}\\p{N}-])\\p{Ll}\\p{L}{2,}(?:straße|strasse|gasse|allee|straat|gracht|gatan|vägen) ${NUM}(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  // fr, the Belgian and Swiss order: the street word, its name, then the number ("rue de la paix 12").
  new RegExp(
    `(?<![\\p{L}])(?:rue|boulevard|chemin|impasse|quai|allée) (?:(?:de la|de l'|du|des|de|d') ?)?${LW}(?: ${LW}){0,2},? ${NUM}(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  // it: "via roma 23", "piazza navona 2". "via" is English too ("sent via amazon 2 days ago"): the house number
  // ends the phrase (a comma, a full stop, the line's end), where a count goes on to what it counts.
  new RegExp(
    `(?<![\\p{L}])(?:via|piazza|corso|vicolo|largo) (?:(?:dei|degli|delle|della|del|di|da) )?${LW}(?: ${LW})? ${NUM}(?=[ \\t]*(?:[,;:)\\n]|\\.(?![\\p{L}\\p{N}])|$))`,
    'gu',
  ),
  // en: the number first, one or two words, then "street", "road" or "avenue" ("221b baker street"); "lane" and
  // "drive" are left out ("2 bike lanes", "1 tb drive").
  new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,5}[a-z]? (?:\\p{Ll}+ ){1,2}(?:street|road|avenue)(?![\\p{L}])`, 'gu'),
];
