// Characters that take no space on screen (zero-width space and joiners, the word joiner and invisible
// operators, a byte-order mark, a soft hyphen, the Mongolian vowel separator, direction marks, embeddings
// and isolates). Put inside an e-mail or a card number ("dana\u200b@example.com") they break every
// pattern while the reader, and the model, still see the value. Detectors read the text without them;
// `origin` maps each offset of that copy back to the text as written.
const CODES = new Set([
  0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064,
  0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
]);
const CLASS = [...CODES].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
const INVISIBLE = new RegExp(`[${CLASS}]`, 'g');
/**
 * What plain-forms.ts writes for the rest of a stretched run it reads as one character ("٠٥٥ــــ٤٤٤" as
 * "055-" and three of these): the full-width low line, which no text has once plainForms has read its
 * full-width forms. Dropped like an invisible character, but no reason for a second, blanked reading.
 */
export const PADDING = '\uFF3F';
const DROPPED = new RegExp(`[${CLASS}${PADDING}]`, 'g');
// Invisible characters between two visible ones: only there does dropping them join what a blank parts.
const BETWEEN_VISIBLE = new RegExp(`[^\\s${CLASS}][${CLASS}]+[^\\s${CLASS}]`);

export function withoutInvisible(text: string): { visible: string; origin: (at: number) => number } {
  const visible = text.replace(DROPPED, '');
  if (visible.length === text.length) return { visible, origin: (at) => at };
  // offsets[i]: where the visible copy's i-th character stands in `text`.
  const offsets = new Int32Array(visible.length + 1);
  let at = 0;
  for (let i = 0; i < text.length; i++) if (!CODES.has(text.charCodeAt(i)) && text[i] !== PADDING) offsets[at++] = i;
  offsets[at] = text.length;
  return { visible, origin: (i) => offsets[i]! };
}

/**
 * The text with each invisible character as a blank (same length, offsets kept), or undefined when that
 * reads no differently from the text without them (each stands beside a blank or at an end).
 */
export const invisibleAsBlank = (text: string) => (BETWEEN_VISIBLE.test(text) ? text.replace(INVISIBLE, ' ') : undefined);
