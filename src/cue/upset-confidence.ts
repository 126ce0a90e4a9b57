// How sure the cue is that the customer is disappointed, frustrated or angry (issue 16, precision first),
// and which of those the signs lean to: the model's upset belief, backed by the upset words, the upset
// shown without an upset word (implicit-upset.ts), the upset-leaning triggers and the chat register.
// The tone (the sentiment with the no-alarm rule) is decided before and apart from this (analyze-message.ts);
// it only gates the reading.
import type { Lang } from '../language/languages';
import { chatRegisterCues, chatUpsetShown, praiseContext, withoutCapitalNames } from './features';
import { readsImplicit } from './chat-languages';
import { calmNews, courtesyOnly, politeCancel } from './calm-asks';
import { goingInCircles, ownDoing } from './going-in-circles';
import { cancelQuestion, dataRightsRequest, implicitUpset, namesDataLaw, type ImplicitUpsetKind } from './implicit-upset';
import { paidForNothing } from './paid-for-nothing';
import { sarcasmNlSvAr } from './sarcasm-nl-sv-ar';
import { asksPlainly, problemThenAsk } from './plain-question';
import type { LexicalFindings } from './lexical';
import type { CueEmotion } from './lexicon';
import { headProbabilities, type LinearModel } from './linear-model';
import type { Emotion, Sentiment, Trigger } from './types';

export const NEGATIVE_EMOTIONS = ['anxiety', 'disappointment', 'frustration', 'anger'] as const;
export type NegativeEmotion = (typeof NEGATIVE_EMOTIONS)[number];
export const UPSET_NEGATIVE = ['disappointment', 'frustration', 'anger'] as const satisfies readonly NegativeEmotion[];
export const isUpset = (emotion: string): boolean => (UPSET_NEGATIVE as readonly string[]).includes(emotion);

// Which negative emotion a trigger usually comes with (a nudge, not a decision).
export const TRIGGER_LEANING: Partial<Record<Trigger, NegativeEmotion>> = {
  'repeated-contact': 'frustration',
  'long-wait': 'frustration',
  'escalation-request': 'anger',
  'legal-threat': 'anger',
  'churn-threat': 'disappointment',
  vulnerability: 'anxiety',
};
// The emotion each kind of upset shown without an upset word leans to (implicit-upset.ts).
const IMPLICIT_LEANING: Record<ImplicitUpsetKind, NegativeEmotion> = {
  sarcasm: 'frustration',
  count: 'frustration',
  threat: 'anger',
  letdown: 'disappointment',
  again: 'frustration',
  impatient: 'frustration',
  circles: 'frustration',
};

/** The settings of the confidence (held in analyze-message.ts's `tuning`, which the scripts sweep). */
export interface UpsetTuning {
  /** Weight of the model's upset probability in the confidence (the rest is the negative sentiment's). */
  upsetModel: number;
  /** Share of the remaining doubt one upset word takes away, and one upset-leaning trigger. */
  upsetWord: number;
  upsetTrigger: number;
  /** How many upset words a sarcasm cue weighs: the model reads its praise words as praise. */
  sarcasmHits: number;
}

export interface UpsetInput {
  text: string;
  lang: Lang;
  model: LinearModel;
  /** The message's feature ids (the emotion and upset heads read them). */
  ids: Int32Array;
  found: LexicalFindings;
  /** The sentiment head's probabilities and the tone decided from them (analyze-message.ts). */
  pNeg: number;
  pNeu: number;
  pPos: number;
  tone: Sentiment;
  /** The 7-way emotion head's probability of one emotion. */
  pEmotion: (e: Emotion) => number;
}

export interface UpsetReading {
  /** 0..1, 0 when no upset reading can be made (neither a negative sentiment nor a chat or implicit cue). */
  confidence: number;
  /** Whether the upset reading is made at all (the emotion is then chosen among the negative ones). */
  readable: boolean;
  /** Upset words (at most two per emotion) plus implicit cues. */
  upsetHits: number;
  /** Upset-leaning triggers, plus one for the chat register's shouting or impatient wait. */
  upsetTriggers: number;
  /** The phrases that show the implicit cues (sarcasm, a count, going in circles …), to quote as evidence. */
  implicitPhrases: string[];
  /** Anger shown by an implicit cue (a threat). */
  implicitAnger: boolean;
  /** How much the signs lean to one negative emotion: its model probability nudged by words and triggers. */
  leaning: (e: NegativeEmotion) => number;
}

/** Lexicon hits of one class, counted up to two. */
export const lexiconHits = (found: LexicalFindings, e: CueEmotion): number => Math.min(2, found.emotions.get(e)?.length ?? 0);

const round2 = (value: number) => Math.round(value * 100) / 100;

