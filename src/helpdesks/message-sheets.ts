// A message's own style sheets, read for what they hide and the colours they give: the part of the hidden-text
// reading (hidden-in-html.ts) that matches CSS rules, with the limits that keep a hostile sheet from stalling the
// background every extension message waits for.

import { CSS_COMMENT } from '../ticket/text';
import { declarationsOf, fontSize } from './css-values';
import { hidesContent, MIN_SIZE } from './hiding-declarations';

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
 * The message's sheets, read outside @media of a condition (whose rules hide one of two copies, or paint a dark mode): the
 * elements their rules hide, and the colours they give elements, taken by the walk under the inline ones
 * (later rules win; specificity is not weighed). A sheet that is an attack on the reading time (a query per
 * rule: 150 rules on 5,000 elements take about a second) makes the whole message count as hidden: past
 * MAX_HIDING_RULES hiding or MAX_COLOUR_RULES colour rules (a newsletter has some tens), a selector of more
 * than MAX_COMBINATORS combinators, or past SHEET_BUDGET_MS of matching.
 */
export function readSheets(root: Element): { hidden: Set<Element>; colours: Map<Element, Map<string, string>> } {
  const hidden = new Set<Element>();
  const colours = new Map<Element, Map<string, string>>();
  const allHidden = () => ({ hidden: new Set([root, ...root.querySelectorAll('*')]), colours });
  const started = Date.now();
  let colourRules = 0;
  let rules = 0;
  for (const sheet of root.querySelectorAll('style')) {
    let css = (sheet.textContent ?? '').replace(CSS_COMMENT, '').replace(/<!--|-->/g, '');
    // Unwrap @supports / @layer blocks and @media ones of no condition (innermost first); drop the other @media and
    // at-rules' blocks.
    // Eight levels deep is past any e-mail's need; deeper nesting hides rules from this reading, so it counts as hidden.
    for (let i = 0; ; i++) {
      const next = css
        .replace(/@(?:supports|layer|container|scope|document)\b[^{};]*\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}/g, '$1')
        .replace(/@layer[^{};]*;/g, '')
        // A @media rule that always applies on a screen ('@media screen', 'all', none) is a top-level rule (page14);
        // one with a condition (a width, print, dark mode) hides one of two copies and is left.
        .replace(/@media\s*(?:(?:only\s+)?(?:screen|all)\s*)?\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}/gi, '$1');
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
