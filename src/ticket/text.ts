// Plain text from a helpdesk DOM subtree, the way an agent sees it: blocks on their own lines,
// paragraphs apart, list items marked, whitespace collapsed. Written against the bare DOM
// (childNodes, localName, getAttribute) so it runs the same in the browser and in linkedom, where
// there is no layout and `innerText` does not exist.

import { hiddenBySheets, hiddenFromReader } from './hidden-style';

export { CSS_COMMENT, cssDecoded, hiddenBySheets } from './hidden-style';

export interface ElementTextOptions {
  /** Elements (below the root) whose whole subtree is left out, e.g. quoted history. */
  skip?: (el: Element) => boolean;
  /** hiddenBySheets of the message root the text is part of; the element's own when absent. */
  hiddenBySheets?: ReadonlySet<Element>;
}

/**
 * Elements whose content a browser shows only where it cannot show the element itself, or never as text: a
 * datalist's options, ruby's fallback parentheses, MathML (the REST reading's checks drop these too).
 */
export const FALLBACK_TAGS = 'iframe object video audio canvas noembed noframes datalist rp math';
/** Never message text: code, styles, inert templates, fallback content and the page's own controls. */
const NEVER_TEXT = new Set(`script style template noscript head title svg button ${FALLBACK_TAGS}`.split(' '));
/** Blocks that stand apart by a blank line. */
const PARAGRAPH = new Set('p h1 h2 h3 h4 h5 h6 blockquote pre table hr figure'.split(' '));
/** Blocks that start on a new line. */
const BLOCK = new Set(
  (
    'div section article header footer main nav aside address form fieldset ul ol li dl dt dd tr ' +
    'details summary figcaption caption legend'
  ).split(' '),
);
const ELEMENT_NODE = 1;
/** List levels a list item's indent shows; deeper ones are indented as this one. */
const MAX_LIST_INDENT = 8;
const TEXT_NODE = 3;

/**
 * The text of `el` as an agent reads it; `el` itself is read even when its attributes hide it (it may be
 * a closed tab), not when the message's sheets do. The builder's state and the walk are this function's
 * closure: the names of an object's fields would ship in the content script as they are written.
 */
