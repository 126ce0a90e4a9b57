// Plain text from a helpdesk DOM subtree, the way an agent sees it: blocks on their own lines,
// paragraphs apart, list items marked, whitespace collapsed. Written against the bare DOM
// (childNodes, localName, getAttribute) so it runs the same in the browser and in linkedom, where
// there is no layout and `innerText` does not exist.

export interface ElementTextOptions {
  /** Elements (below the root) whose whole subtree is left out, e.g. quoted history. */
  skip?: (el: Element) => boolean;
}

/** Never message text: code, styles, inert templates and the page's own controls. */
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'button']);
/** Blocks that stand apart by a blank line. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'hr', 'figure']);
/** Blocks that start on a new line. */
const BLOCK = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'address',
  'form',
  'fieldset',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'tr',
  'details',
  'summary',
  'figcaption',
  'caption',
  'legend',
]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Inline styles that hide text from the reader while a model would still read it: the usual ways to hide
// an instruction in an e-mail (a pixel of size or less, under a tenth of opacity or scale, no colour,
// clipped, 100 px or 10 em off-screen, Outlook's mso-hide). Declarations are read with comments and
// spaces gone ("display:/**/none").
const HIDING_STYLE =
  /display:none|visibility:(?:hidden|collapse)|(?:font-size:(?:(?:0?\.\d+|[01](?:\.0+)?)(?:px|pt)|0?\.0\d*r?em|\d(?:\.\d+)?%|0)|opacity:(?:0?\.0\d*|0)%?)(?:!important)?(?:;|$)|color:(?:transparent|rgba\(\d+,\d+,\d+,0(?:\.0+)?\)|#[\da-f]{6}00\b)|clip:rect\((?:0|1px)|clip-path:inset\((?:50|100)%|transform:scale\((?:0?\.0\d*|0)[,)]|(?:^|;)(?:(?:left|top|text-indent):-(?:\d{3,}(?:\.\d+)?(?:px)?|\d{2,}(?:\.\d+)?r?em)|margin-left:-\d{4})(?:!important)?(?:;|$)|mso-hide:all/;
// A C comment, matched without backtracking (linear on a style attribute full of "/*").
const CSS_COMMENT = /\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g;
const NO_ROOM = /(?:^|;)(?:max-)?(?:height|width):[01](?:px)?(?:!important)?(?:;|$)/;
// White, or so near it (each channel 240 or more, 97 % lightness) that on the white of an e-mail it reads as none.
const NEAR_WHITE =
  '(?:#f[\\da-f]f[\\da-f]f[\\da-f]|#fff|white|rgba?\\(2[45]\\d,2[45]\\d,2[45]\\d[,)]|hsla?\\(\\d+(?:deg)?,\\d+%,(?:9[7-9]|100)%\\))';
const WHITE = new RegExp(`(?:^|;)color:${NEAR_WHITE}(?:!important)?(?:;|$)`);
const WHITE_BACKGROUND = new RegExp(`background(?:-color)?:${NEAR_WHITE}`);
const WHITE_ATTRIBUTE = new RegExp(`^${NEAR_WHITE}$`, 'i');

/** Whether declarations (comments and spaces gone, lower case) hide their element's text whatever is around it. */
const hidesOutright = (style: string) => HIDING_STYLE.test(style) || (NO_ROOM.test(style) && style.includes('overflow:hidden'));
/** The same, or white text with no background of its own or a white one: on an e-mail's white, invisible. */
const hides = (style: string) =>
  hidesOutright(style) || (WHITE.test(style) && (!style.includes('background') || WHITE_BACKGROUND.test(style)));
const declarations = (css: string) => css.replace(CSS_COMMENT, '').replace(/\s+/g, '').toLowerCase();

/** Elements the author hid. Hidden text is also a prompt-injection channel, so it is not read. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = declarations(el.getAttribute('style') ?? '');
  return hides(style) || (WHITE_ATTRIBUTE.test(el.getAttribute('color') ?? '') && !style.includes('background'));
}

/**
 * The selectors of the rules that hide text in the sheets inside `root` (an e-mail's own <style>:
 * ".x{display:none}"), joined for `matches`; the attribute checks cannot see a class. Read from the
 * sheet's text, so it works without a browser too (the CLI on a saved page) and costs no style
 * computation. Rules inside @media are left out: they hide a mobile or dark-mode copy while another
 * shows. So is a colour: whether white is visible depends on the background around it.
 */
// A rule's selector and declarations; a selector starts only after a brace (linear on a sheet with none).
const RULE = /(?<=^|[{}])([^{}]+)\{([^{}]*)\}/g;
// An at-rule's block with the rules inside it; and the comment markers Outlook wraps its sheets in.
const AT_BLOCK = /@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|<!--|-->/g;
function hidingSelectors(root: Element): string {
  const selectors: string[] = [];
  for (const sheet of root.querySelectorAll('style')) {
    for (const [, selector, body] of (sheet.textContent ?? '').replace(CSS_COMMENT, '').replace(AT_BLOCK, '').matchAll(RULE)) {
      try {
        // Throws on what is not a selector list ("from"); CSS drops such a rule too.
        root.matches(selector!);
        if (hidesOutright(declarations(body!))) selectors.push(selector!);
      } catch {
        /* not a rule that applies */
      }
    }
  }
  return selectors.join();
}

/** Hidden by its own attributes or by a rule of the message's sheets (`hiddenBy`, '' for none). */
const hiddenFromReader = (el: Element, hiddenBy: string) => isHidden(el) || (hiddenBy !== '' && el.matches(hiddenBy));

class TextBuilder {
  private out = '';
  private pendingBreaks = 0;
  private pendingSpace = false;

  /** Asks for the next text to start after `n` line breaks (1 = new line, 2 = new paragraph). */
  lineBreaks(n: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, n);
    this.pendingSpace = false;
  }

  /** A `<br>`: always one more line break, so two `<br>` give an empty line. */
  hardBreak(): void {
    this.flushBreaks();
    this.out = this.out.replace(/[ \t]+$/, '') + '\n';
  }

  space(): void {
    this.pendingSpace = true;
  }

  text(raw: string, preserveWhitespace = false): void {
    let s = preserveWhitespace ? raw.replace(/\r\n?/g, '\n') : raw.replace(/\s+/g, ' ');
    if (!s) return;
    if (!preserveWhitespace && s.startsWith(' ')) {
      this.pendingSpace = true;
      s = s.slice(1);
    }
    const trailingSpace = !preserveWhitespace && s.endsWith(' ');
    if (trailingSpace) s = s.slice(0, -1);
    if (s) {
      this.flushBreaks();
      if (this.pendingSpace && this.out && !this.out.endsWith('\n') && !this.out.endsWith(' ')) this.out += ' ';
      this.out += s;
      this.pendingSpace = false;
    }
    if (trailingSpace) this.pendingSpace = true;
  }

  private flushBreaks(): void {
    if (this.pendingBreaks > 0 && this.out) {
      const have = /\n*$/.exec(this.out)![0].length;
      this.out = this.out.replace(/[ \t]+$/, '') + '\n'.repeat(Math.max(0, this.pendingBreaks - have));
      this.pendingSpace = false;
    }
    this.pendingBreaks = 0;
  }

  toString(): string {
    return this.out
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

interface Walk {
  b: TextBuilder;
  /** hidingSelectors of the root, '' when its sheets hide nothing */
  hiddenBy: string;
  skip: ((el: Element) => boolean) | undefined;
  listDepth: number;
  inPre: boolean;
}

function walkChildren(node: Node, w: Walk): void {
  // Sibling links, not Array.from(childNodes): no array per element on the read hot path.
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) w.b.text(child.nodeValue ?? '', w.inPre);
    else if (child.nodeType === ELEMENT_NODE) walkElement(child as Element, w);
  }
}

