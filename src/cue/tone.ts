// A message's sentiment and tone from a sentiment head's probabilities and the lexicon's findings. The
// sentiment is the head's best guess with the lexicon (scored by macro-F1, issue 16); the tone adds the
// no-alarm rule, which serves the upset reading's precision and so leaves the sentiment alone.
import type { LexicalFindings } from './lexical';
import { tuning } from './tuning';
import type { Sentiment, Trigger } from './types';
import { lexiconHits, NEGATIVE_EMOTIONS } from './upset-confidence';

const NEGATIVE_TRIGGERS: Trigger[] = [
  'repeated-contact',
  'long-wait',
  'churn-threat',
  'legal-threat',
  'escalation-request',
  'vulnerability',
];

/** Negative words and triggers the lexicon found: emotion words, problem words, negative triggers. */
export function negativeHitsIn(found: LexicalFindings): number {
  const triggers = [...found.triggers.keys()].filter((t) => NEGATIVE_TRIGGERS.includes(t)).length;
  return NEGATIVE_EMOTIONS.reduce((n, e) => n + lexiconHits(found, e), 0) + lexiconHits(found, 'problem') + triggers;
}

/** A head's best guess, with the lexicon, from its [negative, neutral, positive] probabilities. */
export function guessSentiment(p: ArrayLike<number>, found: LexicalFindings): Sentiment {
  const pos = p[2]!;
  const positiveHits = lexiconHits(found, 'positive');
  const negatedPositives = (found.emotions.get('disappointment') ?? []).filter((s) => s.negated).length;
  const scores: Record<Sentiment, number> = {
    negative: p[0]! + tuning.lexiconWeight * Math.min(3, negativeHitsIn(found)),
    neutral: p[1]!,
    // A negated positive word ("not happy") also takes back what the model heard in "happy".
    positive: pos + tuning.lexiconWeight * (positiveHits - negatedPositives),
  };
  const best = (Object.keys(scores) as Sentiment[]).reduce((a, b) => (scores[b] > scores[a] ? b : a));
  // Support messages open with greetings the tweet-trained model hears as warmth: without a positive
  // word, only a confident model may call a message positive.
  return best === 'positive' && positiveHits === 0 && pos < tuning.plainPositive ? 'neutral' : best;
}

/**
 * The tone from the heard guess: a plain question ("how do I change my address?") is a request, not a
 * complaint, unless the model is sure: no alarm without a negative word. It serves the upset reading's
 * precision, so it sets the tone and leaves the sentiment alone (on UMSAB train out of fold it cost the
 * sentiment 0.1-0.2 of the mean; scripts/cue/README.md). Arabic asks with "؟". `calmFound` is the
 * findings without a repeat asked as a question ("tenho que mandar a foto de novo?", calm-asks.ts).
 */
export function readTone(text: string, heard: Sentiment, pNeg: number, calmFound: LexicalFindings): Sentiment {
  const plainQuestion = /[?؟]\s*$/.test(text.trim()) && text.length < 200;
  const toneHits = negativeHitsIn(calmFound);
  return heard === 'negative' && toneHits === 0 && pNeg < (plainQuestion ? tuning.plainQuestion : tuning.plainNegative) ? 'neutral' : heard;
}
