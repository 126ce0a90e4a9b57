// Latin words spelled with Cyrillic or Greek letters that look the same ("rеfund" with a Cyrillic е):
// the promise and planted-contact checks match Latin words, and a model steered by the ticket can write
// the look-alike to slip a promise past them. Folded only inside a word that mixes them with Latin
// letters: Russian, Greek and Arabic text stays as it is. Not in normalizeOutbound: that form also feeds
// the link and address checks, where "pаypal.example" (Cyrillic а) folded to the vouched host would pass.

// Cyrillic and Greek letters drawn like a Latin one, lower and upper case, each over its Latin letter.
const LOOKALIKES = 'авеёіјкмнорстухѕһԁԛԝӏАВЕЁІЈКМНОРСТУХЅαεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ';
const LATIN_LETTERS = 'abeeijkmhopctyxshdqwlABEEIJKMHOPCTYXSaeikvoptuxABEZHIKMNOPTYX';
const LATIN_OF = new Map([...LOOKALIKES].map((c, i) => [c, LATIN_LETTERS[i]!]));
const LOOKALIKE = new RegExp(`[${LOOKALIKES}]`, 'gu');
// A word with a Latin letter and a Cyrillic or Greek one. Linear: one pass over the words.
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const OTHER = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** `text` with the look-alike letters of mixed-script words made Latin. */
export function foldLookalikes(text: string): string {
  return text.replace(WORD, (word) => (LATIN.test(word) && OTHER.test(word) ? word.replace(LOOKALIKE, (c) => LATIN_OF.get(c)!) : word));
}
