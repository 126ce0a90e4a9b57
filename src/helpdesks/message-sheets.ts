// A message's own style sheets, read for what they hide and the colours they give: the part of the hidden-text
// reading (hidden-in-html.ts) that matches CSS rules, with the limits that keep a hostile sheet from stalling the
// background every extension message waits for.

import { CSS_COMMENT } from '../ticket/text';
import { declarationsOf, fontSize } from './css-values';
import { hidesContent, MIN_SIZE } from './hiding-declarations';
import { alwaysOnScreen } from './media-queries';
import { hidingMatches } from './outer-selectors';

/** What a rule gives an element that the walk carries down the tree: its colours, and what multiplies (opacity, scales, font size). */
const STATE_PROPERTIES = [
  'color',
  '-webkit-text-fill-color',
  'background',
  'background-color',
  'opacity',
  'zoom',
  'transform',
  'scale',
  'font-size',
];
const MAX_COLOUR_RULES = 500;
const MAX_HIDING_RULES = 100;
/**
 * Combinators in one selector. linkedom matches a descendant chain that fails only at its leftmost part by
 * trying every ancestor combination: "nav div div div div div p" took 380 ms on 30 nested divs, a hundred
 * such rules minutes, all of it in the background every extension message waits for. E-mail sheets use
 * two or three ("table.body td p a").
 */
const MAX_COMBINATORS = 4;
/**
 * Selectors in one rule's list: linkedom's matcher overflows its stack on some thousands ('b0,b1,…' 14,000 long) and
 * the rule would be dropped unread. An e-mail's reset lists some tens.
 */
const MAX_SELECTORS = 200;
/** The time all of a message's sheet rules may take to match; past it the message counts as hidden. */
const SHEET_BUDGET_MS = 250;
const combinators = (selectorList: string) =>
  Math.max(...selectorList.split(',').map((one) => one.trim().split(/\s*[>+~]\s*|\s+/).length - 1));
/** Declarations by element, as the message's sheets give them. */
type Declared = Map<Element, Map<string, string>>;
/**
 * The message's sheets, read outside @media of a condition (whose rules hide one of two copies, or paint a dark mode): the
 * elements their rules hide, and the STATE_PROPERTIES they give elements (`declared`, taken by the walk under the
 * inline ones; `important`, their !important ones, over them; later rules win, specificity is not weighed). A sheet
 * whose media is not every screen (print) is left and removed from `root`, so the shared walk leaves it too. A
 * sheet that is an attack on the reading time (a query per rule: 150 rules on 5,000 elements take about a second)
 * makes the whole message count as hidden: past MAX_HIDING_RULES hiding or MAX_COLOUR_RULES other rules (a
 * newsletter has some tens), a selector of more than MAX_COMBINATORS combinators, or past SHEET_BUDGET_MS of matching.
 */
export function readSheets(root: Element, placed = false): { hidden: Set<Element>; declared: Declared; important: Declared } {
  const hidden = new Set<Element>();
  const declared: Declared = new Map();
  const important: Declared = new Map();
  const allHidden = () => ({ hidden: new Set([root, ...root.querySelectorAll('*')]), declared, important });
  const started = Date.now();
  let colourRules = 0;
  let rules = 0;
  for (const sheet of root.querySelectorAll('style')) {
    if (!alwaysOnScreen(sheet.getAttribute('media') ?? '')) {
      sheet.remove();
      continue;
    }
    let css = (sheet.textContent ?? '').replace(CSS_COMMENT, '').replace(/<!--|-->/g, '');
    // Unwrap @supports / @layer blocks and @media ones of no condition (innermost first); drop the other @media and
    // at-rules' blocks.
    // Eight levels deep is past any e-mail's need; deeper nesting hides rules from this reading, so it counts as hidden.
    for (let i = 0; ; i++) {
      const next = css
        // Each at-rule's prelude is taken whether a block follows or not (left as it is then): one that may fail is
        // tried again from every '@' inside it, a sheet of '@supports ' repeated (quadratic).
        .replace(
          /@(?:supports|layer|container|scope|document)\b[^{};]*(?:\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\})?/g,
          (all, inner?: string) => inner ?? all,
        )
        .replace(/@layer[^{};]*;?/g, (all) => (all.endsWith(';') ? '' : all))
        // A @media rule that always applies on a screen ('@media screen', 'all', none, '(min-width:0)', 'not print') is a
        // top-level rule (page14, page16); one with a condition (a width, print, dark mode) hides one of two copies and
        // is left. The prelude stops at the next '@' (linear on a sheet of '@media ' repeated).
        .replace(/@media([^{};@]*)\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}/gi, (all, query: string, inner: string) =>
          alwaysOnScreen(query) ? inner : all,
        );
      if (next === css) break;
      if (i === 8) return allHidden();
      css = next;
    }
    // Other at-rules with their block or ';'; a prelude that ends otherwise (the sheet's end, a '}', a block nested
    // deeper) goes alone, its block's rules read as top-level ones: a prelude that may fail was tried again from every
    // '@' inside it, 32 s on a sheet of 100,000 '@'.
    css = css.replace(/@[^{};]*(?:\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|;)?/g, '');
    for (const [, selector, block] of css.matchAll(/(?<=^|[{}])([^{}]+)\{([^{}]*)\}/g)) {
      const d = declarationsOf(block!);
      const size = d.get('font-size');
      const hides = hidesContent(d, 16) || (size !== undefined && !(fontSize(size, 16) >= MIN_SIZE));
      const state = STATE_PROPERTIES.filter((p) => d.has(p));
      if (hides && ++rules > MAX_HIDING_RULES) return allHidden();
      if (!hides && !state.length) continue;
      if (!hides && ++colourRules > MAX_COLOUR_RULES) return allHidden();
      if (combinators(selector!) > MAX_COMBINATORS || Date.now() - started > SHEET_BUDGET_MS) return allHidden();
      const matched = matchable(selector!);
      if (matched.length > MAX_SELECTORS) return allHidden();
      if (!matched.length) continue;
      const urgent = declarationsOf(block!, true);
      try {
        // A hiding rule may match through the page's markup around the message (outer-selectors.ts); others only inside it.
        for (const el of hides ? hidingMatches(root, matched, placed) : root.querySelectorAll(matched.join(','))) {
          if (hides) hidden.add(el);
          else {
            for (const p of state) {
              const into = urgent.has(p) ? important : declared;
              const own = into.get(el) ?? new Map<string, string>();
              own.set(p, d.get(p)!);
              into.set(el, own);
            }
          }
        }
      } catch {
        /* not a selector list: CSS drops the rule too */
      }
    }
  }
  return { hidden, declared, important };
}

/**
 * A selector list as linkedom can match it: a rule of ::first-line or ::first-letter styles its element's text (its
 * whole element here: fail-safe); other pseudo-elements (::before, ::marker) style no text of the message and are
 * left; :lang() and :dir() are taken as matching, since the language is the page's (fail-safe). Each selector once.
 */
function matchable(selectorList: string): string[] {
  const selectors = new Set<string>();
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= selectorList.length; i++) {
    const c = selectorList[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === undefined || (c === ',' && depth === 0)) {
      const one = selectorList
        .slice(start, i)
        .trim()
        .replace(/::?first-(?:line|letter)\b/gi, '')
        .replace(/:(?:lang|dir)\([^()]*\)/gi, '');
      if (one && !/::/.test(one)) selectors.add(one);
      start = i + 1;
    }
  }
  return [...selectors];
}
