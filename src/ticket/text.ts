// Plain text from a helpdesk DOM subtree, the way an agent sees it: blocks on their own lines,
// paragraphs apart, list items marked, whitespace collapsed. Written against the bare DOM
// (childNodes, localName, getAttribute) so it runs the same in the browser and in linkedom, where
// there is no layout and `innerText` does not exist.

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
const TEXT_NODE = 3;

// Inline styles that hide text from the reader while a model would still read it: the usual ways to hide
// an instruction in an e-mail (a pixel of size or less, under a tenth of opacity, of an opacity() filter, of zoom
// or of scale on either axis: scaleY(0), scaleY(0%), scale(1, 0), scale3d(1, 0, 1), matrix(0, 0, ...), the scale
// property; no colour, clipped to no area (inset 100% on any side), 100 px (pt, vw...) or 10 em off-screen by left,
// right, top, indent or transform, 1,000 px by a left or top margin (any of the shorthand's values, fail-safe: a right or bottom one too), Outlook's
// mso-hide). The scale property's values run together once spaces are gone ('scale: 1 0' reads 'scale:10'): one that
// starts with 0 before a digit or ends in 0 is taken as flat, fail-safe ('scale: 10', 'scale: 1.0' are dropped too).
// Turned edge-on: a quarter turn (90 or 270 deg, 100 or 300 grad, .25 or .75 turn, 1.57 or 4.71 rad) about X, Y or any
// axis of the page's plane (rotate3d(x, y, 0, a); the rotate property's 'x 90deg' or '1 0 0 90deg', read as a value
// ending in 0 before the angle), which leaves the text no height or width on screen. 'rotate: 90deg' turns the text
// within the page and is read.
// The font shorthand's size counts as a font-size, after its style and weight keywords ('font: 0/0 a',
// 'font: bold 0 a'; spaces are gone, so 'font: 700 0 a' reads 'font:7000a': a weight of hundreds is taken off first).
// No alpha: a fourth value or one after a slash ('rgb(0 0 0 / 0)') of zero, or 4- and 8-digit hex ending in 0.
// Left to the REST reading (the content scripts are at their size budget): a matrix flat on its second axis only.
// Not read yet (the walk would carry state from an ancestor): opacities that multiply to under a tenth (.3 in .2; the
// REST reading's hidden-in-html.ts drops them), and
// a child that sets its own font size inside a font-size 0 wrapper, which is held back with it (fail-safe).
// page13, as the REST reading: a colour that mixes in transparent (color-mix at any share, fail-safe), any invert,
// brightness or contrast filter (turns dark text white or grey; matched by the function names' ends, 'vert(' 'ness('
// 'rast(', for bytes), a blend mode other than normal (not background-blend-mode), an off-screen start inset.
// Declarations are read with comments, escapes and spaces gone ("display:/**/none", "dis\70 lay:none").
// page12: an opacity or zoom below zero, in exponent form (1e-3, any: 5e-1 is dropped too, fail-safe) or under a whole
// percent (0.5%, .5%, 00.05) is none; a left or top margin of 70 em or more (over 1,000 px at 16 px) is off-screen.
// An opacity is the property or a filter's function (after ':' or another function), not a custom property's name
// ('--tw-bg-opacity:0', Tailwind's on every coloured element); an overflow is not text-overflow.
// A colour of no alpha is the text's own (color, a WebKit text fill), not background-color:transparent, which
// every span of a Google Docs paste has.
// Linear on a hostile style: a transform's functions are read up to the next ':' (never past the next property),
// and a function's first argument up to the next '(' ('transform:scale(' 6,400 times took minutes with '[^;]*').
const HIDING_STYLE =
  /display:none|visibility:(?:hidden|collapse)|(?:font(?:-size)?:[a-z-]*(?:\d00)?(?:(?:0?\.\d+|[01](?:\.0+)?)(?:px|pt)|0?\.0\d*r?em|\d(?:\.\d+)?%|0\.?0*[a-z]*)|(?:(?:^|[;:)])opacity[:(]|zoom:)(?:[\d.]*e?-[\d.]*|0*\.0\d*|0*\d?(?:\.\d+)?%|0)%?)(?:[;/)]|$)|(?:^|;)(?:-webkit-text-fill-)?color:(?:[^;]*transparent|\w+\((?:(?:[^,);]*,){3}|[^/);]*\/)0*\.?0+%?\)|#(?:[\da-f]{3}){1,2}00?\b)|clip:rect\((?:0|1px)|clip-path:(?:inset\((?:50%|[^()]*100%)|(?:circle|ellipse)\(0[^.1-9]|polygon\([0px%,]+\))|transform:[^:]*(?:scale\w*\((?:[^,()]*,)?|matrix\(0,)(?:0?\.0\d*|0)%?[,)]|(?:^|;)scale:(?:0(?:[%\d;]|$)|[\d.]*0(?:;|$))|(?:transform:[^:]*rotate(?:[xy]\(|3d\([^,()]*,[^,()]*,0,)|(?:^|;)rotate:(?:[xy]|[\d.-]*0))-?(?:(?:27|9)0deg|[13]00grad|0?\.[27]5turn|(?:1\.57|4\.71)\d*rad)(?:[;)]|$)|(?:^|;)(?:margin(?:-left|-top)?:[^;]*-(?:\d{4}|(?:[7-9]|\d\d)\dr?em)|(?:(?:inset-[a-z]+-star|lef|righ|to)t:|text-indent:|translate:|transform:[^:]*translate[xy3d]*\((?:[^,()]*,)?)-(?:\d{3,}(?:\.\d+)?[a-z]*|\d{2,}(?:\.\d+)?r?em)(?:[;,)]|$))|mso-hide:all|(?:vert|ness|rast)\(|mix-blend-mode:[^n]/;
