// Text an e-mail's HTML hides in ways the shared checks (src/ticket/text.ts) do not see: a colour equal to the
// background an ancestor sets, near-white or near-transparent colours however written, transforms that flatten,
// positions far off-screen, boxes with no room, fonts too small in any unit, var() in a property that hides,
// rules inside @supports / @layer, and elements whose text a browser never shows (fallback content, a closed
// dialog, options not selected). Background only: the REST readers run here, with no size budget; the content
// scripts, which are at theirs, keep the shared checks. What is found is removed from the parsed copy of the
// message (an element's text, or a text node), so the shared walk then reads only what the agent sees. When a
// value cannot be read (an unknown colour, calc(), var()), the text counts as hidden: it is kept from the model.
// This file walks the message; what a declaration hides is hiding-declarations.ts, the background a text shows on
// css-background.ts, the message's own sheets message-sheets.ts.

import { FALLBACK_TAGS } from '../ticket/text';
import { backgroundOf, near, over } from './css-background';
import { parseColour, type Rgba } from './css-colour';
import { declarationsOf, fontSize, opacityOf } from './css-values';
import { hidesContent, MIN_SIZE, shrinkOf, SMALL } from './hiding-declarations';
import { readSheets } from './message-sheets';

/** Elements whose content a browser shows only as a fallback, or never: their text is not what the agent reads. */
const UNSHOWN = new Set(`${FALLBACK_TAGS} template noscript title svg`.split(' '));
/** Whether the HTML could hold an element of UNSHOWN, a <dialog> or an <option> (the gate before a parse). */
export const UNSHOWN_TAG = new RegExp(`<(?:${[...UNSHOWN, 'dialog', 'option'].join('|')})\\b`, 'i');

const LINK_BLUE: Rgba = [0, 0, 238, 1];

interface Inherited {
  /** Text colour, composited later over the background; null when unreadable. */
  colour: Rgba | null;
  /** The colour painted behind the element; null when unknown (an image). */
  background: Rgba | null;
  font: number;
  /** The product of the opacities down to here: each may be over a tenth, and their product under it. */
  opacity: number;
  /** The product of the scales (transforms, the scale property, zoom) down to here, as opacity. */
  scale: number;
}

/**
 * Removes from `body` (a parsed copy of a message, which this changes) the text the agent is not shown and the
 * shared checks would read; returns whether it removed any. Rules of the message's sheets inside @supports and
 * @layer count too (the shared checks read only top-level rules; @media ones hide one of two copies and are left).
 */
export function dropUnseen(body: Element, placed = false): boolean {
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
  const { hidden: bySheets, declared, important } = readSheets(body, placed);
  const walk = (el: Element, parent: Inherited) => {
    const tag = el.localName.toLowerCase();
    if (tag === 'style' || tag === 'script') return;
    if (UNSHOWN.has(tag) || bySheets.has(el) || (tag === 'dialog' && !el.hasAttribute('open'))) return drop(el);
    if (tag === 'select') return dropUnselected(el, drop);
    // A sheet's declarations under the inline ones, but its !important ones over them.
    // An inline !important declaration over a sheet's (as CSS cascades). What a sheet's !important gives is written
    // inline too, so the shared walk reads the colour the agent sees (rev-page16: dark !important over inline white).
    const inline = el.getAttribute('style') ?? '';
    const inlineUrgent = declarationsOf(inline, true);
    const urgent = [...(important.get(el) ?? [])].filter(([p]) => !inlineUrgent.has(p));
    const d = new Map([...(declared.get(el) ?? []), ...declarationsOf(inline), ...urgent, ...inlineUrgent]);
    if (urgent.length) {
      // In place of the inline ones they beat: the shared walk takes white text wherever it is in a style.
      const beaten = new RegExp(`(^|;)\\s*(?:${urgent.map(([p]) => p).join('|')})\\s*:[^;]*`, 'gi');
      el.setAttribute('style', `${inline.replace(beaten, '$1')};${urgent.map(([p, v]) => `${p}:${v}`).join(';')}`);
    }
    const sizeValue = d.get('font-size');
    const font = sizeValue === undefined ? parent.font : fontSize(sizeValue, parent.font);
    const ownOpacity = d.get('opacity');
    // An opacity that cannot be read (var(), calc()) counts as none: the text is kept from the model.
    const opacity = ownOpacity === undefined ? parent.opacity : parent.opacity * Math.min(1, opacityOf(ownOpacity));
    const scale = parent.scale * shrinkOf(d);
    if (!(opacity >= SMALL) || !(scale >= SMALL) || hidesContent(d, font)) return drop(el);
    // A font too small to read hides the element's own text, not its children's: e-mail templates (MJML's columns)
    // set font-size 0 on a row of inline blocks to close the gaps and size each block again (page12).
    const tiny = !(font >= MIN_SIZE);
    // Colours: the text colour (text fill wins over color, as in WebKit; a <font>'s color and a <body>'s text
    // attributes count), then the background painted here, which may be that colour (currentColor).
    const legacy = tag === 'font' ? 'color' : tag === 'body' ? 'text' : 'data-none';
    const fill = d.get('-webkit-text-fill-color') ?? d.get('color') ?? el.getAttribute(legacy) ?? '';
    const c = fill ? parseColour(fill, !d.has('color') && !d.has('-webkit-text-fill-color')) : 'inherit';
    // A link keeps the browser's blue unless told otherwise: it does not take its parent's colour.
    const colour = c === 'inherit' ? (tag === 'a' && el.hasAttribute('href') && !fill ? LINK_BLUE : parent.colour) : c;
    const bg = backgroundOf(d, el, colour);
    const background =
      bg === undefined || bg === 'inherit'
        ? parent.background
        : bg === null || parent.background === null
          ? null
          : over(bg, parent.background);
    const here: Inherited = { colour, background, font, opacity, scale };
    if (
      ownText(el) &&
      (tiny || colour === null || colour[3] < SMALL || (background !== null && near(over(colour, background), background)))
    ) {
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
    // Its size is read here, down the tree: the shared checks, which hide a tiny font's whole subtree, no longer see it.
    if (tiny) el.setAttribute('style', `${el.getAttribute('style')}`.replace(/font(?:-size)?\s*:[^;]*/gi, ''));
    for (const child of Array.from(el.children)) walk(child, here);
  };
  walk(body, { colour: [0, 0, 0, 1], background: [255, 255, 255, 1], font: 16, opacity: 1, scale: 1 });
  return dropped;
}

const ownText = (el: Element) => {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return true;
  return false;
};

/** A drop-down shows its selected option (the first when none is); a list box (multiple, size) shows them all. */
function dropUnselected(select: Element, drop: (el: Element) => void) {
  // As HTML reads a size: '1e3' is 1, '0x10' is 0.
  if (select.hasAttribute('multiple') || parseInt(select.getAttribute('size')!, 10) > 1) return;
  const options = Array.from(select.querySelectorAll('option'));
  const shown = options.find((o) => o.hasAttribute('selected')) ?? options[0];
  for (const option of options) if (option !== shown) drop(option);
}
