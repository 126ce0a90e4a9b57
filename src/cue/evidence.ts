// The phrases a cue quotes as its evidence (issue 16 item 5): the words and triggers that carry the emotion
// named, the phrase of an implicit cue, or the short window the model hears most; never a whole sentence.
import type { Lang } from '../language/languages';
import { featureIds } from './features';
import type { LexicalFindings, Span } from './lexical';
import { headProbabilities, idsForHead, upsetSentimentHead } from './linear-model';
import { cueModel } from './model';
import type { Emotion, Sentiment } from './types';
import { isUpset } from './upset-confidence';

/**
 * The phrases that show the emotion shown and the triggers, in reading order, without overlaps. Only
 * phrases that carry that emotion count: a calm reading quotes triggers only, never the negative word
 * of a problem report. When the lexicons found nothing but the model hears the emotion, the short
 * phrase that carries it most is quoted; when no phrase does, there is no evidence (and the cue says so).
 */
export function pickEvidence(
  text: string,
  found: LexicalFindings,
  emotion: Emotion,
  sentiment: Sentiment,
  lang: Lang,
  implicitPhrases: string[],
): string[] {
  const relevant: Span[] = [];
  for (const [key, spans] of found.emotions) {
    const fits = key === emotion || (isUpset(emotion) && isUpset(key));
    if (fits) relevant.push(...spans);
  }
  // The phrase that shows an implicit cue ("already sent you the screenshots twice", "wonderful support
  // 🙄") is what carries the upset named, not the technical sentence around it (issue 16 item 5).
  if (isUpset(emotion))
    for (const phrase of implicitPhrases) {
      const start = text.indexOf(phrase);
      if (start >= 0) relevant.push({ start, end: start + phrase.length, text: phrase });
    }
  for (const spans of found.triggers.values()) relevant.push(...spans);
  relevant.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of relevant) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  if (kept.length === 0 && emotion !== 'neutral' && emotion !== 'confusion' && sentiment !== 'neutral') {
    const phrase = strongestPhrase(text, sentiment, lang);
    if (phrase) kept.push(phrase);
  }
  return [...new Set(kept.map((s) => s.text))].slice(0, 5);
}

const WORD = /[\p{L}\p{M}\p{N}_'\u2019\u02bc]+/gu;
/** Three-word windows: long enough to read, short enough that a whole technical sentence is never quoted. */
const WINDOW = 3;
/** Only the first words are searched, which keeps the fallback within the per-message budget. */
const MAX_WINDOWS = 60;
/** A window the model finds less `sentiment` than this shows nothing in particular: no quote. */
const MIN_PHRASE_PROBABILITY = 0.6;

/** The three-word phrase the model finds most `sentiment`, as a span, or null when none clearly is. */
function strongestPhrase(text: string, sentiment: Sentiment, lang: Lang): Span | null {
  const model = cueModel();
  const head = upsetSentimentHead(model);
  const index = head.classes.indexOf(sentiment);
  const words = [...text.matchAll(WORD)].slice(0, MAX_WINDOWS + WINDOW - 1);
  // An emoji or punctuation alone ("😡", "!!!") has no words to window over.
  if (words.length === 0) return null;
  let best: Span | null = null;
  let bestScore = MIN_PHRASE_PROBABILITY;
  for (let i = 0; i + Math.min(WINDOW, words.length) <= words.length; i++) {
    const first = words[i]!;
    const last = words[Math.min(words.length, i + WINDOW) - 1]!;
    const start = first.index;
    const end = last.index + last[0].length;
    const phrase = text.slice(start, end);
    const ids = idsForHead(head, featureIds(phrase, model.features, lang), phrase, lang, model.features);
    const score = headProbabilities(head, ids)[index]!;
    if (score > bestScore) {
      bestScore = score;
      best = { start, end, text: phrase };
    }
  }
  return best;
}