// A C comment, matched without backtracking (linear on a style attribute full of "/*").
export const CSS_COMMENT = /\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g;
// A box 0 (in any unit), under a pixel or 1 px high or wide, or lines 0 high, hiding its text when it clips (overflow
// hidden or clip). A unitless 1 is not a length (CSS ignores 'height:1'), and 'line-height:1' is a full line.
const NO_ROOM = /(?:^|;)(?:max-|line-)?(?:height|width):(?:0(?:\.\d+px)?[a-z]*|1px)(?:;|$)/;
// White, or so near it (each channel 240 or more, 97 % lightness) that on the white of an e-mail it reads as none;
// the names of such colours, and any name ending in 'white' (antiquewhite, navajowhite: pale enough to hold back;
// nothing after 'white' but 'smoke', so a run of 'white's is tried once each, not with the rest of the run);
// commas or spaces between channels; without '#' in a legacy <font color=ffffff>. WHITE below takes it at any alpha.
const NEAR_WHITE =
  '(?:#?f[\\da-f]f[\\da-f]f[\\da-f](?:f[\\da-f])?|#fff[\\da-f]?|[a-z]*white(?:smoke)?|snow|ivory|azure|honeydew|mintcream|aliceblue|lavenderblush|(?:rgba?\\((?:(?:2[45]\\d|100%),?){3}|hsla?\\(\\d+(?:deg)?,?\\d+%,?(?:9[7-9]|100)%)[,/)])';
// Any alpha: white made translucent over the white pane is still white (1% or 70% no less hidden than 1).
const WHITE = new RegExp(`(?:^|;)color:${NEAR_WHITE}(?:[\\d.]+%?\\))?(?:;|$)`);
// A background that is a colour (or an image), not none, transparent or white, in the last declaration that sets
// it ("background:#222;background:transparent" is clear). The lazy look-ahead stops at the next one: linear.
const COLOURED = new RegExp(`background(?:-color)?:(?!none|transparent|${NEAR_WHITE})(?!.*?background(?:-color)?:)`);

