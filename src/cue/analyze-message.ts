// One customer message → its empathy cue: the model's heads, then the sentiment and tone (tone.ts), then
// how sure we are the customer is upset (upset-confidence.ts), then the emotion named (name-emotion.ts),
// its intensity and the evidence quoted (evidence.ts).
import { detectLanguage } from '../language/detect';
import { isLang, type Lang } from '../language/languages';
import { featureIds } from './features';
import { withoutAskedRepeats } from './calm-asks';
import { greetingAgainEnd, withoutGreetingAgain } from './greeting-again';
import { scanLexicon } from './lexical';
import { headProbabilities, idsForHead, upsetSentimentHead, type LinearHead } from './linear-model';
import { cueModel } from './model';
import { cueSentence, type UiLang } from './cue-text';
import { pickEvidence } from './evidence';
import { nameEmotion } from './name-emotion';
import { guessSentiment, negativeHitsIn, readTone } from './tone';
import type { Emotion, MessageCue, Sentiment, Trigger } from './types';
import { lexiconHits, upsetConfidence } from './upset-confidence';
import { tuning } from './tuning';

export { isUpset } from './upset-confidence';

export interface AnalyzeOptions {
  /** The message's language when known; detected from the text otherwise. */
  lang?: string | null;
  /** The agent's interface language, for the cue sentence. */
  uiLang: string;
}

/** Everything the ticket-level analysis needs besides the public MessageCue. */
export interface MessageAnalysis extends Omit<MessageCue, 'cue'> {
  lang: Lang;
  /**
   * The sentiment the cue's own reading goes by (upset confidence, emotion, intensity, the ticket's trend):
   * the guess of the model's `upsetSentiment` head (linear-model.ts) with the no-alarm rule, a short plain
   * question with no negative word is no complaint. `sentiment` stays the sentiment head's best guess
   * (issue 16: scored by macro-F1).
   */
  tone: Sentiment;
  /** Where each trigger was found (first phrase), to quote it in the cue. */
  triggerEvidence: Partial<Record<Trigger, string>>;
  complaint: boolean;
  /** Negative minus positive leaning, -1..1: how upset the customer sounds in this message. */
  negativity: number;
  /**
   * 0..1: how sure the analyzer is that the customer is disappointed, frustrated or angry. `emotion`
   * names one of those only at `tuning.upsetThreshold` or above (precision first, issue 16).
   */
  confidence: number;
}

export { tuning } from './tuning';

export function resolveLang(text: string, lang?: string | null): Lang {
  const primary = lang?.split(/[-_]/)[0]?.toLowerCase();
  if (isLang(primary)) return primary;
  return detectLanguage(text) ?? 'en';
}

export function analyzeMessageDetail(text: string, langHint?: string | null): MessageAnalysis {
  const lang = resolveLang(text, langHint);
  const model = cueModel();
  const ids = featureIds(text, model.features, lang);
  const probabilities = (head: LinearHead) => headProbabilities(head, idsForHead(head, ids, text, lang, model.features));
  const sentimentHead = model.heads.sentiment!;
  const sentimentP = probabilities(sentimentHead);
  // The cue's own reading (tone, upset confidence, intensity, evidence) goes by a sentiment head of its own,
  // frozen, so a better sentiment head does not move it (cue24: cue22's head cost German chats 4 points of precision).
  const toneHead = upsetSentimentHead(model);
  const [pNeg, pNeu, pPos] = (toneHead === sentimentHead ? sentimentP : probabilities(toneHead)) as unknown as [number, number, number];
  const emotionHead = model.heads.emotion!;
  // The emotion head reads the message without an opening "hi again": the model hears frustration in the
  // greeting's "again" ("Hoi weer, ik heb nog een vraagje" 0.67, "Hej igen, nu fungerar appen" anger 0.64;
  // review rev-cue18). The sentiment head reads it all (UMSAB, XED unchanged).
  const greetingEnd = greetingAgainEnd(text);
  const emotionProbs = headProbabilities(emotionHead, greetingEnd > 0 ? featureIds(text.slice(greetingEnd), model.features, lang) : ids);
  const pEmotion = (e: Emotion) => emotionProbs[emotionHead.classes.indexOf(e)] ?? 0;
  const found = withoutGreetingAgain(scanLexicon(text, lang), text);

  const triggers = [...found.triggers.keys()];
  const negativeHits = negativeHitsIn(found);
  const sentiment = guessSentiment(sentimentP, found);
  const heard = toneHead === sentimentHead ? sentiment : guessSentiment([pNeg, pNeu, pPos], found);
  // A repeat asked as a question is no negative word for the tone and the upset reading (calm-asks.ts;
  // the sentiment keeps it).
  const calmFound = withoutAskedRepeats(found, text);
  const tone = readTone(text, heard, pNeg, calmFound);

  const upset = upsetConfidence({ text, lang, model, ids, found: calmFound, pNeg, pNeu, pPos, tone, pEmotion }, tuning);
  const emotion = nameEmotion({ text, lang, model, found, tone, upset, pEmotion });

  const strongTrigger = triggers.some((t) => t === 'legal-threat' || t === 'churn-threat' || t === 'escalation-request');
  const intensified = [...found.emotions.values()].flat().some((s) => s.intensified);
  const surface = (found.shouting ? 0.15 : 0) + (found.exclamations ? 0.1 : 0) + (intensified ? 0.1 : 0);
  let intensity: number;
  if (tone === 'negative') intensity = 0.25 + 0.4 * pNeg + 0.08 * Math.min(3, negativeHits) + surface + (strongTrigger ? 0.1 : 0);
  else if (tone === 'positive') intensity = 0.2 + 0.4 * pPos + 0.08 * lexiconHits(found, 'positive') + surface;
  else intensity = emotion === 'confusion' ? 0.3 : 0.1 + 0.2 * (1 - pNeu);
  intensity = Math.round(Math.min(1, Math.max(0, intensity)) * 100) / 100;

  const urgency =
    found.urgent.length > 0 ||
    triggers.includes('deadline') ||
    triggers.includes('legal-threat') ||
    (tone === 'negative' && intensity >= 0.85);

  const triggerEvidence: Partial<Record<Trigger, string>> = {};
  for (const [trigger, spans] of found.triggers) triggerEvidence[trigger] = spans[0]!.text;

  return {
    lang,
    sentiment,
    tone,
    emotion,
    intensity,
    urgency,
    evidence: pickEvidence(text, found, emotion, tone, lang, upset.implicitPhrases),
    triggers,
    triggerEvidence,
    complaint: found.complaint.length > 0,
    negativity: Math.max(-1, Math.min(1, tone === 'negative' ? intensity : tone === 'positive' ? -intensity * 0.5 : 0)),
    confidence: upset.confidence,
  };
}

export function analyzeMessage(text: string, options: AnalyzeOptions): MessageCue {
  const detail = analyzeMessageDetail(text, options.lang);
  return toMessageCue(detail, options.uiLang as UiLang);
}

export function toMessageCue(detail: MessageAnalysis, uiLang: string): MessageCue {
  const { sentiment, emotion, intensity, urgency, evidence, triggers } = detail;
  return { sentiment, emotion, intensity, urgency, evidence, triggers, cue: cueSentence(detail, uiLang) };
}
