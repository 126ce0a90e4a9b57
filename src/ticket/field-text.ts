// The text of a field the helpdesk renders itself (subject, status, tags, a name, an address, a field's label), for the
// content script. Those values are plain text on the helpdesk's side: no writer's HTML reaches them, so no writer's
// hiding styles either, and the content script does not carry text.ts's walk and hidden-style.ts's checks for them
// (read23: about 2 KB of each helpdesk module's gzip, docs/content-script-bytes.md). A message's text, which is
// what its writer sent, is never read here: its HTML goes to the background (page-text.ts), which reads it with those.
// What the helpdesk hides from the agent itself (`hidden`, aria-hidden) and what is never text (an icon's <svg>
// and <title>, a style, a button's label) are left out, as elementText leaves them out.
const NOT_SHOWN = 'script,style,template,noscript,title,svg,button,[hidden],[aria-hidden=true]';

/** `el`'s shown text on one line, white space collapsed. */
export function fieldText(el: Element): string {
  if (!el.querySelector(NOT_SHOWN)) return `${el.textContent}`.replace(/\s+/g, ' ').trim();
  const copy = el.cloneNode(true) as Element;
  for (const gone of copy.querySelectorAll(NOT_SHOWN)) gone.remove();
  return `${copy.textContent}`.replace(/\s+/g, ' ').trim();
}