/** Whether declarations (comments and spaces gone, lower case) hide their element's text whatever is around it. */
const hidesOutright = (style: string) => HIDING_STYLE.test(style) || (NO_ROOM.test(style) && /(?:^|;)overflow:(?:hidden|clip)/.test(style));
// A CSS escape by code ("\70 " is "p", with the one blank that ends it). Decoded as a UTF-16 unit, which
// never throws and is right for every keyword (all ASCII: a code past U+FFFF can misread as hiding, never as
// showing); other escapes ("d\isplay") just lose the backslash.
const CSS_HEX_ESCAPE = /\\([\da-f]{1,6})\s?/gi;
/** CSS text with its comments gone and its escapes by code decoded (the REST reading's checks read it too). */
export const cssDecoded = (css: string) =>
  css.replace(CSS_COMMENT, '').replace(CSS_HEX_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const declarations = (css: string) =>
  cssDecoded(css)
    .replace(/[\s\\]+/g, '')
    .toLowerCase()
    .replace(/!important/g, '');

/**
 * Elements the author hid. Hidden text is also a prompt-injection channel, so it is not read. A <font>'s colour counts
 * as its color declaration. White text is hidden unless the nearest background a style sets, its own or an ancestor's
 * (a dark header, a dark-mode e-mail), is a colour; a bgcolor is not looked at (the REST reading composites it).
 */
function isHidden(el: Element): boolean {
  const style = declarations(`color:${el.getAttribute('color')};${el.getAttribute('style')}`);
  return (
    el.matches('[hidden],[aria-hidden=true]') ||
    hidesOutright(style) ||
    (WHITE.test(style) && !COLOURED.test(declarations(`${el.closest('[style*=backg i]')?.getAttribute('style')}`)))
  );
}

/**
 * The elements below `root` that a rule of the sheets inside it hides (an e-mail's own <style>:
 * ".x{display:none}"); the attribute checks cannot see a class. Read from the sheet's text, so it
 * works without a browser too (the CLI on a saved page) and costs no style computation. Rules inside
 * @media are left out: they hide a mobile or dark-mode copy while another shows. So is a colour:
 * whether white is visible depends on the background around it. One query per hiding rule, then a set
 * lookup per element: matching every element against all the rules cost seconds on 500 rules. Past
 * MAX_HIDING_RULES (an e-mail hides a preheader or two) a sheet is an attack on the reading time, and
 * the whole message counts as hidden: the cost stays linear in its size, and nothing unseen is read.
 */
// A rule's selector and declarations; a selector starts only after a brace (linear on a sheet with none).
const RULE = /(?<=^|[{}])([^{}]+)\{([^{}]*)\}/g;
// An at-rule's block with the rules inside it; and the comment markers Outlook wraps its sheets in.
const AT_BLOCK = /@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|<!--|-->/g;
const MAX_HIDING_RULES = 100;
export function hiddenBySheets(root: Element): Set<Element> {
  const hidden = new Set<Element>();
  let hidingRules = 0;
  for (const sheet of root.querySelectorAll('style')) {
    for (const [, selector, body] of (sheet.textContent ?? '').replace(CSS_COMMENT, '').replace(AT_BLOCK, '').matchAll(RULE)) {
      try {
        // Throws on what is not a selector list ("from"); CSS drops such a rule too.
        if (!hidesOutright(declarations(body!))) continue;
        if (++hidingRules > MAX_HIDING_RULES) return new Set([root, ...root.querySelectorAll('*')]);
        for (const el of root.querySelectorAll(selector!)) hidden.add(el);
      } catch {
        /* not a rule that applies */
      }
    }
  }
  return hidden;
}

/** Hidden by its own attributes or by a rule of the message's sheets. */
const hiddenFromReader = (el: Element, bySheets: ReadonlySet<Element>) => isHidden(el) || bySheets.has(el);

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
      const indent = '  '.repeat(Math.max(0, listDepth - 1));
      const index = parent ? [...parent.children].filter((c) => c.localName === 'li').indexOf(el) : 0;
      text(`${indent}${ordered ? `${index + 1}.` : '-'}\u00a0`, true);
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

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_CHAR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/** Direction of the first strongly directional letter, as `dir="auto"` resolves it. */
export function directionOfText(text: string): 'ltr' | 'rtl' | undefined {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl';
    if (LTR_CHAR.test(ch)) return 'ltr';
  }
  return undefined;
}

function resolveDir(el: Element): 'ltr' | 'rtl' | undefined {
  const dir = (el.getAttribute('dir') ?? '').toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  if (dir === 'auto') return directionOfText(el.textContent ?? '');
  return undefined;
}

/**
 * Writing direction the page marks for `el`'s text: its own `dir`, else the first marked element
 * inside it, else the nearest marked ancestor below <body>. <html>/<body> say the agent UI's
 * language, not the message's, so they are not asked. Undefined when nothing is marked.
 */
export function textDirection(el: Element): 'ltr' | 'rtl' | undefined {
  const own = resolveDir(el);
  if (own) return own;
  const inner = el.querySelector('[dir]');
  if (inner) {
    const d = resolveDir(inner);
    if (d) return d;
  }
  for (let p = el.parentElement; p; p = p.parentElement) {
    const tag = p.localName;
    if (tag === 'body' || tag === 'html') break;
    const d = resolveDir(p);
    if (d) return d;
  }
  return undefined;
}