export function elementText(el: Element, options: ElementTextOptions = {}): string {
  const { skip, hiddenBySheets: bySheets = hiddenBySheets(el) } = options;
  let out = '';
  // The line breaks `out` ends with and its last character, kept as it grows: testing its end with a regex
  // (/\n*$/) or endsWith at every break flattened and scanned the whole text, the square of its length.
  // Blanks before a break stay in `out`; the last step drops every line's.
  let endBreaks = 0;
  let last: string | undefined;
  const append = (s: string) => {
    out += s;
    let k = s.length;
    while (s[k - 1] === '\n') k--;
    endBreaks = k ? s.length - k : endBreaks + s.length;
    last = s[s.length - 1];
  };
  /** Line breaks the next text starts after (1 = new line, 2 = new paragraph). */
  let pendingBreaks = 0;
  let pendingSpace = false;
  const lineBreaks = (n: number) => {
    pendingBreaks = Math.max(pendingBreaks, n);
    pendingSpace = false;
  };
  const space = () => (pendingSpace = true);
  const flushBreaks = () => {
    if (pendingBreaks > 0 && out) {
      if (pendingBreaks > endBreaks) append('\n'.repeat(pendingBreaks - endBreaks));
      pendingSpace = false;
    }
    pendingBreaks = 0;
  };
  const text = (raw: string, preserveWhitespace = false) => {
    let s = preserveWhitespace ? raw.replace(/\r\n?/g, '\n') : raw.replace(/\s+/g, ' ');
    if (!s) return;
    if (!preserveWhitespace && s.startsWith(' ')) {
      pendingSpace = true;
      s = s.slice(1);
    }
    const trailingSpace = !preserveWhitespace && s.endsWith(' ');
    if (trailingSpace) s = s.slice(0, -1);
    if (s) {
      flushBreaks();
      if (pendingSpace && out && last !== '\n' && last !== ' ') append(' ');
      append(s);
      pendingSpace = false;
    }
    if (trailingSpace) pendingSpace = true;
  };

  /** An ordered list's items' numbers, counted once a list: each item counting its siblings was quadratic (20,000: 85 s). */
  const ordinals = new Map<Element, Map<Element, number>>();
  const ordinal = (list: Element, item: Element): number => {
    let numbers = ordinals.get(list);
    if (!numbers) {
      numbers = new Map();
      for (let child = list.firstChild; child; child = child.nextSibling)
        if (child.nodeType === ELEMENT_NODE && (child as Element).localName === 'li') numbers.set(child as Element, numbers.size + 1);
      ordinals.set(list, numbers);
    }
    return numbers.get(item) ?? 1;
  };

  const walkChildren = (node: Node, listDepth: number, inPre: boolean) => {
    // Sibling links, not [...childNodes]: no array per element on the read hot path.
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) text(child.nodeValue ?? '', inPre);
      else if (child.nodeType === ELEMENT_NODE) walkElement(child as Element, listDepth, inPre);
    }
  };

  const walkElement = (el: Element, listDepth: number, inPre: boolean): void => {
    // Lower case for an HTML element of an HTML document (a helpdesk page, linkedom's parseHTML): no toLowerCase.
    const tag = el.localName;
    if (NEVER_TEXT.has(tag) || skip?.(el)) return;
    // A hidden spacer's blank still parts the words around it ("Hi<span style=font-size:1px> </span>there").
    if (hiddenFromReader(el, bySheets)) return void (el.textContent?.trim() || space());
    if (tag === 'br') {
      // Always one more line break, so two <br> give an empty line.
      flushBreaks();
      append('\n');
      return;
    }
    // A closed <details> shows the agent its summary only, a closed <dialog> nothing, a drop-down (not a list
    // box) its selected option, the first when none is. A size is read as HTML reads it ('1e3' is 1, '0x10' 0);
    // '~~' makes one that is no number 0, not NaN: terser's unsafe_comps turns !(size > 1) into 1 >= size,
    // which NaN fails, and the built script read every option of <select size="x">.
    if ((tag === 'details' || tag === 'dialog') && !el.hasAttribute('open')) {
      const summary = tag === 'details' && el.querySelector(':scope > summary');
      return summary ? walkElement(summary, listDepth, inPre) : undefined;
    }
    if (tag === 'select' && !el.hasAttribute('multiple') && !(~~parseInt(el.getAttribute('size')!, 10) > 1)) {
      const option = el.querySelector('option[selected]') ?? el.querySelector('option');
      return option ? walkElement(option, listDepth, inPre) : undefined;
    }
    if (tag === 'img') {
      // Mail clients and chat widgets draw emoji as images; the emoji is part of what the customer said. Any image's
      // alt or data-emoji without a letter or a digit is read as one (a class saying emoji is not needed); words and
      // digits never are: an alt is what the image says when it does not load, not what the agent sees (page12), and
      // digits are data (a card or phone number in an alt: review of page12).
      const emoji = el.getAttribute('data-emoji') ?? el.getAttribute('alt');
      if (emoji && !/[\p{L}\p{N}]/u.test(emoji)) text(emoji);
      return;
    }
    if (tag === 'td' || tag === 'th') {
      space();
      walkChildren(el, listDepth, inPre);
      space();
      return;
    }
    const breaks = PARAGRAPH.has(tag) ? 2 : BLOCK.has(tag) ? 1 : 0;
    if (breaks) lineBreaks(breaks);
    if (tag === 'li') {
      const parent = el.parentElement;
      const ordered = parent?.localName === 'ol';
      // At most MAX_LIST_INDENT levels: each deeper one added two characters to every item, so 12 KB of nested lists
      // read into 1.2 M characters (and a 4 MB page reading into a billion).
      const indent = '  '.repeat(Math.min(MAX_LIST_INDENT, Math.max(0, listDepth - 1)));
      text(`${indent}${ordered ? `${ordinal(parent, el)}.` : '-'}\u00a0`, true);
    }
    walkChildren(el, tag === 'ul' || tag === 'ol' ? listDepth + 1 : listDepth, inPre || tag === 'pre');
    if (breaks) lineBreaks(breaks);
  };

  if (!bySheets.has(el)) walkChildren(el, 0, el.localName === 'pre');
  return (
    out
      // Every line's closing blanks (and any other white space: none shows at a line's end). trimEnd is linear;
      // /[ \t\u00a0]+$/ tried from every blank of a run, the square of its length (100,000 spaces in a <pre>
      // before a letter took 16 s).
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      // The no-break space after list markers only protected them from collapsing.
      .replace(/\u00a0/g, ' ')
  );
}

/** Whether the checks above hide some text of a parsed message (its attributes, its sheets, a closed <details>). */
export function hidesText(body: Element): boolean {
  const bySheets = hiddenBySheets(body);
  const hidden = (el: Element) =>
    !NEVER_TEXT.has(el.localName) &&
    (hiddenFromReader(el, bySheets) || (el.localName === 'details' && !el.hasAttribute('open'))) &&
    el.textContent?.trim();
  return [...body.querySelectorAll('*')].some(hidden);
}

// The writing direction is its own file: the content scripts read it without this walk.
export { directionOfText, textDirection } from './direction';
