// "hi again", "oi de novo", "hej igen": a customer greeting on their second message of the day is not
// going in circles, but "again" is a frustration word and a repeated-contact trigger in the lexicons
// ("hi again, I wrote earlier about the printer. it prints now but only in black and white" read
// frustration 0.53; session cue18, data/cue/chat4). The greeting's "again" is dropped from the findings;
// any other "again" in the message still counts.
import type { LexicalFindings, Span } from './lexical';

// Arabic too ("مرحبا مرة أخرى", review rev-cue18).
const GREETING_AGAIN =
  /^\s*(?:hi|hello|hey|hallo|hoi|hej|oi|olá|ola|مرحبا|مرحباً|أهلا|اهلا|هلا)\s+(?:again|nochmal|noch\s*mal|nogmaals|weer|igen|de\s+novo|novamente|مرة\s+(?:أخرى|اخرى|ثانية|ثانيه)|من\s+جديد)(?![\p{L}])/iu;

/** Where an opening "hi again" ends, or 0 when the message does not open with one. */
export function greetingAgainEnd(text: string): number {
  const greeting = GREETING_AGAIN.exec(text);
  return greeting ? greeting.index + greeting[0].length : 0;
}

/** The findings without the "again" of an opening greeting. */
export function withoutGreetingAgain(found: LexicalFindings, text: string): LexicalFindings {
  const greeting = GREETING_AGAIN.exec(text);
  if (!greeting) return found;
  const end = greeting.index + greeting[0].length;
  const keep = (spans: Span[]) => spans.filter((s) => s.end > end);
  const trim = <K>(map: Map<K, Span[]>) => new Map([...map].map(([k, v]) => [k, keep(v)] as const).filter(([, v]) => v.length > 0));
  return { ...found, triggers: trim(found.triggers), emotions: trim(found.emotions) };
}
