// The colour painted behind a message's text: what a declaration or a bgcolor attribute sets, composited over what
// lies beneath, and whether a text colour reads as that background (text hidden by being the same colour).

import { parseColour, type Rgba } from './css-colour';

/** Max channel difference under which a colour reads as the background it sits on. */
export const SAME_COLOUR = 24;
export const over = ([r, g, b, a]: Rgba, under: Rgba): Rgba => [
  r * a + under[0] * (1 - a),
  g * a + under[1] * (1 - a),
  b * a + under[2] * (1 - a),
  1,
];
export const near = (a: Rgba, b: Rgba) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])) <= SAME_COLOUR;

/**
 * The background colour declarations set; undefined when they set none; null when it cannot be read (an image).
 * currentColor is the element's text colour (`current`): text painted on itself.
 */
export function backgroundOf(d: Map<string, string>, el: Element, current: Rgba | null): Rgba | 'inherit' | null | undefined {
  const colour = d.get('background-color');
  if (colour === 'currentcolor') return current;
  if (colour !== undefined) return colour.includes('var(') ? null : parseColour(colour);
  const shorthand = d.get('background');
  if (shorthand !== undefined) {
    if (shorthand.includes('var(') || /url\(|gradient\(|image-set\(/.test(shorthand)) return null;
    if (/^(?:none|inherit|initial|unset|transparent)$/.test(shorthand)) return shorthand === 'inherit' ? 'inherit' : [0, 0, 0, 0];
    // The colour is one of the shorthand's words (a function counts as one); the others are positions, sizes, keywords.
    for (const word of shorthand.match(/[a-z-]+\([^()]*\)|[^\s]+/g) ?? []) {
      if (word === 'currentcolor') return current;
      const c = parseColour(word);
      if (c && c !== 'inherit') return c;
    }
    return [0, 0, 0, 0];
  }
  const attribute = el.getAttribute('bgcolor');
  return attribute ? (parseColour(attribute, true) ?? null) : undefined;
}
