// CSS values as an e-mail's styles write them: a style attribute's or a rule's declarations, lengths in px
// (any unit, calc(), min(), max() and clamp() of them), font sizes (keywords, em and % of the parent's, the font
// shorthand's), opacities and angles. For the REST reading's hidden-text checks (./hidden-in-html.ts); what cannot be
// read comes back as NaN.
import { cssDecoded } from '../ticket/text';
import { amount, hueDegrees } from './css-colour';

/**
 * Declarations of a style attribute or a rule: comments and escapes gone, lower case, `!important` dropped (or, with
 * `importantOnly`, only the declarations marked so).
 */
export function declarationsOf(css: string, importantOnly = false): Map<string, string> {
  const out = new Map<string, string>();
  const text = cssDecoded(css).replace(/\\/g, '').toLowerCase();
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0 || (importantOnly && !/!\s*important/.test(declaration))) continue;
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const property = declaration.slice(0, colon).trim();
    // The last declaration of a property wins, and is last in the map: the font shorthand sets font-size too
    // ('font-size:14px;font:2px a' is 2 px).
    out.delete(property);
    out.set(property, value);
    if (property === 'font') {
      out.delete('font-size');
      const size = fontShorthandSize(value);
      if (size !== undefined) out.set('font-size', size);
    }
  }
  return out;
}

/** A value's words, a function with its arguments one word ('calc(1px + 2em) auto' is two); linear. */
export function cssWords(value: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ' ' || c === undefined) && depth === 0) {
      if (i > start) words.push(value.slice(start, i));
      start = i + 1;
    }
  }
  if (depth > 0 && start < value.length) words.push(value.slice(start));
  return words;
}

