// Matched words are highlighted by splitting the text into plain and marked segments that JSX
// renders as text nodes and <mark> elements: passages are untrusted and never become markup.
import { escapeRegExp } from '../regexp';

export interface Segment {
  text: string;
  match: boolean;
}

/** Splits `text` around every case-insensitive occurrence of any of `words` (longest first). */
export function splitMatches(text: string, words: readonly string[]): Segment[] {
  // One-letter "words" would light up every other character.
  const terms = [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length);
  if (!text || terms.length === 0) return text ? [{ text, match: false }] : [];
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
