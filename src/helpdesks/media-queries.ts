// Whether a message's @media rule or <style media> applies on the agent's screen whatever its size: the REST
// reading reads such rules as top-level ones ('@media (min-width:0)', 'not print'), and leaves the others, which
// show one of two copies (a mobile one, a dark mode) or apply on paper. Background only (message-sheets.ts).
import { lengthPx } from './css-values';

/** A query is never true, may be, or always is on a screen of any size an agent works at. */
const NEVER = 0;
const MAYBE = 1;
const ALWAYS = 2;
type Truth = typeof NEVER | typeof MAYBE | typeof ALWAYS;

/** A width or height every agent's window has (a phone's), and one none reaches: a min- or max- past them is always true. */
const SMALLEST_SCREEN = 320;
const LARGEST_SCREEN = 10_000;

/** A size feature's truth: at least `px` (min-, >=), or at most (max-, <=). */
const sizeTruth = (px: number, atLeast: boolean): Truth => {
  if (Number.isNaN(px)) return MAYBE;
  if (atLeast) return px <= SMALLEST_SCREEN ? ALWAYS : MAYBE;
  return px >= LARGEST_SCREEN ? ALWAYS : px < 1 ? NEVER : MAYBE;
};

function featureTruth(feature: string): Truth {
  const range = /^\(\s*(?:device-)?(?:width|height)\s*(>=?|<=?)\s*([^()]*?)\s*\)$/.exec(feature);
  if (range) return sizeTruth(lengthPx(range[2]!, 16), range[1]!.startsWith('>'));
  const plain = /^\(\s*([a-z-]+)\s*(?::\s*([^()]*?))?\s*\)$/.exec(feature);
  if (!plain) return MAYBE;
  const [, name, value] = plain;
  if (value === undefined) return name === 'color' ? ALWAYS : MAYBE;
  const size = /^(min|max)-(?:device-)?(?:width|height)$/.exec(name!);
  return size ? sizeTruth(lengthPx(value, 16), size[1] === 'min') : MAYBE;
}

function queryTruth(query: string): Truth {
  let words = query.trim();
  const prefix = /^(not|only)\s+/.exec(words);
  if (prefix) words = words.slice(prefix[0].length);
  let truth: Truth = ALWAYS;
  for (const part of words.split(/\s*\band\b\s*/)) {
    const t = part.startsWith('(') ? featureTruth(part) : /^(?:screen|all)?$/.test(part) ? ALWAYS : NEVER;
    truth = Math.min(truth, t) as Truth;
  }
  return prefix?.[1] === 'not' ? ((ALWAYS - truth) as Truth) : truth;
}

/** Whether a media query list (an @media prelude, a <style>'s media) is true on any screen; an empty one is. */
export const alwaysOnScreen = (list: string): boolean => {
  const queries = list.toLowerCase().trim();
  return !queries || queries.split(',').some((q) => queryTruth(q) === ALWAYS);
};
