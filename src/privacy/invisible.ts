// Characters that take no space on screen (zero-width space and joiners, the word joiner, a byte-order
// mark, a soft hyphen). Put inside an e-mail or a card number ("dana\u200b@example.com") they break every
// pattern while the reader, and the model, still see the value. Detectors read the text without them;
// `origin` maps each offset of that copy back to the text as written.
const CODES = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const INVISIBLE = new RegExp(`[${[...CODES].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');

export function withoutInvisible(text: string): { visible: string; origin: (at: number) => number } {
  const visible = text.replace(INVISIBLE, '');
  if (visible.length === text.length) return { visible, origin: (at) => at };
  // offsets[i]: where the visible copy's i-th character stands in `text`.
  const offsets = new Int32Array(visible.length + 1);
  let at = 0;
  for (let i = 0; i < text.length; i++) if (!CODES.has(text.charCodeAt(i))) offsets[at++] = i;
  offsets[at] = text.length;
  return { visible, origin: (i) => offsets[i]! };
}

/** The text with each invisible character as a blank: same length, offsets kept. */
export const invisibleAsBlank = (text: string) => text.replace(INVISIBLE, ' ');
