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
  if (atLeast) return px <= SMALLEST_SCREEN ? ALWAYS : px > LARGEST_SCREEN ? NEVER : MAYBE;
  return px >= LARGEST_SCREEN ? ALWAYS : px < SMALLEST_SCREEN ? NEVER : MAYBE;
};

const SIZE = /^(?:device-)?(?:width|height)$/;
/** One '(…)' feature: a range either way round ('width >= 0', '0 <= width'), or 'name: value' (a value may be calc()). */
function featureTruth(feature: string): Truth {
  if (!feature.startsWith('(') || !feature.endsWith(')')) return MAYBE;
  const inner = feature.slice(1, -1).trim();
  const op = /[<>]=?/.exec(inner);
  if (op) {
    const left = inner.slice(0, op.index).trim();
    const right = inner.slice(op.index + op[0].length).trim();
    if (SIZE.test(left)) return sizeTruth(lengthPx(right, 16), op[0][0] === '>');
    return SIZE.test(right) ? sizeTruth(lengthPx(left, 16), op[0][0] === '<') : MAYBE;
  }
  const colon = inner.indexOf(':');
  const name = (colon < 0 ? inner : inner.slice(0, colon)).trim();
  if (!/^[a-z-]+$/.test(name)) return MAYBE;
  if (colon < 0) return name === 'color' ? ALWAYS : MAYBE;
  const size = /^(min|max)-(?:device-)?(?:width|height)$/.exec(name);
  return size ? sizeTruth(lengthPx(inner.slice(colon + 1).trim(), 16), size[1] === 'min') : MAYBE;
}

function queryTruth(query: string): Truth {
  let words = query.trim();
  const prefix = /^(not|only)\s+/.exec(words);
  if (prefix) words = words.slice(prefix[0].length);
  let truth: Truth = ALWAYS;
  // Split on the word alone, then trimmed: '\s*and' tried at every blank of a long run was quadratic (rev-page16).
  for (const part of words.split(/\band\b/).map((p) => p.trim())) {
    const t = part.startsWith('(') ? featureTruth(part) : /^(?:screen|all)?$/.test(part) ? ALWAYS : NEVER;
    truth = Math.min(truth, t) as Truth;
  }
  return prefix?.[1] === 'not' ? ((ALWAYS - truth) as Truth) : truth;
}

/** Whether a media query list (an @media prelude, a <style>'s media) is true on any screen; an empty one is. */
export const alwaysOnScreen = (list: string): boolean => {
  // Blanks as one space: a feature's '\s*' around a lazy value tried every split of a run of blanks ('(a:' and 2,000
  // blanks took 17 s).
  const queries = list.toLowerCase().replace(/\s+/g, ' ').trim();
  return !queries || queries.split(',').some((q) => queryTruth(q) === ALWAYS);
};
