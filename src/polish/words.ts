// Splits the agent's reply into the words a speller should look at, with their offsets. What is not
// prose is skipped, because flagging it would be noise an agent learns to ignore: placeholders
// ({{ticket.requester.name}}), links, email addresses, @handles, words with digits (order numbers,
// "2FA"), all-caps acronyms and mixed-case product names ("iPhone", "TechCorp").

export interface WordSpan {
  word: string;
  start: number;
  end: number;
  /** First word of a sentence (after . ! ? or a line break): its capital says nothing about names. */
  sentenceStart: boolean;
}

// Things that are not words, matched first so that their letters are never seen as words.
const NOT_PROSE = /\{\{[^{}]*\}\}|\{%[^{}]*%\}|\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+/gu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}\p{M}]/gu;

export function replyWords(text: string): WordSpan[] {
  const masked = text.replace(NOT_PROSE, (found) => ' '.repeat(found.length));
  const words: WordSpan[] = [];
  for (const match of masked.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const end = start + word.length;
    // Glued to digits or underscores on either side (INV-2291, ab12cd): an identifier, not a word.
    if (/[\d_]/.test(masked[start - 1] ?? '') || /[\d_]/.test(masked[end] ?? '')) continue;
    if (isIdentifierLike(word)) continue;
    words.push({ word, start, end, sentenceStart: startsSentence(masked, start) });
  }
  return words;
}

function isIdentifierLike(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true; // ACRONYM
  // An upper-case letter after the first one (iPhone, TechCorp, McDonald): a name someone chose.
  return /\p{Lu}/u.test(word.slice(1).replace(/[-'’]\p{Lu}/gu, ''));
}

function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const char = text[i]!;
    if (char === '\n' || /[.!?¡¿:]/.test(char)) return true;
    if (!/[\s"'“”„«»(]/.test(char)) return false;
  }
  return true;
}
