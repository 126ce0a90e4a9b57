// Sentence splitting and word counting for the extractive summary: a regular expression, not
// Intl.Segmenter, because the summary's budget is 5 ms for a 60-message thread and a split on
// sentence-final punctuation (Latin and Arabic) is enough to pick whole sentences.
const SENTENCE_END = /(?<=[.!?؟。…])\s+|\n{2,}|\n(?=\s*[-•*]\s)/u;
/** One sentence is quoted at most this long; a run-on paragraph must not eat the summary. */
const MAX_SENTENCE_WORDS = 35;

export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /\p{L}/u.test(s));
}

export const isQuestion = (sentence: string): boolean => /[?؟]\s*$/.test(sentence) || /[?؟]/.test(sentence.slice(-3));

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The first `max` words of a sentence, with an ellipsis when cut. */
export function clipWords(sentence: string, max = MAX_SENTENCE_WORDS): string {
  const words = sentence.split(/\s+/).filter(Boolean);
  return words.length <= max ? sentence : `${words.slice(0, max).join(' ')}…`;
}
