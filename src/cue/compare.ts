// The local cue beside the provider's independent reading (issue 16 item 4): do they agree where it
// matters to the agent? A different word for the same mood (frustration vs anger) is not a disagreement;
// negative vs not negative is, and so is a different answer to "should a human handle this personally".
import type { Emotion } from './types';

const NEGATIVE: ReadonlySet<string> = new Set(['anxiety', 'disappointment', 'frustration', 'anger']);

export interface ReadingToCompare {
  /** One of the seven emotions, or 'unknown' when the provider gave none. */
  emotion: Emotion | 'unknown';
  needsHumanTouch: boolean;
}

export interface CueComparison {
  /** Both negative or both not; null when the provider's emotion is unknown (no opinion, no verdict). */
  emotionAgrees: boolean | null;
  humanTouchAgrees: boolean;
  /** Agree on both counts; an unknown emotion agrees only if the human-touch verdicts do. */
  agree: boolean;
}

export function compareWithReading(local: { emotion: Emotion; handlePersonally: boolean }, reading: ReadingToCompare): CueComparison {
  const emotionAgrees = reading.emotion === 'unknown' ? null : NEGATIVE.has(local.emotion) === NEGATIVE.has(reading.emotion);
  const humanTouchAgrees = local.handlePersonally === reading.needsHumanTouch;
  return { emotionAgrees, humanTouchAgrees, agree: emotionAgrees !== false && humanTouchAgrees };
}
