// Lexicon and rule findings for one message: which phrases show which emotion or trigger, where they
// are (so evidence is always an exact substring), negation ("not happy") and intensifiers ("very").
import type { Lang } from '../language/languages';
import { compiledLexicon, type CueEmotion } from './lexicon';
import type { Trigger } from './types';

export interface Span {
  start: number;
  end: number;
  text: string;
  /** An intensifier precedes it ("very disappointed"); the span then includes it. */
  intensified?: boolean;
  /** A positive phrase under a negator ("not happy"); the span then includes the negator. */
  negated?: boolean;
}

export interface LexicalFindings {
  triggers: Map<Trigger, Span[]>;
  emotions: Map<CueEmotion, Span[]>;
  urgent: Span[];
  complaint: Span[];
  /** Mostly capital letters: shouting. */
  shouting: boolean;
  /** "!!" or more. */
  exclamations: boolean;
}

function matches(regex: RegExp | null, text: string): Span[] {
  if (!regex) return [];
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (const match of text.matchAll(regex)) {
    const found = match[0].trim();
    if (!found) continue;
    const start = match.index + match[0].indexOf(found);
    spans.push({ start, end: start + found.length, text: found });
  }
  return spans;
}

/** Extends a span leftwards over a word-anchored match that ends right before it (negator, intensifier). */
function extendLeft(text: string, span: Span, before: RegExp | null): Span | null {
  if (!before) return null;
  const window = text.slice(Math.max(0, span.start - 40), span.start);
  const found = before.exec(window);
  if (!found) return null;
  const start = span.start - window.length + found.index;
  return { start, end: span.end, text: text.slice(start, span.end) };
}

/**
 * Where the sign-off starts ("Thanks,\nSara", "مع الشكر،"): the last paragraph when it is short and the
 * message has more before it; the text length when there is none.
 */
export function closingStart(text: string): number {
  const trimmed = text.trimEnd();
  const lastBreak = Math.max(trimmed.lastIndexOf('\n\n'), trimmed.lastIndexOf('\n'));
  if (lastBreak <= 0) return text.length;
  const paragraphStart = trimmed.lastIndexOf('\n\n') > 0 ? trimmed.lastIndexOf('\n\n') : lastBreak;
  return trimmed.length - paragraphStart <= 40 ? paragraphStart : text.length;
}

export function scanLexicon(text: string, lang: Lang): LexicalFindings {
  const lexicon = compiledLexicon(lang);
  const triggers = new Map<Trigger, Span[]>();
  for (const [trigger, regex] of lexicon.triggers) {
    const spans = matches(regex, text);
    if (spans.length) triggers.set(trigger, spans);
  }
  const emotions = new Map<CueEmotion, Span[]>();
  // Appended in place: copying the list on every span took 13 s on 16,000 "super " (review rev-cue17).
  const add = (emotion: CueEmotion, span: Span) => {
    const spans = emotions.get(emotion);
    if (spans) spans.push(span);
    else emotions.set(emotion, [span]);
  };
  const closing = closingStart(text);
  for (const [emotion, regex] of lexicon.emotions) {
    for (const span of matches(regex, text)) {
      // "Thanks, Sara" under a complaint is courtesy, not a positive feeling.
      if (emotion === 'positive' && span.start >= closing) continue;
      const negated = extendLeft(text, span, lexicon.negatedBefore);
      if (emotion === 'positive' && negated) {
        add('disappointment', { ...negated, negated: true }); // "not happy", "nicht zufrieden", "niet tevreden"
        continue;
      }
      if (emotion === 'confusion' && negated) continue; // "not unclear" is no confusion
      const intensified = extendLeft(text, span, lexicon.intensifiedBefore);
      add(emotion, intensified ? { ...intensified, intensified: true } : span);
    }
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return {
    triggers,
    emotions,
    urgent: matches(lexicon.urgent, text),
    complaint: matches(lexicon.complaint, text),
    shouting: letters.length >= 12 && upper / letters.length > 0.6,
    exclamations: /!{2,}|!\s*\?|\?\s*!/.test(text),
  };
}
