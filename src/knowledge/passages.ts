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

/** Sentence- and paragraph-sized pieces of `body`, each with its word count. */
function segments(body: string): Segment[] {
  const out: Segment[] = [];
  // A sentence ends at . ! ? … or a line break; keep the trailing whitespace with it.
  const pattern = /[^\n.!?…]*(?:[.!?…]+(?=\s|$)|\n|$)\s*/g;
  for (const match of body.matchAll(pattern)) {
    if (!match[0]) continue;
    const words = match[0].match(/\S+/g)?.length ?? 0;
    const start = match.index;
    if (words > MAX_WORDS) out.push(...wordWindows(body, start, start + match[0].length));
    else if (words > 0) out.push({ start, end: start + match[0].length, words });
    else if (out.length) out[out.length - 1]!.end = start + match[0].length;
  }
  return out;
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