function walkElement(el: Element, w: Walk): void {
  const tag = el.localName.toLowerCase();
  if (NEVER_TEXT.has(tag) || w.skip?.(el)) return;
  // A hidden spacer's blank still parts the words around it ("Hi<span style=font-size:1px> </span>there").
  if (hiddenFromReader(el, w.hiddenBy)) return el.textContent?.trim() ? undefined : w.b.space();
  if (tag === 'br') return w.b.hardBreak();
  // A closed <details> shows the agent its summary only.
  if (tag === 'details' && !el.hasAttribute('open')) {
    const summary = el.querySelector(':scope > summary');
    return summary ? walkElement(summary, w) : undefined;
  }
  if (tag === 'img') {
    // Mail clients and chat widgets draw emoji as images; the emoji is part of what the customer said.
    const emoji = el.getAttribute('data-emoji') ?? (/emoji/i.test(el.getAttribute('class') ?? '') ? el.getAttribute('alt') : null);
    if (emoji) w.b.text(emoji);
    return;
  }
  if (tag === 'td' || tag === 'th') {
    w.b.space();
    walkChildren(el, w);
    w.b.space();
    return;
  }
  const breaks = PARAGRAPH.has(tag) ? 2 : BLOCK.has(tag) ? 1 : 0;
  if (breaks) w.b.lineBreaks(breaks);
  if (tag === 'li') {
    const parent = el.parentElement;
    const ordered = parent?.localName.toLowerCase() === 'ol';
    const indent = '  '.repeat(Math.max(0, w.listDepth - 1));
    const index = parent
      ? Array.from(parent.children)
          .filter((c) => c.localName.toLowerCase() === 'li')
          .indexOf(el)
      : 0;
    w.b.text(`${indent}${ordered ? `${index + 1}.` : '-'}\u00a0`, true);
  }
  const inner: Walk = {
    ...w,
    listDepth: tag === 'ul' || tag === 'ol' ? w.listDepth + 1 : w.listDepth,
    inPre: w.inPre || tag === 'pre',
  };
  walkChildren(el, inner);
  if (breaks) w.b.lineBreaks(breaks);
}

