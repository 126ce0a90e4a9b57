// The shape of one language's cue lexicon. Patterns are lowercase phrases, matched case-insensitively
// on word boundaries; `*` at the end lets the word continue ("frustrat*"), `~` at the start drops the
// left boundary (Arabic clitics: و، ب، ال), `_` stands for up to two arbitrary words ("waited _ days").
import type { Trigger } from '../types';

/** `problem`: words of a problem report ("doesn't work", "leider"): negative, but no emotion (issue 16). */
export type CueEmotion = 'anger' | 'frustration' | 'disappointment' | 'anxiety' | 'confusion' | 'positive' | 'problem';

export interface LanguageLexicon {
  triggers: Partial<Record<Trigger, string[]>>;
  emotions: Partial<Record<CueEmotion, string[]>>;
  /** Words that turn a following positive phrase negative ("not happy"). */
  negators: string[];
  /** Words that make the phrase after them stronger ("very", "extremely"). */
  intensifiers: string[];
  /** Explicit urgency ("urgent", "asap"). */
  urgent: string[];
  /** An explicit complaint ("I want to complain"). */
  complaint: string[];
}
