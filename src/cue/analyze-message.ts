// One customer message → its empathy cue: the model's heads, then the sentiment (the model's guess with
// the lexicon), then how sure we are the customer is upset (upset-confidence.ts), then the emotion named,
// its intensity and the evidence quoted.
import { detectLanguage } from '../language/detect';
import { isLang, type Lang } from '../language/languages';
import { featureIds, praiseContext } from './features';
import { withoutAskedRepeats } from './calm-asks';
import { greetingAgainEnd, withoutGreetingAgain } from './greeting-again';
import { scanLexicon, type LexicalFindings, type Span } from './lexical';
import { headProbabilities, idsForHead, upsetSentimentHead, type LinearHead } from './linear-model';
import { cueModel } from './model';
import { cueSentence, type UiLang } from './cue-text';
import type { Emotion, MessageCue, Sentiment, Trigger } from './types';
import {
  isUpset,
  lexiconHits,
  NEGATIVE_EMOTIONS,
  TRIGGER_LEANING,
  UPSET_NEGATIVE,
  upsetConfidence,
  type NegativeEmotion,
} from './upset-confidence';

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

const NEGATIVE_TRIGGERS: Trigger[] = [
  'repeated-contact',
  'long-wait',
  'churn-threat',
  'legal-threat',
  'escalation-request',
  'vulnerability',
];

/**
 * Weight of one lexicon phrase against the model's probability, chosen on a held-out tenth of UMSAB
 * train (scripts/cue/tune.ts). Mutable only so that script can sweep it.
 */
export const tuning = {
  lexiconWeight: 0.6,
  /** Below this model probability, a message with no positive word is not called positive (0: never)... */
  plainPositive: 0.5,
  /** Below this model probability, a message with no negative word does not read negative in tone... */
  plainNegative: 0,
  /** ...and a short plain question needs this much. */
  plainQuestion: 0.7,
  /**
   * The confidence from which disappointment, frustration or anger is named: the lowest at which it was
   * right at least 70 % of the time on the calibration part of our labelled support messages
   * (data/cue, never the held-out part) and the MAIA dev conversations, and above the calm
   * password questions (scripts/cue/calm-reports.ts); chosen by scripts/cue/calibrate.ts.
   */
  upsetThreshold: 0.5,
  /** The upset confidence's settings (upset-confidence.ts). */
  upsetModel: 0.7,
  upsetWord: 0.45,
  upsetTrigger: 0.3,
  sarcasmHits: 2,
  /** With no upset word, implicit cue or upset trigger, the model alone names upset only from this confidence. */
  upsetModelAlone: 0.5,
  /**
   * A language's own threshold, for the threshold and the model-alone bar both; none set. Portuguese's by
   * calibrate:cue's rule on Portuguese development data alone (scripts/cue/calibrate-pt.ts) was 0.35 and
   * took the chat3 held-out pt precision under the target (scripts/cue/README.md, session cue23).
   */
  upsetThresholdFor: {} as Partial<Record<Lang, number>>,
};

export function resolveLang(text: string, lang?: string | null): Lang {
  const primary = lang?.split(/[-_]/)[0]?.toLowerCase();
  if (isLang(primary)) return primary;
  return detectLanguage(text) ?? 'en';
}

