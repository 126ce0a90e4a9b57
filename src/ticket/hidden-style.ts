// Which elements of a message the author hid from the reader (inline styles, attributes, the message's own sheets),
// read from the bare DOM so it runs the same in the browser and in linkedom. text.ts walks what is left into text.

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
// brightness or contrast filter (turns dark text white or grey), a blend mode other than normal (not
// background-blend-mode), an off-screen start inset.
// page14: a clip-path inset of 50 % on any side (fail-safe: 'inset(0 50%)' meets in the middle; a lone left one is
// dropped too; not a rounded corner, 'inset(0 round 50%)'), an alpha under a tenth ('rgba(0,0,0,.05)'), any blur
// filter, a scale of one-digit percent, a matrix (or matrix3d) whose first column is under a tenth, the scale property
// at 0.0x or .0x, a logical size of no room ('block-size:0', clipped), an indent of 1,000 (px, em, %) and up, or of
// 100 and up in a box that clips (the image-replacement trick; a letter's first-line indent of 108pt stays).
// The filters are the filter property's (and -webkit-filter's), not backdrop-filter's, which blurs what is behind a
// frosted-glass card and leaves its text sharp: functions ending in r, s or t before '(' (blur, brightness, contrast,
// invert; also var( and color(, fail-safe), read up to the next ':' (linear), for bytes (review of page14).
// page15: a colour the page cannot read, any function but rgb() and hsl() (var(), hwb(), color(), light-dark(),
// oklab(): unknown is hidden, whatever is behind it; an honest oklch() too, which the REST reading reads), and an
// opacity or zoom set by var().
// Letters pulled together by a letter-spacing of -100 px (-10 em) or more, as the off-screen group reads it (page15).
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
  /display:none|visibility:(?:hidden|collapse)|(?:font(?:-size)?:[a-z-]*(?:\d00)?(?:(?:0?\.\d+|[01](?:\.0+)?)(?:px|pt)|0?\.0\d*r?em|\d(?:\.\d+)?%|0\.?0*[a-z]*)|(?:(?:^|[;:)])opacity[:(]|zoom:)(?:[\d.]*e?-[\d.]*|0*\.0\d*|0*\d?(?:\.\d+)?%|0|var\(.*)%?)(?:[;/)]|$)|(?:^|;)(?:-webkit-text-fill-)?color:(?:[^;]*transparent|(?!rgb|hsl)[\w-]+\(|\w+\((?:(?:[^,);]*,){3}|[^/);]*\/)0*(?:\.0\d*)?%?\)|#(?:[\da-f]{3}){1,2}00?\b)|clip:rect\((?:0|1px)|clip-path:(?:inset\([^()d]*(?:5|10)0%|(?:circle|ellipse)\(0[^.1-9]|polygon\([0px%,]+\))|transform:[^:]*(?:scale\w*\((?:[^,()]*,)?|matrix\w*\((?:0?\.0\d*|0),)(?:0?\.0\d*|0|\d%)%?[,)]|(?:^|;)scale:(?:0?\.0|0(?:[%\d;]|$)|[\d.]*0(?:;|$))|(?:transform:[^:]*rotate(?:[xy]\(|3d\([^,()]*,[^,()]*,0,)|(?:^|;)rotate:(?:[xy]|[\d.-]*0))-?(?:(?:27|9)0deg|[13]00grad|0?\.[27]5turn|(?:1\.57|4\.71)\d*rad)(?:[;)]|$)|(?:^|;)(?:margin(?:-left|-top)?:[^;]*-(?:\d{4}|(?:[7-9]|\d\d)\dr?em)|(?:(?:inset-[a-z]+-star|lef|righ|to)t:|text-indent:|letter-spacing:|translate:|transform:[^:]*translate[xy3d]*\((?:[^,()]*,)?)-(?:\d{3,}(?:\.\d+)?[a-z]*|\d{2,}(?:\.\d+)?r?em)(?:[;,)]|$))|mso-hide:all|text-indent:\d{4}|(?<!p-)filter:[^:;]*[rst]\(|mix-blend-mode:[^n]/;
// A C comment, matched without backtracking (linear on a style attribute full of "/*").
export const CSS_COMMENT = /\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g;
// A box 0 (in any unit), under a pixel or 1 px high or wide, or lines 0 high, hiding its text when it clips (overflow
// hidden or clip). Sizes of a box (block-, inline-, mask-size), not a background-size, which hides no text (page15). A unitless 1 is not a length (CSS ignores 'height:1'), and 'line-height:1' is a full line.
const NO_ROOM = /(?:^|;)(?:max-|line-)?(?:height|width|\w*[ek]-size):(?:0(?:\.\d+px)?[a-z]*|1px)(?:;|$)|text-indent:\d{3}/;
// White, or so near it (each channel 240 or more, 97 % lightness) that on the white of an e-mail it reads as none;
// the names of such colours (the system colour Canvas too), and any name ending in 'white' (antiquewhite, navajowhite: pale enough to hold back;
// nothing after 'white' but 'smoke', so a run of 'white's is tried once each, not with the rest of the run);
// commas or spaces between channels; without '#' in a legacy <font color=ffffff>. WHITE below takes it at any alpha.
const NEAR_WHITE =
  '(?:#?f[\\da-f]f[\\da-f]f[\\da-f](?:f[\\da-f])?|#fff[\\da-f]?|[a-z]*white(?:smoke)?|snow|canvas|ivory|azure|honeydew|mintcream|aliceblue|lavenderblush|(?:rgba?\\((?:(?:2[45]\\d|100%),?){3}|hsla?\\(\\d+(?:deg)?,?\\d+%,?(?:9[7-9]|100)%)[,/)])';
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
 * @media of a condition are left out: they hide a mobile or dark-mode copy while another shows. So is a colour:
 * whether white is visible depends on the background around it. One query per hiding rule, then a set
 * lookup per element: matching every element against all the rules cost seconds on 500 rules. Past
 * MAX_HIDING_RULES (an e-mail hides a preheader or two) a sheet is an attack on the reading time, and
 * the whole message counts as hidden: the cost stays linear in its size, and nothing unseen is read.
 */
// A rule's selector and declarations; a selector starts only after a brace (linear on a sheet with none).
const RULE = /(?<=^|[{}])([^{}]+)\{([^{}]*)\}/g;
// An at-rule's block with the rules inside it; and the comment markers Outlook wraps its sheets in. Not a @media that
// always applies on a screen ('@media screen', 'only screen', 'all', none): its rules read as top-level (page15; also
// a query of those words in an order CSS rejects, 'all screen', whose rules then hide nothing: fail-safe, for bytes).
// The prelude stops at the next '@': a sheet of 100,000 '@' took seconds, each scanning to the end.
const AT_BLOCK = /@(?!media(?:\s|only|screen|all)*\{)[^{};@]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|<!--|-->/gi;
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
export const hiddenFromReader = (el: Element, bySheets: ReadonlySet<Element>) => isHidden(el) || bySheets.has(el);