/** The text of `el` as an agent reads it; `el` itself is read even when hidden (it may be a closed tab). */
export function elementText(el: Element, options: ElementTextOptions = {}): string {
  const b = new TextBuilder();
  walkChildren(el, { b, skip: options.skip, hiddenBy: hidingSelectors(el), listDepth: 0, inPre: el.localName.toLowerCase() === 'pre' });
  // The no-break space after list markers only protected them from collapsing.
  return b.toString().replace(/\u00a0/g, ' ');
}

const parseHtml = (html: string): Document | null =>
  typeof DOMParser === 'undefined' ? null : new DOMParser().parseFromString(html, 'text/html');

/**
 * A message's HTML, parsed, when it hides some of its text (then read it as shown, with
 * `splitMessageElement`), else null (its plain body is the same words). The REST readers take the
 * helpdesk's plain-text body, which the helpdesk makes from the HTML hidden text and all: an e-mail's
 * `display:none` instruction would reach the model by the API where the page reading leaves it out.
 * The parsed document is inert (no scripts run, nothing loads).
 */
export function hidingHtml(html: string, parse = parseHtml): Element | null {
  if (!/style|hidden|color|<details/i.test(html)) return null; // nothing could hide: no parse on the read path
  const body = parse(`<!doctype html><html><body>${html}</body></html>`)?.body;
  if (!body) return null;
  const hiddenBy = hidingSelectors(body);
  const hidden = (el: Element) =>
    !NEVER_TEXT.has(el.localName) &&
    (hiddenFromReader(el, hiddenBy) || (el.localName === 'details' && !el.hasAttribute('open'))) &&
    el.textContent?.trim();
  return Array.from(body.querySelectorAll('*')).some(hidden) ? body : null;
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
    const tag = p.localName.toLowerCase();
    if (tag === 'body' || tag === 'html') break;
    const d = resolveDir(p);
    if (d) return d;
  }
  return undefined;
}
