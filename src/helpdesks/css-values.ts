// CSS values as an e-mail's styles write them: a style attribute's or a rule's declarations, lengths in px
// (any unit, calc() of one term), font sizes (keywords, em and % of the parent's), opacities and angles. For
// the REST reading's hidden-text checks (./hidden-in-html.ts); what cannot be read comes back as NaN.
import { cssDecoded } from '../ticket/text';
import { amount, hueDegrees } from './css-colour';

/** Declarations of a style attribute or a rule: comments and escapes gone, lower case, `!important` dropped. */
export function declarationsOf(css: string): Map<string, string> {
  const out = new Map<string, string>();
  const text = cssDecoded(css).replace(/\\/g, '').toLowerCase();
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important/, '')
      .replace(/\s+/g, ' ')
      .trim();
    out.set(declaration.slice(0, colon).trim(), value);
  }
  return out;
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
/** A length in px (em and % of `em`); NaN when it cannot be read (calc with more than one term, var()). */
export function lengthPx(raw: string, em: number): number {
  let v = raw.trim();
  const calc = /^calc\(\s*([^()\s]+)\s*\)$/.exec(v);
  if (calc) v = calc[1]!;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)$/.exec(v);
  if (!m) return NaN;
  const n = parseFloat(m[1]!);
  const unit = m[2]!;
  if (!unit) return n; // a bare number: 0, or line-height's multiple (the caller knows)
  if (unit === 'em' || unit === 'rem' || unit === 'lh' || unit === 'rlh') return n * em;
  if (unit === 'ex' || unit === 'ch' || unit === 'cap' || unit === 'ic') return n * em * 0.5;
  if (unit === '%') return (n / 100) * em;
  return n * (PX_PER[unit] ?? NaN);
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
  return lengthPx(value, parent);
}

/** An opacity value (number or percentage); NaN when unreadable. */
export const opacityOf = (v: string) => (/^[\d.e+-]+%?$/.test(v) ? amount(v, 1) : NaN);
export const angleCos = (v: string) => Math.cos((hueDegrees(v) * Math.PI) / 180);
