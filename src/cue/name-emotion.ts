// Which emotion the cue names, from the upset reading (upset-confidence.ts), the tone and the lexicon:
// precision first (issue 16), an upset emotion only at the threshold, a worried or unsure customer read as
// that, a calm one as calm (or confused).
import type { Lang } from '../language/languages';
import { readsImplicit } from './chat-languages';
import { complaintShape } from './complaint-shape';
import { praiseContext } from './features';
import type { LexicalFindings } from './lexical';
import type { LinearModel } from './linear-model';
import { tuning } from './tuning';
import type { Emotion, Sentiment } from './types';
import {
  isUpset,
  lexiconHits,
  NEGATIVE_EMOTIONS,
  TRIGGER_LEANING,
  UPSET_NEGATIVE,
  type NegativeEmotion,
  type UpsetReading,
} from './upset-confidence';

export interface EmotionInput {
  text: string;
  lang: Lang;
  model: LinearModel;
  /** The lexicon's findings, greeting-again removed (not the calm-asks ones: a worried word still counts). */
  found: LexicalFindings;
  tone: Sentiment;
  upset: UpsetReading;
  /** The 7-way emotion head's probability of one emotion. */
  pEmotion: (e: Emotion) => number;
}

export function nameEmotion({ text, lang, model, found, tone, upset, pEmotion }: EmotionInput): Emotion {
  const triggers = [...found.triggers.keys()];
  const hits = (e: 'confusion' | NegativeEmotion) => lexiconHits(found, e);
  const calmer = (): Emotion => (hits('confusion') > 0 || pEmotion('confusion') > pEmotion('neutral') ? 'confusion' : 'neutral');
  if (!upset.readable) return tone === 'positive' ? 'positive' : calmer();
  const { confidence, upsetHits, upsetTriggers, leaning } = upset;
  // Calling a calm problem report "angry" costs the most trust: anger needs an angry word, an
  // anger-leaning trigger or a model that hears it clearly.
  const angerShown =
    hits('anger') > 0 || upset.implicitAnger || triggers.some((t) => TRIGGER_LEANING[t] === 'anger') || pEmotion('anger') >= 0.3;
  const candidates = NEGATIVE_EMOTIONS.filter((e) => e !== 'anger' || angerShown);
  let emotion: Emotion = candidates.reduce((a, b) => (leaning(b) > leaning(a) ? b : a));
  // Precision first: below the threshold an upset reading is not shown; a worried customer stays
  // anxious, anyone else is read as calm (or confused).
  // Worry is named on a worried word, a vulnerability or a model that hears it, not by elimination.
  const anxietyShown = hits('anxiety') > 0 || triggers.includes('vulnerability') || pEmotion('anxiety') >= 0.3;
  // A worried or unsure customer is not an angry one (issue 16): a worried or confused word with no
  // upset word and no upset-leaning trigger is read as that, whatever the confidence. Moved nothing on
  // the dev data (data/cue calibrate, MAIA dev); took "Ich bin mir nicht sicher, ob …" off anger.
  const onlyWorryOrDoubt = upsetHits === 0 && upsetTriggers === 0 && (hits('anxiety') > 0 || hits('confusion') > 0);
  // Praise with a friendly emoji and no upset word or trigger is not named upset, whatever a
  // negation-looking word did to the heads (with the chat-register features only; scripts/cue/README.md).
  const praised = model.features.chatRegister === true && upsetHits === 0 && upsetTriggers === 0 && praiseContext(text);
  const own = tuning.upsetThresholdFor[lang];
  const threshold = own ?? tuning.upsetThreshold;
  // The model alone (no upset word, cue or trigger) needs more; with not even a complaint's shape, in the
  // languages whose shapes are read, more again once raised (such names were right 20 times of 50 on
  // development data; off as shipped, cue26).
  const alone = () => (readsImplicit(lang) && !complaintShape(text, lang) ? tuning.upsetPlainAlone : tuning.upsetModelAlone);
  const bar = own ?? (upsetHits === 0 && upsetTriggers === 0 ? Math.max(threshold, alone()) : threshold);
  if (isUpset(emotion) && (confidence < bar || onlyWorryOrDoubt || praised)) emotion = anxietyShown ? 'anxiety' : calmer();
  // The model's worry does not outvote an upset word at a confident upset reading ("Nervt total, …"
  // read as anxiety): without a worried word or a vulnerability, the upset emotion that leans most is named.
  else if (
    emotion === 'anxiety' &&
    confidence >= threshold &&
    upsetHits > 0 &&
    hits('anxiety') === 0 &&
    !triggers.includes('vulnerability')
  )
    emotion = UPSET_NEGATIVE.reduce((a, b) => (leaning(b) > leaning(a) ? b : a));
  else if (emotion === 'anxiety' && !anxietyShown) emotion = calmer();
  // Read only for the chat cues under a neutral tone: upset or calm, never a milder negative emotion.
  return tone !== 'negative' && !isUpset(emotion) ? calmer() : emotion;
}
