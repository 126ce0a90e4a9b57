// Reads the first draft's text out of a JSON answer that is still streaming in, so the sidebar can show
// words as they arrive: `{"drafts":[{"style":"concise","text":"Hello An` → `Hello An`. A small scanner
// (the answer is a few KB; rescanning per chunk costs microseconds) rather than a streaming-JSON library.

/** The decoded (possibly unfinished) value of drafts[0].text, or null while it has not started. */
export function firstDraftText(partial: string): string | null {
  const drafts = partial.search(/"drafts"\s*:\s*\[/);
  if (drafts < 0) return null;
  let i = partial.indexOf('[', drafts) + 1;
  // Walk the first object of the array at depth 1, looking at its keys.
  while (i < partial.length && partial[i] !== '{') i++;
  let depth = 0;
  let key: string | null = null;
  let expectingKey = true;
  for (; i < partial.length; i++) {
    const c = partial[i]!;
    if (c === '"') {
      const { value, end, done } = readString(partial, i + 1);
      if (depth === 1 && expectingKey) key = value;
      else if (depth === 1 && key === 'text') return value;
      if (!done) return null;
      i = end;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return null; // first draft closed without text
    } else if (c === ':' && depth === 1) expectingKey = false;
    else if (c === ',' && depth === 1) expectingKey = true;
  }
  return null;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

function readString(text: string, start: number): { value: string; end: number; done: boolean } {
  let value = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return { value, end: i, done: true };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) break; // escape cut by the chunk boundary
    if (next === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (hex.length < 4) break;
      value += String.fromCharCode(parseInt(hex, 16));
      i += 5;
    } else {
      value += ESCAPES[next] ?? next;
      i += 1;
    }
  }
  return { value, end: text.length, done: false };
}
