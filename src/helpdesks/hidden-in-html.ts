// Text an e-mail's HTML hides in ways the shared checks (src/ticket/text.ts) do not see: a colour equal to the
// background an ancestor sets, near-white or near-transparent colours however written, transforms that flatten,
// positions far off-screen, boxes with no room, fonts too small in any unit, var() in a property that hides,
// rules inside @supports / @layer, and elements whose text a browser never shows (fallback content, a closed
// dialog, options not selected). Background only: the REST readers run here, with no size budget; the content
// scripts, which are at theirs, keep the shared checks. What is found is removed from the parsed copy of the
// message (an element's text, or a text node), so the shared walk then reads only what the agent sees. When a
// value cannot be read (an unknown colour, calc(), var()), the text counts as hidden: it is kept from the model.

import { CSS_COMMENT, FALLBACK_TAGS } from '../ticket/text';
import { amount, parseColour, type Rgba } from './css-colour';
import { angleCos, declarationsOf, fontSize, lengthPx, opacityOf } from './css-values';

/** Elements whose content a browser shows only as a fallback, or never: their text is not what the agent reads. */
const UNSHOWN = new Set(`${FALLBACK_TAGS} template noscript title svg`.split(' '));
/** Whether the HTML could hold an element of UNSHOWN, a <dialog> or an <option> (the gate before a parse). */
export const UNSHOWN_TAG = new RegExp(`<(?:${[...UNSHOWN, 'dialog', 'option'].join('|')})\\b`, 'i');

const SMALL = 0.1;

/** Whether a transform list flattens its element to nothing (a scale under a tenth, a matrix with no area, a quarter turn out of the page). */
function flattens(transform: string): boolean {
  for (const [, name, args] of transform.matchAll(/([a-z\d]+)\(([^()]*)\)/g)) {
    const n = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((a) => amount(a, 1));
    if (n.some(Number.isNaN)) return true;
    const tiny = (x: number | undefined) => x !== undefined && Math.abs(x) < SMALL;
    if (name === 'scale' && (tiny(n[0]) || tiny(n[1] ?? n[0]))) return true;
    if ((name === 'scalex' || name === 'scaley') && tiny(n[0])) return true;
    if (name === 'scale3d' && (tiny(n[0]) || tiny(n[1]))) return true;
    if (name === 'matrix' && n.length >= 4 && Math.abs(n[0]! * n[3]! - n[1]! * n[2]!) < SMALL * SMALL) return true;
    if (name === 'matrix3d' && n.length >= 16 && Math.abs(n[0]! * n[5]! - n[1]! * n[4]!) < SMALL * SMALL) return true;
    if ((name === 'rotatex' || name === 'rotatey') && Math.abs(angleCos(args!.trim())) < SMALL) return true;
    if (/^translate/.test(name!) && args!.split(/[\s,]+/).some((a) => Math.abs(lengthPx(a, 16)) >= OFF_SCREEN)) return true;
  }
  return false;
}
const OFF_SCREEN = 1000;

