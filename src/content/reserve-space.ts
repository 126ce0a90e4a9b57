// Keeps the sidebar from covering the helpdesk: the page's body is narrowed by the sidebar's width.
// The transform makes the body the containing block of the helpdesk's own fixed and absolute
// layers (Zendesk's panes, Freshdesk's reply bar), so they narrow with it instead of sliding under.
// A 2D one: `translateZ(0)` made the same containing block but also gave the whole helpdesk body its own
// compositing layer, which cost the Zendesk fixture ~20 ms of page CPU a load (docs/main-thread-budget.md, stop 44).
const STYLE_ID = 'souffleur-reserve-space';

export function reserveSpace(doc: Document, width: number, side: 'right' | 'left'): void {
  let style = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    doc.head.append(style); // a parsed HTML page always has one, even when its source has no <head>
  }
  const css = `html > body {
  margin-${side}: ${Math.round(width)}px !important;
  transform: translateX(0);
  min-height: 100vh;
}`;
  // Only on a change: rewriting a document style sheet, even with the same text, makes the browser
  // recompute the whole helpdesk page's styles and layout, and the sidebar paints once a frame.
  if (style.textContent !== css) style.textContent = css;
}

/** Our style element, whose insertion is not the helpdesk changing its page. */
export function isReservedSpaceStyle(node: Node): boolean {
  return (node as Element).id === STYLE_ID;
}

export function releaseSpace(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
