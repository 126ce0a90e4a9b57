// `npm run eval:spell`: the offline speller on held-out misspelled support replies written per language
// (tests/fixtures/spelling, never used to tune it): precision and recall of the flagged words, and how
// often a team word (product or person's name) or a placeholder was flagged, which must be never.
import { createSpellerCache } from '../../src/polish/dictionaries';
import { loadNodeDictionary } from '../../src/polish/node-dictionaries';
import { offlineEdits } from '../../src/polish/polish-reply';
import { EVAL_LANGUAGES, readSpellingSet, TEAM_WORDS } from './spelling-set';

const spellers = createSpellerCache(loadNodeDictionary);
let totalTp = 0;
let totalFlagged = 0;
let totalMarked = 0;
for (const lang of EVAL_LANGUAGES) {
  const speller = await spellers(lang);
  let tp = 0;
  let flagged = 0;
  let marked = 0;
  let teamFlags = 0;
  let suggestionRight = 0;
  for (const { text, misspelled } of readSpellingSet(lang)) {
    const edits = offlineEdits(text, lang, speller, TEAM_WORDS);
    flagged += edits.length;
    marked += misspelled.length;
    for (const edit of edits) {
      if (misspelled.some((m) => m.start === edit.start)) tp++;
      if (TEAM_WORDS.some((word) => edit.before.includes(word)) || /[{}]/.test(text.slice(edit.start - 2, edit.end + 2))) teamFlags++;
    }
    suggestionRight += edits.filter((edit) => misspelled.some((m) => m.start === edit.start)).length;
  }
  totalTp += tp;
  totalFlagged += flagged;
  totalMarked += marked;
  const precision = flagged ? tp / flagged : 1;
  const recall = marked ? tp / marked : 1;
  console.log(
    `spell ${lang}: precision ${precision.toFixed(2)} (${tp}/${flagged}), recall ${recall.toFixed(2)} (${tp}/${marked}), team words or placeholders flagged: ${teamFlags}`,
  );
  void suggestionRight;
}
console.log(
  `spell all: precision ${(totalTp / Math.max(1, totalFlagged)).toFixed(2)}, recall ${(totalTp / Math.max(1, totalMarked)).toFixed(2)} over ${EVAL_LANGUAGES.length} languages`,
);
