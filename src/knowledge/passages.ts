// Splits an article body into passages of about 60–150 words along paragraph and sentence boundaries.
// A passage is a [start, end) range of the body, so it costs two numbers to persist and its text is exact.

export interface PassageRange {
  start: number;
  end: number;
}

const MIN_WORDS = 60;
const MAX_WORDS = 150;
const TAIL_WORDS = 30;

interface Segment extends PassageRange {
  words: number;
}

const SENTENCE_PUNCTUATION = /[.!?…؟。]/u;
const SPACE = /\s/u;

/**
 * Where the sentence that starts at `from` ends (exclusive, after its trailing whitespace): after a run of
 * . ! ? … followed by whitespace or the end, or after a line break. A dot inside a token ("acme.example",
 * "3.5") ends nothing: the old pattern treated it as a failed sentence and skipped text up to the next
 * one, so a passage could start mid-link. One pass, so linear on any text.
 */
function sentenceEnd(body: string, from: number): number {
  let i = from;
  while (i < body.length) {
    const ch = body[i]!;
    i += 1;
    if (ch === '\n') break;
    if (SENTENCE_PUNCTUATION.test(ch)) {
      while (i < body.length && SENTENCE_PUNCTUATION.test(body[i]!)) i += 1;
      if (i === body.length || SPACE.test(body[i]!)) break;
    }
  }
  while (i < body.length && SPACE.test(body[i]!)) i += 1;
  return i;
}

/** Sentence- and paragraph-sized pieces of `body`, each with its word count. */
function segments(body: string): Segment[] {
  const out: Segment[] = [];
  for (let start = 0, end = 0; start < body.length; start = end) {
    end = sentenceEnd(body, start);
    const words = body.slice(start, end).match(/\S+/g)?.length ?? 0;
    if (words > MAX_WORDS) out.push(...wordWindows(body, start, end));
    else if (words > 0) out.push({ start, end, words });
    else if (out.length) out[out.length - 1]!.end = end;
  }
  return out;
}

/** Whether a sentence starts at `i`: the body's start, after a line break, or after . ! ? … and whitespace. */
function startsSentence(body: string, i: number): boolean {
  if (i <= 0) return true;
  if (!SPACE.test(body[i - 1]!) || SPACE.test(body[i]!)) return false;
  let j = i - 1;
  while (j >= 0 && SPACE.test(body[j]!)) {
    if (body[j] === '\n') return true;
    j -= 1;
  }
  return j < 0 || SENTENCE_PUNCTUATION.test(body[j]!);
}

/** Whether a sentence ends at `i`: the body's end, or after . ! ? … (then whitespace) or a line break. */
function endsSentence(body: string, i: number): boolean {
  if (i >= body.length) return true;
  let j = i;
  while (j > 0 && SPACE.test(body[j - 1]!)) {
    if (body[j - 1] === '\n') return true;
    j -= 1;
  }
  return j > 0 && SENTENCE_PUNCTUATION.test(body[j - 1]!) && SPACE.test(body[j] ?? ' ');
}

// How far a range is widened to reach its sentence's start or end before settling for a word boundary.
const MAX_WIDEN = 400;
export const GROUNDING_CHARS = 1200;

/**
 * The whole sentences of `body` that the range [start, end) touches, at most `maxChars` long (cut after
 * the last whole sentence that fits, or at a space when one sentence is longer): what a model and the
 * draft checks are given, so links, addresses and numbers arrive intact (issue 12 item 3). The sidebar
 * keeps its own highlighted snippet.
 */
export function wholeSentences(body: string, start: number, end: number, maxChars = GROUNDING_CHARS): string {
  let from = Math.max(0, Math.min(start, body.length));
  const floor = Math.max(0, from - MAX_WIDEN);
  while (from > floor && !startsSentence(body, from)) from -= 1;
  if (!startsSentence(body, from)) while (from < start && !SPACE.test(body[from - 1] ?? ' ')) from += 1;
  let to = Math.max(from, Math.min(end, body.length));
  if (to > from && !endsSentence(body, to)) to = Math.min(sentenceEnd(body, to), to + MAX_WIDEN);
  const text = body.slice(from, to).trim();
  if (text.length <= maxChars) return text;
  let cut = 0;
  for (let i = 0; i < text.length;) {
    const next = sentenceEnd(text, i);
    if (next > maxChars) break;
    cut = i = next;
  }
  if (cut === 0) cut = text.lastIndexOf(' ', maxChars) > 0 ? text.lastIndexOf(' ', maxChars) : maxChars;
  return text.slice(0, cut).trim();
}

/** A run-on stretch without sentence ends, cut every ~120 words at a space. */
function wordWindows(body: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  const word = /\S+\s*/g;
  word.lastIndex = from;
  let start = from;
  let count = 0;
  for (let m = word.exec(body); m && m.index < to; m = word.exec(body)) {
    count += 1;
    if (count === 120) {
      out.push({ start, end: m.index + m[0].length, words: count });
      start = m.index + m[0].length;
      count = 0;
    }
  }
  if (count) out.push({ start, end: to, words: count });
  return out;
}

export function splitPassages(body: string): PassageRange[] {
  const passages: Segment[] = [];
  let current: Segment | null = null;
  for (const segment of segments(body)) {
    if (current && current.words >= MIN_WORDS && current.words + segment.words > MAX_WORDS) {
      passages.push(current);
      current = null;
    }
    if (!current) current = { ...segment };
    else {
      current.end = segment.end;
      current.words += segment.words;
    }
  }
  if (current) {
    const previous = passages[passages.length - 1];
    if (previous && current.words < TAIL_WORDS && previous.words + current.words <= MAX_WORDS + TAIL_WORDS) {
      previous.end = current.end;
      previous.words += current.words;
    } else passages.push(current);
  }
  // A title-only article still gets one (empty) passage, so it can be found by its title.
  if (passages.length === 0) return [{ start: 0, end: 0 }];
  return passages.map(({ start, end }) => ({ start, end: trimEnd(body, start, end) }));
}

function trimEnd(body: string, start: number, end: number): number {
  while (end > start && /\s/.test(body[end - 1]!)) end -= 1;
  return end;
}
