// A whole ticket → the customer's current state, the trend across their messages and whether a human
// judgment matters most here (handle personally), with the reasons. Only the customer's own words count:
// agent replies, internal notes and quoted history are left out.
import type { Ticket } from '../ticket/schema';
import { analyzeMessageDetail, type MessageAnalysis } from './analyze-message';
import { cueSentence } from './cue-text';
import type { HandleReason, TicketCue, Trigger } from './types';

export interface AnalyzeTicketOptions {
  uiLang: string;
}

const VIP_TAGS = /^(vip|premium|enterprise|key[-_ ]?account|gold|platinum|priority[-_ ]?customer)$/i;
/** How much more (or less) upset the latest message must sound than the earlier ones to call a trend. */
const TREND_STEP = 0.15;

/**
 * What the cue reads of a thread: the customer's latest messages, newest first, up to this many
 * characters (about 1,300 words: the current state and the trend; a long or hostile thread costs no more).
 */
const CUE_CHARS = 8000;

export function customerTexts(ticket: Ticket): string[] {
  const texts: string[] = [];
  let budget = CUE_CHARS;
  for (const m of [...ticket.messages].reverse()) {
    if (budget <= 0) break;
    if (m.role !== 'customer' || !m.text.trim()) continue;
    texts.unshift(m.text.length > budget ? m.text.slice(-budget) : m.text);
    budget -= m.text.length;
  }
  return texts;
}

export function trendOf(analyses: MessageAnalysis[]): TicketCue['trend'] {
  if (analyses.length < 2) return 'single';
  const last = analyses[analyses.length - 1]!;
  const earlier = analyses.slice(0, -1);
  const before = earlier.reduce((sum, a) => sum + a.negativity, 0) / earlier.length;
  const newStrongTriggers = last.triggers.filter(
    (t) => (t === 'legal-threat' || t === 'churn-threat' || t === 'escalation-request') && !earlier.some((a) => a.triggers.includes(t)),
  );
  // Only a negative latest message escalates: warm-then-neutral is not a customer getting upset.
  if (last.tone === 'negative' && (last.negativity - before > TREND_STEP || newStrongTriggers.length > 0)) return 'escalating';
  if (before - last.negativity > TREND_STEP) return 'calming';
  return 'steady';
}

export function handleReasons(ticket: Ticket, analyses: MessageAnalysis[], trend: TicketCue['trend']): HandleReason[] {
  const last = analyses[analyses.length - 1];
  const triggers = new Set(analyses.flatMap((a) => a.triggers));
  const reasons: HandleReason[] = [];
  const upset = (a: MessageAnalysis) => a.emotion === 'anger' || a.emotion === 'frustration' || a.emotion === 'disappointment';
  if (
    analyses.some((a) => a.complaint) ||
    analyses.some((a) => a.emotion === 'anger' && a.intensity >= 0.6) ||
    (last && upset(last) && last.intensity >= 0.8)
  )
    reasons.push('complaint');
  // The thresholded emotion, not the sentiment: a calm problem report the model hears as negative is
  // not a strong emotion (issue 16, precision first).
  if (last && (upset(last) || last.emotion === 'anxiety') && last.intensity >= 0.75) reasons.push('strong-emotion');
  if (triggers.has('legal-threat')) reasons.push('legal-or-ethical');
  if (triggers.has('vip') || ticket.tags.some((tag) => VIP_TAGS.test(tag))) reasons.push('vip');
  if (triggers.has('vulnerability')) reasons.push('vulnerable-customer');
  const distinctIssues = [...triggers].filter((t) => t !== 'vip').length;
  if (distinctIssues >= 3 || (analyses.length >= 4 && trend !== 'calming' && last?.tone === 'negative')) reasons.push('complex-case');
  return reasons;
}

export function analyzeTicket(ticket: Ticket, options: AnalyzeTicketOptions): TicketCue {
  const analyses = customerTexts(ticket).map((text) => analyzeMessageDetail(text, ticket.language));
  const trend = trendOf(analyses);
  const handlePersonallyReasons = handleReasons(ticket, analyses, trend);
  const last = analyses[analyses.length - 1];
  if (!last) {
    const empty = { emotion: 'neutral' as const, evidence: [], triggers: [], triggerEvidence: {} };
    return {
      sentiment: 'neutral',
      emotion: 'neutral',
      intensity: 0,
      urgency: false,
      evidence: [],
      triggers: [],
      cue: cueSentence(empty, options.uiLang),
      trend: 'single',
      handlePersonally: handlePersonallyReasons.length > 0,
      handlePersonallyReasons,
    };
  }
  // Triggers stay relevant after the message that raised them ("third time" in the first message still
  // matters), so they and their evidence are gathered from all customer messages, latest first.
  const triggerEvidence: Partial<Record<Trigger, string>> = {};
  for (const analysis of [...analyses].reverse()) {
    for (const [trigger, phrase] of Object.entries(analysis.triggerEvidence) as [Trigger, string][]) triggerEvidence[trigger] ??= phrase;
  }
  const triggers = Object.keys(triggerEvidence) as Trigger[];
  const evidence = [...new Set([...last.evidence, ...Object.values(triggerEvidence)])].slice(0, 6);
  const urgency = last.urgency || analyses.some((a) => a.triggers.includes('deadline') || a.triggers.includes('legal-threat'));
  return {
    sentiment: last.sentiment,
    emotion: last.emotion,
    intensity: last.intensity,
    urgency,
    evidence,
    triggers,
    cue: cueSentence({ emotion: last.emotion, evidence: last.evidence, triggers, triggerEvidence }, options.uiLang),
    trend,
    handlePersonally: handlePersonallyReasons.length > 0,
    handlePersonallyReasons,
  };
}