const SYSTEM_FONTS = /^(?:caption|icon|menu|message-box|small-caption|status-bar)$/;
/** The size in the font shorthand ('italic bold 0.1em/1 Georgia' gives '0.1em'), after its style and weight words. */
function fontShorthandSize(value: string): string | undefined {
  const words = cssWords(value);
  if (words.length === 1 && SYSTEM_FONTS.test(words[0]!)) return undefined;
  for (const word of words) {
    const size = /^[a-z-]+\(/.test(word) ? word : word.split('/')[0]!;
    // A bare number is a weight (700), not a size; but 0 is a size.
    if (size in FONT_KEYWORDS || /^(?:calc|min|max|clamp)\(/.test(size) || /^[+-]?[\d.]+(?:e[+-]?\d+)?[a-z%]+$/.test(size) || size === '0')
      return size;
  }
  return undefined;
}

const PX_PER: Record<string, number> = {
  px: 1,
  pt: 4 / 3,
  pc: 16,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
  vh: 8,
  vw: 12,
  vmin: 8,
  vmax: 12,
  svh: 8,
  lvh: 8,
  dvh: 8,
  svw: 12,
  lvw: 12,
  dvw: 12,
  cqh: 8,
  cqw: 12,
};
/** A length in px (em and % of `em`, calc(), min(), max(), clamp()); NaN when it cannot be read (var(), a unit unknown). */
export function lengthPx(raw: string, em: number): number {
  const v = raw.trim();
  if (/^(?:calc|min|max|clamp)\(/.test(v)) return mathPx(v, em);
  // '\d+(?:\.\d*)?', not '\d+\.?\d*': that splits a run of digits every way before failing (31 s on 40,000 digits and 'e!').
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)$/.exec(v);
  if (!m) return NaN;
  const n = parseFloat(m[1]!);
  const unit = m[2]!;
  if (!unit) return n; // a bare number: 0, or line-height's multiple (the caller knows)
  if (unit === 'em' || unit === 'rem' || unit === 'lh' || unit === 'rlh') return n * em;
  if (unit === 'ex' || unit === 'ch' || unit === 'cap' || unit === 'ic') return n * em * 0.5;
  if (unit === '%') return (n / 100) * em;
  return n * (PX_PER[unit] ?? NaN);
}
/** Past this many nested brackets a math function is not read (NaN): the recursion stays shallow on hostile input. */
const MAX_MATH_DEPTH = 16;
const MATH_TOKEN = /\s*(?:([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?[a-z%]*)|(calc|min|max|clamp)?\(|([-+*/),]))/y;
/**
 * calc(), min(), max() and clamp() of lengths and numbers, in px; NaN when it cannot be read. Each length is read by
 * lengthPx (so % is of `em`, as there); a number multiplies or divides. One pass over the tokens: linear.
 */
function mathPx(v: string, em: number): number {
  const tokens: string[] = [];
  MATH_TOKEN.lastIndex = 0;
  while (MATH_TOKEN.lastIndex < v.length) {
    const at = MATH_TOKEN.lastIndex;
    const m = MATH_TOKEN.exec(v);
    if (!m || MATH_TOKEN.lastIndex === at) return NaN;
    tokens.push(m[0].trim());
  }
  let i = 0;
  const list = (depth: number): number[] => {
    const values = [sum(depth)];
    while (tokens[i] === ',') {
      i++;
      values.push(sum(depth));
    }
    if (tokens[i++] !== ')') return [NaN];
    return values;
  };
  const factor = (depth: number): number => {
    const t = tokens[i++];
    if (t === undefined || depth > MAX_MATH_DEPTH) return NaN;
    if (t.endsWith('(')) {
      const args = list(depth + 1);
      if (t === 'min(') return Math.min(...args);
      if (t === 'max(') return Math.max(...args);
      if (t === 'clamp(') return args.length === 3 ? Math.max(args[0]!, Math.min(args[1]!, args[2]!)) : NaN;
      return args.length === 1 ? args[0]! : NaN;
    }
    return /^[+-]?[\d.]/.test(t) ? lengthPx(t, em) : NaN;
  };
  const product = (depth: number): number => {
    let value = factor(depth);
    while (tokens[i] === '*' || tokens[i] === '/') value = tokens[i++] === '*' ? value * factor(depth) : value / factor(depth);
    return value;
  };
  const sum = (depth: number): number => {
    let value = product(depth);
    while (tokens[i] === '+' || tokens[i] === '-') value = tokens[i++] === '+' ? value + product(depth) : value - product(depth);
    return value;
  };
  const value = sum(0);
  return i === tokens.length ? value : NaN;
}

const MATH_START = /(?:calc|min|max|clamp)\(/g;
/**
 * A value with each math function in it worked out ('translatex(calc(-9999px))' is 'translatex(-9999px)', 'scale(calc(.01))'
 * 'scale(0.01)'): in px, or a plain number when no unit is in it; 'NaN' when it cannot be read. For the functions whose
 * arguments a transform reading splits (rev-page16). Linear: each character is scanned once.
 */
export function mathResolved(raw: string, em: number): string {
  if (!raw.includes('(')) return raw;
  // Brackets left open at the end of a declaration are closed, as CSS reads them ('translatex(calc(-9999px').
  let open = 0;
  for (const c of raw) open = c === '(' ? open + 1 : c === ')' ? Math.max(0, open - 1) : open;
  const value = raw + ')'.repeat(open);
  let out = '';
  let from = 0;
  MATH_START.lastIndex = 0;
  for (let m = MATH_START.exec(value); m; m = MATH_START.exec(value)) {
    let depth = 0;
    let end = m.index;
    for (; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const math = value.slice(m.index, end + 1);
    const unitless = !/\d(?!e[+-]?\d)[a-z%]/.test(math);
    out += `${value.slice(from, m.index)}${mathPx(math, em)}${unitless ? '' : 'px'}`;
    from = end + 1;
    MATH_START.lastIndex = from;
  }
  return out + value.slice(from);
}

/**
 * The least a font size of clamp() or max() can be whatever its var() gives: clamp()'s first argument, max()'s largest
 * readable one ('clamp(10px, var(--fs), 14px)' is at least 10 px); NaN when none can be read.
 */
export function fontFloor(value: string, parent: number): number {
  const m = /^(clamp|max)\((.*)\)$/.exec(value);
  if (!m) return NaN;
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  const inner = m[2]!;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === undefined || (c === ',' && depth === 0)) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const sizes = (m[1] === 'clamp' ? args.slice(0, 1) : args).map((a) => lengthPx(a, parent)).filter((px) => !Number.isNaN(px));
  return sizes.length ? Math.max(...sizes) : NaN;
}

const FONT_KEYWORDS: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
  smaller: 0.83,
  larger: 1.2,
};
/** The font size in px an element's declarations give it, from its parent's; NaN when unreadable. */
export function fontSize(value: string, parent: number): number {
  const keyword = FONT_KEYWORDS[value];
  if (keyword !== undefined) return value === 'smaller' || value === 'larger' ? keyword * parent : keyword;
  if (/^(?:inherit|unset|initial|revert|math)$/.test(value)) return parent;
  const px = lengthPx(value, parent);
  return Number.isNaN(px) && value.includes('var(') ? fontFloor(value, parent) : px;
}

/** An opacity value (number or percentage); NaN when unreadable. */
export const opacityOf = (v: string) => (/^[\d.e+-]+%?$/.test(v) ? amount(v, 1) : NaN);
export const angleCos = (v: string) => Math.cos((hueDegrees(v) * Math.PI) / 180);