export function upsetConfidence(input: UpsetInput, tuning: UpsetTuning): UpsetReading {
  const { text, lang, model, ids, found, pNeg, pNeu, pPos, tone, pEmotion } = input;
  const hits = (e: CueEmotion) => lexiconHits(found, e);
  const triggers = [...found.triggers.keys()];
  // Chat register (model trained with it): shouting or an impatient stated wait counts like an upset
  // trigger, unless the message praises or the model hears it as positive ("I LOVE it"). It leaves the
  // sentiment alone (as a negative word it cost 0.7 of the UMSAB dev mean: tweets shout in every mood),
  // but lets the upset confidence be read under a neutral sentiment.
  const chatUpset =
    model.features.chatRegister === true &&
    hits('positive') === 0 &&
    pPos < pNeg + pNeu &&
    !praiseContext(text) &&
    chatUpsetShown(chatRegisterCues(withoutCapitalNames(text, lang)), text);

  // Upset = disappointed, frustrated or angry. The model's share for those three, backed by the words
  // and triggers that show them; a problem report ("my password is not accepted") has none of these.
  // Upset shown without an upset word (sarcasm, a count of contacts, a threat, a let-down; de and en):
  // each weighs like an upset word in the confidence and lets it be read under any sentiment, which it
  // leaves alone (implicit-upset.ts).
  // With the chat-register model, its own rule already counted the impatient wait (chatUpset).
  // A count that tells one's own slip or one's own people is no complaint about us (cue19).
  const own = ownDoing(text, lang);
  const implicit = [
    ...implicitUpset(text, lang).filter(
      (c) => (c.kind !== 'impatient' || model.features.chatRegister !== true) && (c.kind !== 'count' || !own),
    ),
    ...goingInCircles(text, lang).map((phrase) => ({ kind: 'circles' as const, phrase })),
    ...sarcasmNlSvAr(text, lang).map((phrase) => ({ kind: 'sarcasm' as const, phrase })),
    ...[paidForNothing(text, lang)].flatMap((phrase) => (phrase ? [{ kind: 'again' as const, phrase }] : [])),
  ];
  const implicitHits = (e: NegativeEmotion) => implicit.filter((c) => IMPLICIT_LEANING[c.kind] === e).length;
  const sarcasm = implicit.filter((c) => c.kind === 'sarcasm').length;
  const upsetHits = hits('disappointment') + hits('frustration') + hits('anger') + implicit.length + (tuning.sarcasmHits - 1) * sarcasm;
  // A question how or when to cancel is no threat to leave, a request for one's data under the
  // data-protection law no legal threat (both stay triggers, for the agent to see).
  const asksToCancel = cancelQuestion(text, lang) || politeCancel(text, lang);
  // Only when the law is all the legal-threat trigger found: "… nach DSGVO, sonst schalte ich meinen
  // Anwalt ein" still threatens (review maia14).
  const asksForData = dataRightsRequest(text, lang) && (found.triggers.get('legal-threat') ?? []).every((span) => namesDataLaw(span.text));
  const calmTrigger = (t: Trigger) => (t === 'churn-threat' && asksToCancel) || (t === 'legal-threat' && asksForData);
  const upsetTriggers =
    triggers.filter((t) => TRIGGER_LEANING[t] && TRIGGER_LEANING[t] !== 'anxiety' && !calmTrigger(t)).length + (chatUpset ? 1 : 0);
  // The model's own upset head when it has one (models trained since issue 16), else the emotion head's share.
  const upsetHead = model.heads.upset;
  const modelUpset = upsetHead
    ? headProbabilities(upsetHead, ids)[upsetHead.classes.indexOf('upset')]!
    : pEmotion('disappointment') + pEmotion('frustration') + pEmotion('anger');
  // Each upset word or trigger independently takes away part of the remaining doubt (a noisy-OR), so
  // "unacceptable, I am furious" is sure even where the tweet-trained model hesitates.
  const modelBelief = tuning.upsetModel * modelUpset + (1 - tuning.upsetModel) * pNeg;
  const doubt =
    (1 - modelBelief) * (1 - tuning.upsetWord) ** Math.min(2, upsetHits) * (1 - tuning.upsetTrigger) ** Math.min(2, upsetTriggers);
  // The word complaint is no upset sign by itself ("ich habe eine beschwerde von einem kunden
  // weitergeleitet" read anger 0.83 from the model alone): with no upset word, cue or trigger, it is not
  // read as upset (the complaint still asks for a personal reply, analyze-ticket.ts).
  // Only in the languages whose chat forms implicit-upset.ts reads (de, en, pt): for every language it
  // cost one Swedish upset message of data/cue held-out (session maia14).
  const bareComplaint = readsImplicit(lang) && found.complaint.length > 0 && upsetHits === 0 && upsetTriggers === 0;
  // A plain question ("hallo zusammen, ich hätte eine frage zu meinem vertrag", "como faço pra contestar
  // uma cobrança indevida") with no upset word, cue or trigger asks; the model alone read such lines
  // upset (0.66 for the Vertrag question; cue17). So does a problem told calmly and then a how-to question
  // ("mein passwort geht nicht mehr. wie setze ich das zurück?" 0.72 anger; issue 16, cue23).
  const plainAsk = (asksPlainly(text, lang) || problemThenAsk(text, lang)) && upsetHits === 0 && upsetTriggers === 0;
  // One's own slip or people, a polite request to cancel, an announced question or news that it works
  // now (nl, sv, ar), a courtesy closing alone, with no upset word, cue or trigger: the model
  // alone read these upset ("I already sent the documents twice by mistake" 0.51; cue19).
  const ownOrCancel = (own || asksToCancel || calmNews(text, lang) || courtesyOnly(text, lang)) && upsetHits === 0 && upsetTriggers === 0;
  const readable =
    !bareComplaint && !plainAsk && !ownOrCancel && (tone === 'negative' || (chatUpset && tone === 'neutral') || implicit.length > 0);

  // Shouting and impatient waiting lean to frustration like the repeated-contact and long-wait triggers.
  const leaning = (e: NegativeEmotion) =>
    pEmotion(e) +
    0.3 * (hits(e) + implicitHits(e)) +
    0.2 * (triggers.filter((t) => TRIGGER_LEANING[t] === e).length + (chatUpset && e === 'frustration' ? 1 : 0));

  return {
    confidence: readable ? round2(1 - doubt) : 0,
    readable,
    upsetHits,
    upsetTriggers,
    // An impatient cue's phrase is the whole message: no evidence of its own.
    implicitPhrases: implicit.filter((c) => c.kind !== 'impatient').map((c) => c.phrase),
    implicitAnger: implicitHits('anger') > 0,
    leaning,
  };
}