/** Negative words and triggers the lexicon found: emotion words, problem words, negative triggers. */
function negativeHitsIn(found: LexicalFindings): number {
  const triggers = [...found.triggers.keys()].filter((t) => NEGATIVE_TRIGGERS.includes(t)).length;
  return NEGATIVE_EMOTIONS.reduce((n, e) => n + lexiconHits(found, e), 0) + lexiconHits(found, 'problem') + triggers;
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
  const hits = (e: 'positive' | 'confusion' | 'problem' | NegativeEmotion) => lexiconHits(found, e);
  const negativeHits = negativeHitsIn(found);
  const negatedPositives = (found.emotions.get('disappointment') ?? []).filter((s) => s.negated).length;
  // A head's best guess, with the lexicon: [negative, neutral, positive] probabilities.
  const guess = (p: ArrayLike<number>): Sentiment => {
    const pos = p[2]!;
    const scores: Record<Sentiment, number> = {
      negative: p[0]! + tuning.lexiconWeight * Math.min(3, negativeHits),
      neutral: p[1]!,
      // A negated positive word ("not happy") also takes back what the model heard in "happy".
      positive: pos + tuning.lexiconWeight * (hits('positive') - negatedPositives),
    };
    const best = (Object.keys(scores) as Sentiment[]).reduce((a, b) => (scores[b] > scores[a] ? b : a));
    // Support messages open with greetings the tweet-trained model hears as warmth: without a positive
    // word, only a confident model may call a message positive.
    return best === 'positive' && hits('positive') === 0 && pos < tuning.plainPositive ? 'neutral' : best;
  };
  const sentiment = guess(sentimentP);
  const heard = toneHead === sentimentHead ? sentiment : guess([pNeg, pNeu, pPos]);
  // A plain question ("how do I change my address?") is a request, not a complaint, unless the model is
  // sure: no alarm without a negative word. It serves the upset reading's precision, so it sets the tone
  // and leaves the sentiment alone (on UMSAB train out of fold it cost the sentiment 0.1-0.2 of the
  // mean; scripts/cue/README.md).
  // Arabic asks with "؟". A repeat asked as a question ("tenho que mandar a foto de novo?") is no
  // negative word for the tone and the upset reading (calm-asks.ts; the sentiment keeps it).
  const plainQuestion = /[?؟]\s*$/.test(text.trim()) && text.length < 200;
  const calmFound = withoutAskedRepeats(found, text);
  const toneHits = negativeHitsIn(calmFound);
  const tone: Sentiment =
    heard === 'negative' && toneHits === 0 && pNeg < (plainQuestion ? tuning.plainQuestion : tuning.plainNegative) ? 'neutral' : heard;

  const upset = upsetConfidence({ text, lang, model, ids, found: calmFound, pNeg, pNeu, pPos, tone, pEmotion }, tuning);
  const { confidence, upsetHits, upsetTriggers, leaning } = upset;

  let emotion: Emotion;
  const calmer = (): Emotion => (hits('confusion') > 0 || pEmotion('confusion') > pEmotion('neutral') ? 'confusion' : 'neutral');
  if (upset.readable) {
    // Calling a calm problem report "angry" costs the most trust: anger needs an angry word, an
    // anger-leaning trigger or a model that hears it clearly.
    const angerShown =
      hits('anger') > 0 || upset.implicitAnger || triggers.some((t) => TRIGGER_LEANING[t] === 'anger') || pEmotion('anger') >= 0.3;
    const candidates = NEGATIVE_EMOTIONS.filter((e) => e !== 'anger' || angerShown);
    emotion = candidates.reduce((a, b) => (leaning(b) > leaning(a) ? b : a));
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
    const bar = own ?? (upsetHits === 0 && upsetTriggers === 0 ? Math.max(threshold, tuning.upsetModelAlone) : threshold);
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
    if (tone !== 'negative' && !isUpset(emotion)) emotion = calmer();
  } else if (tone === 'positive') {
    emotion = 'positive';
  } else {
    emotion = calmer();
  }

  const strongTrigger = triggers.some((t) => t === 'legal-threat' || t === 'churn-threat' || t === 'escalation-request');
  const intensified = [...found.emotions.values()].flat().some((s) => s.intensified);
  const surface = (found.shouting ? 0.15 : 0) + (found.exclamations ? 0.1 : 0) + (intensified ? 0.1 : 0);
  let intensity: number;
  if (tone === 'negative') intensity = 0.25 + 0.4 * pNeg + 0.08 * Math.min(3, negativeHits) + surface + (strongTrigger ? 0.1 : 0);
  else if (tone === 'positive') intensity = 0.2 + 0.4 * pPos + 0.08 * hits('positive') + surface;
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
    confidence,
  };
}

/**
 * The phrases that show the emotion shown and the triggers, in reading order, without overlaps. Only
 * phrases that carry that emotion count: a calm reading quotes triggers only, never the negative word
 * of a problem report. When the lexicons found nothing but the model hears the emotion, the short
 * phrase that carries it most is quoted; when no phrase does, there is no evidence (and the cue says so).
 */
function pickEvidence(
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

export function analyzeMessage(text: string, options: AnalyzeOptions): MessageCue {
  const detail = analyzeMessageDetail(text, options.lang);
  return toMessageCue(detail, options.uiLang as UiLang);
}

export function toMessageCue(detail: MessageAnalysis, uiLang: string): MessageCue {
  const { sentiment, emotion, intensity, urgency, evidence, triggers } = detail;
  return { sentiment, emotion, intensity, urgency, evidence, triggers, cue: cueSentence(detail, uiLang) };
}
