// Offline spelling: Hunspell dictionaries through nspell, in the background only (a dictionary is
// megabytes; the content script never carries one). A word is flagged when the dictionary knows
// neither it nor its lower-case form, it is not one of the team's words, and the dictionary has a
// suggestion: an edit needs an "after", and a flag the agent cannot act on is noise.
import type { PolishEdit } from './types';
import { replyWords } from './words';

/** The part of nspell used here (structural, so tests can pass a small fake). */
export interface SpellerLike {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface SpellingOptions {
  /** Lower-case words never flagged (see team-words.ts). */
  teamWords: ReadonlySet<string>;
  /**
   * Whether a capital letter marks a noun rather than a name. In German every noun is capitalized, so
   * capitalized words are checked; elsewhere a capitalized word inside a sentence is most likely a name
   * (of a person, a product, a place) the dictionary cannot know, and is left alone.
   */
  capitalizedNouns: boolean;
  /** At most this many edits, the first ones in the text: a reply full of flags needs a person, not a list. */
  limit?: number;
}

const DEFAULT_LIMIT = 25;

export function spellingEdits(text: string, speller: SpellerLike, options: SpellingOptions): PolishEdit[] {
  const edits: PolishEdit[] = [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  for (const span of replyWords(text)) {
    if (edits.length >= limit) break;
    const { word } = span;
    const lower = word.toLowerCase();
    if (options.teamWords.has(lower)) continue;
    const capitalized = word[0] !== word[0]!.toLowerCase();
    if (capitalized && !span.sentenceStart && !options.capitalizedNouns) continue;
    if (known(speller, word)) continue;
    const suggestion = bestSuggestion(speller, word, capitalized);
    if (!suggestion) continue;
    edits.push({ id: `spell-${span.start}`, kind: 'spelling', start: span.start, end: span.end, before: word, after: suggestion });
  }
  return edits;
}

function known(speller: SpellerLike, word: string): boolean {
  if (speller.correct(word)) return true;
  const lower = word.toLowerCase();
  if (lower !== word && speller.correct(lower)) return true;
  // German dictionaries list verbs and adjectives used as nouns capitalized ("das Finden", "die Bitte"),
  // and nspell does not derive the lower-case word from them: accept the lower-case form too.
  const capital = word[0]!.toUpperCase() + word.slice(1);
  if (capital !== word && speller.correct(capital)) return true;
  // Hyphenated compounds (follow-up, e-mail): known when every part is.
  const parts = word.split(/[-]/);
  return parts.length > 1 && parts.every((part) => part.length > 0 && (speller.correct(part) || speller.correct(part.toLowerCase())));
}

function bestSuggestion(speller: SpellerLike, word: string, capitalized: boolean): string | null {
  const suggestion = speller.suggest(word)[0] ?? (capitalized ? speller.suggest(word.toLowerCase())[0] : undefined);
  if (!suggestion || suggestion === word) return null;
  // Keep the agent's capital at a sentence start: "Thnak" -> "Thank", not "thank".
  return capitalized && suggestion[0] === suggestion[0]!.toLowerCase() ? suggestion[0]!.toUpperCase() + suggestion.slice(1) : suggestion;
}