/** Whether declarations hide the element's whole content, whatever its colours (these checks know no inheritance but font size). */
function hidesContent(d: Map<string, string>, font: number): boolean {
  for (const property of [
    'display',
    'visibility',
    'opacity',
    'font-size',
    'color',
    '-webkit-text-fill-color',
    'transform',
    'filter',
    'content-visibility',
    'zoom',
    'scale',
  ]) {
    if (d.get(property)?.includes('var(')) return true; // unknown: kept from the model
  }
  if (d.get('display') === 'none' || /^(?:hidden|collapse)$/.test(d.get('visibility') ?? '') || d.get('content-visibility') === 'hidden')
    return true;
  const opacity = d.get('opacity');
  if (opacity !== undefined && opacityOf(opacity) < SMALL) return true;
  const filter = /opacity\(([^()]*)\)/.exec(d.get('filter') ?? '');
  if (filter && opacityOf(filter[1]!.trim() || '0') < SMALL) return true;
  if (flattens(d.get('transform') ?? '')) return true;
  // A clip-path inset whose sides meet (top and bottom, or left and right, adding to 100 %) leaves no area; lengths
  // in px depend on a size this reading does not know, so only percentages count.
  const inset = /inset\(([^()]*?)(?: round [^()]*)?\)/.exec(d.get('clip-path') ?? '');
  if (inset) {
    const [top = 0, right = top, bottom = top, left = right] = inset[1]!
      .split(' ')
      .filter(Boolean)
      .map((v) => (v.endsWith('%') ? parseFloat(v) : 0));
    if (top + bottom >= 100 || left + right >= 100) return true;
  }
  // A mask can paint the text away (a gradient of transparent); e-mails have no use for one.
  if (['mask', 'mask-image', '-webkit-mask', '-webkit-mask-image'].some((p) => (d.get(p) ?? 'none') !== 'none')) return true;
  const scale = d.get('scale');
  if (
    scale &&
    scale !== 'none' &&
    scale
      .split(' ')
      .slice(0, 2)
      .some((s) => Math.abs(amount(s, 1)) < SMALL)
  )
    return true;
  const zoom = d.get('zoom');
  if (zoom && zoom !== 'normal' && zoom !== 'reset' && !(amount(zoom, 1) >= SMALL)) return true;
  // Far off-screen: by position, inset or margin.
  const far = (v: string | undefined, sign: 1 | -1) => v !== undefined && v.split(' ').some((x) => sign * lengthPx(x, font) >= OFF_SCREEN);
  const positioned = /^(?:absolute|fixed|relative|sticky)$/.test(d.get('position') ?? '');
  if (positioned) {
    if (far(d.get('left'), -1) || far(d.get('top'), -1) || far(d.get('right'), 1) || far(d.get('bottom'), 1)) return true;
    const inset = (d.get('inset') ?? '').split(' ').filter(Boolean);
    if (inset.length) {
      const [top, right = top, bottom = top, left = right] = inset;
      if (far(top, -1) || far(left, -1) || far(right, 1) || far(bottom, 1)) return true;
    }
  }
  for (const margin of ['margin-top', 'margin-left', 'margin', 'margin-block-start', 'margin-inline-start', 'text-indent']) {
    if (far(d.get(margin), -1)) return true;
  }
  // No room: a box a pixel high or wide, or lines of no height, that clips what overflows.
  const clips = ['overflow', 'overflow-x', 'overflow-y', 'overflow-block', 'overflow-inline'].some((p) =>
    /hidden|clip/.test(d.get(p) ?? ''),
  );
  if (clips) {
    for (const p of ['height', 'max-height', 'width', 'max-width', 'block-size', 'max-block-size', 'inline-size', 'max-inline-size']) {
      const v = d.get(p);
      if (v !== undefined && !(lengthPx(v, font) >= MIN_SIZE)) {
        if (v === 'auto' || v === 'none' || v.endsWith('%') || /content|stretch|available/.test(v)) continue;
        return true;
      }
    }
    const lineHeight = d.get('line-height');
    if (
      lineHeight !== undefined &&
      lineHeight !== 'normal' &&
      !(lengthPx(lineHeight, font) * (/[a-z%]$/.test(lineHeight) ? 1 : font) >= MIN_SIZE)
    )
      return true;
  }
  return false;
}

const LINK_BLUE: Rgba = [0, 0, 238, 1];
/** Under this many px high (a clipping box, a line) or tall (a font), text cannot be read. */
const MIN_SIZE = 3;
/** Max channel difference under which a colour reads as the background it sits on. */
const SAME_COLOUR = 24;
const over = ([r, g, b, a]: Rgba, under: Rgba): Rgba => [
  r * a + under[0] * (1 - a),
  g * a + under[1] * (1 - a),
  b * a + under[2] * (1 - a),
  1,
];
const near = (a: Rgba, b: Rgba) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])) <= SAME_COLOUR;

