// The text of a field the helpdesk renders itself (subject, status, tags, a name, an address, a field's label), for the
// content script. Those values are plain text on the helpdesk's side: no writer's HTML reaches them, so no writer's
// hiding styles either, and the content script does not carry text.ts's walk and hidden-style.ts's checks for them
// (read23: about 2 KB of each helpdesk module's gzip, docs/content-script-bytes.md). A message's text, which is
// what its writer sent, is never read here: its HTML goes to the background (page-text.ts), which reads it with those.
// What the helpdesk hides from the agent itself (`hidden`, aria-hidden) and what is never text (an icon's <svg>
// and <title>, a style, a button's label) are left out, as elementText leaves them out.
// read24 (modelled): so is what an inline style hides outright (display:none, visibility:hidden or collapse, an opacity or
// font size of 0), a closed <details>' content but its summary, a <select>'s options not chosen and a listbox's options
// not selected: the agent sees none of it, and a field's text is evidence (Freshdesk's "replied", the requester's address
// a reply is checked against). A note's markers are read from the raw text and attributes, never from here.
// rev-read24 (modelled): also with !important, a negative opacity, a transparent colour (not a background's), a scale of 0,
// a clip to nothing (rect(0 0 0 0), inset(50%)) or 1000px or more off the page. A class that hides (sr-only, hide) is not
// known here: a stylesheet's rule is not read (an honest "replied" may be an icon's screen-reader text). A number's zeros
// one way only, 0*(?:\.0*)?: read24's 0*\.?0* split them every way (a 20 KB style of zeros took 1.7 s).
const NOT_SHOWN =
  'script,style,template,noscript,title,svg,button,[hidden],[aria-hidden=true],details:not([open])>:not(summary),option:not([selected]),[role=option]:not([aria-selected=true])';
const HIDING =
  /display:none|visibility:(?:hidden|collapse)|(?:opacity|font-size):(?:-[\d.]+|0*(?:\.0*)?)[a-z%]*(?:!important)?(?:;|$)|(?:^|;)color:transparent|scale(?:[xy]?\(|:)0*(?:\.0*)?[,);]|scale:0*(?:\.0*)?$|clip(?:-path)?:(?:rect\(0[^1-9)]*\)|inset\(50%)|(?:left|top|indent):-\d{4}/;
/**
 * Hidden by its own inline style (spaces, comments and case as CSS reads them: a comment across lines, one left open runs
 * to the end; rev-read24: read24's /\*.*?\*\/ kept "opacity:/*\n*\/0" and scanned to the end from each "/*", 2.3 s on 100 KB).
 */
export const styleHides = (el: Element) => HIDING.test(`${el.getAttribute('style')}`.replace(/\s|\/\*[^]*?(?:\*\/|$)/g, '').toLowerCase());

/**
 * `el`'s shown text on one line, white space collapsed; none when its own style hides it. An element around it is not
 * asked: Zendesk keeps a ticket's workspace under visibility:hidden while its tab is being selected (two-tabs.html).
 */
export function fieldText(el: Element): string {
  if (styleHides(el)) return '';
  const copy = el.cloneNode(true) as Element;
  for (const gone of copy.querySelectorAll(`${NOT_SHOWN},[style]`)) if (gone.matches(NOT_SHOWN) || styleHides(gone)) gone.remove();
  // A closed <details>' own text outside any element (its summary stays).
  for (const closed of copy.querySelectorAll('details:not([open])'))
    for (const node of [...closed.childNodes]) if (node.nodeType === 3) node.remove();
  return `${copy.textContent}`.replace(/\s+/g, ' ').trim();
}