/** The background colour declarations set; undefined when they set none; null when it cannot be read (an image). */
function backgroundOf(d: Map<string, string>, el: Element): Rgba | 'inherit' | null | undefined {
  const colour = d.get('background-color');
  if (colour !== undefined) return colour.includes('var(') ? null : parseColour(colour);
  const shorthand = d.get('background');
  if (shorthand !== undefined) {
    if (shorthand.includes('var(') || /url\(|gradient\(|image-set\(/.test(shorthand)) return null;
    if (/^(?:none|inherit|initial|unset|transparent)$/.test(shorthand)) return shorthand === 'inherit' ? 'inherit' : [0, 0, 0, 0];
    // The colour is one of the shorthand's words (a function counts as one); the others are positions, sizes, keywords.
    for (const word of shorthand.match(/[a-z-]+\([^()]*\)|[^\s]+/g) ?? []) {
      const c = parseColour(word);
      if (c && c !== 'inherit') return c;
    }
    return [0, 0, 0, 0];
  }
  const attribute = el.getAttribute('bgcolor');
  return attribute ? (parseColour(attribute, true) ?? null) : undefined;
}

interface Inherited {
  /** Text colour, composited later over the background; null when unreadable. */
  colour: Rgba | null;
  /** The colour painted behind the element; null when unknown (an image). */
  background: Rgba | null;
  font: number;
}

/**
 * Removes from `body` (a parsed copy of a message, which this changes) the text the agent is not shown and the
 * shared checks would read; returns whether it removed any. Rules of the message's sheets inside @supports and
 * @layer count too (the shared checks read only top-level rules; @media ones hide one of two copies and are left).
 */
export function dropUnseen(body: Element): boolean {
  let dropped = false;
  const drop = (el: Element) => {
    if (!el.textContent?.trim()) return;
    el.textContent = ' ';
    dropped = true;
  };
  // Attribute names are case-blind in HTML; linkedom keeps them as written (STYLE="DISPLAY:NONE"), which every
  // check here and in the shared walk would miss.
  for (const el of body.querySelectorAll('*')) {
    for (const { name, value } of Array.from(el.attributes)) if (name !== name.toLowerCase()) el.setAttribute(name.toLowerCase(), value);
  }
  const { hidden: bySheets, colours } = readSheets(body);
  const walk = (el: Element, parent: Inherited) => {
    const tag = el.localName.toLowerCase();
    if (tag === 'style' || tag === 'script') return;
    if (UNSHOWN.has(tag) || bySheets.has(el) || (tag === 'dialog' && !el.hasAttribute('open'))) return drop(el);
    if (tag === 'select') return dropUnselected(el, drop);
    const d = new Map([...(colours.get(el) ?? []), ...declarationsOf(el.getAttribute('style') ?? '')]);
    const sizeValue = d.get('font-size');
    const font = sizeValue === undefined ? parent.font : fontSize(sizeValue, parent.font);
    if (!(font >= MIN_SIZE) || hidesContent(d, font)) return drop(el);
    // Colours: the background painted here, then the text colour (text fill wins over color, as in WebKit).
    const bg = backgroundOf(d, el);
    const background =
      bg === undefined || bg === 'inherit'
        ? parent.background
        : bg === null || parent.background === null
          ? null
          : over(bg, parent.background);
    const fill = d.get('-webkit-text-fill-color') ?? d.get('color') ?? el.getAttribute(tag === 'font' ? 'color' : 'data-none') ?? '';
    const c = fill ? parseColour(fill, !d.has('color') && !d.has('-webkit-text-fill-color')) : 'inherit';
    // A link keeps the browser's blue unless told otherwise: it does not take its parent's colour.
    const colour = c === 'inherit' ? (tag === 'a' && el.hasAttribute('href') && !fill ? LINK_BLUE : parent.colour) : c;
    const here: Inherited = { colour, background, font };
    if (ownText(el) && (colour === null || colour[3] < SMALL || (background !== null && near(over(colour, background), background)))) {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3 && n.nodeValue?.trim()) {
          n.nodeValue = ' ';
          dropped = true;
        }
      }
    } else if (c !== 'inherit' && background !== null && !(bg && bg !== 'inherit' && bg[3] >= 1)) {
      // Light text on a dark background the shared checks cannot see (they take white without a background of
      // its own, or with a transparent one as every span of a Google Docs paste has, as white on white): name the
      // background it shows on in place of its own.
      const style = (el.getAttribute('style') ?? '').replace(/background(?:-color)?\s*:[^;]*/gi, '');
      el.setAttribute('style', `${style};background-color:rgb(${background.slice(0, 3).map(Math.round).join(',')})`);
    }
    for (const child of Array.from(el.children)) walk(child, here);
  };
  walk(body, { colour: [0, 0, 0, 1], background: [255, 255, 255, 1], font: 16 });
  return dropped;
}

const ownText = (el: Element) => {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return true;
  return false;
};

/** A drop-down shows its selected option (the first when none is); a list box (multiple, size) shows them all. */
function dropUnselected(select: Element, drop: (el: Element) => void) {
  if (select.hasAttribute('multiple') || Number(select.getAttribute('size')) > 1) return;
  const options = Array.from(select.querySelectorAll('option'));
  const shown = options.find((o) => o.hasAttribute('selected')) ?? options[0];
  for (const option of options) if (option !== shown) drop(option);
}

const COLOUR_PROPERTIES = ['color', '-webkit-text-fill-color', 'background', 'background-color'];
const MAX_COLOUR_RULES = 150;
const MAX_HIDING_RULES = 100;
/**
 * Combinators in one selector. linkedom matches a descendant chain that fails only at its leftmost part by
 * trying every ancestor combination: "nav div div div div div p" took 380 ms on 30 nested divs, a hundred
 * such rules minutes, all of it in the background every extension message waits for. E-mail sheets use
 * two or three ("table.body td p a").
 */
const MAX_COMBINATORS = 4;
/** The time all of a message's sheet rules may take to match; past it the message counts as hidden. */
const SHEET_BUDGET_MS = 250;
const combinators = (selectorList: string) =>
  Math.max(...selectorList.split(',').map((one) => one.trim().split(/\s*[>+~]\s*|\s+/).length - 1));
/**
 * The message's sheets, read outside @media (whose rules hide one of two copies, or paint a dark mode): the
 * elements their rules hide, and the colours they give elements, taken by the walk under the inline ones
 * (later rules win; specificity is not weighed). A sheet that is an attack on the reading time (a query per
 * rule: 150 rules on 5,000 elements take about a second) makes the whole message count as hidden: past
 * MAX_HIDING_RULES hiding or MAX_COLOUR_RULES colour rules (a newsletter has some tens), a selector of more
 * than MAX_COMBINATORS combinators, or past SHEET_BUDGET_MS of matching.
 */
function readSheets(root: Element): { hidden: Set<Element>; colours: Map<Element, Map<string, string>> } {
  const hidden = new Set<Element>();
  const colours = new Map<Element, Map<string, string>>();
  const allHidden = () => ({ hidden: new Set([root, ...root.querySelectorAll('*')]), colours });
  const started = Date.now();
  let colourRules = 0;
  let rules = 0;
  for (const sheet of root.querySelectorAll('style')) {
    let css = (sheet.textContent ?? '').replace(CSS_COMMENT, '').replace(/<!--|-->/g, '');
    // Unwrap @supports / @layer blocks (innermost first); drop @media and the other at-rules' blocks.
    // Eight levels deep is past any e-mail's need; deeper nesting hides rules from this reading, so it counts as hidden.
    for (let i = 0; ; i++) {
      const next = css
        .replace(/@(?:supports|layer|container|scope|document)\b[^{};]*\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}/g, '$1')
        .replace(/@layer[^{};]*;/g, '');
      if (next === css) break;
      if (i === 8) return allHidden();
      css = next;
    }
    css = css.replace(/@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|@[^{};]*;/g, '');
    for (const [, selector, block] of css.matchAll(/(?<=^|[{}])([^{}]+)\{([^{}]*)\}/g)) {
      const d = declarationsOf(block!);
      const size = d.get('font-size');
      const hides = hidesContent(d, 16) || (size !== undefined && !(fontSize(size, 16) >= MIN_SIZE));
      const colour = COLOUR_PROPERTIES.filter((p) => d.has(p));
      if (hides && ++rules > MAX_HIDING_RULES) return allHidden();
      if (!hides && !colour.length) continue;
      if (!hides && ++colourRules > MAX_COLOUR_RULES) return allHidden();
      if (combinators(selector!) > MAX_COMBINATORS || Date.now() - started > SHEET_BUDGET_MS) return allHidden();
      try {
        for (const el of root.querySelectorAll(selector!.trim())) {
          if (hides) hidden.add(el);
          else {
            const own = colours.get(el) ?? new Map<string, string>();
            for (const p of colour) own.set(p, d.get(p)!);
            colours.set(el, own);
          }
        }
      } catch {
        /* not a selector list: CSS drops the rule too */
      }
    }
  }
  return { hidden, colours };
}
