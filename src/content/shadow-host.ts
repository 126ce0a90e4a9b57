// The sidebar's own element on the page: a custom element with an open shadow root (the page's CSS
// stays out, ours stays in), appended last to <html>, outside the helpdesk app's <body>, which its
// framework re-renders. Written here rather than WXT's createShadowRootUi, which brings anchoring,
// waiting and positioning code (about 3 KB gzip) the sidebar does not use, into a budgeted script.
export interface ShadowHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** What the sidebar renders into. */
  readonly container: HTMLElement;
  attach(): void;
  remove(): void;
}

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  // Open: the agent's accessibility tools and our browser tests read the sidebar; page scripts could
  // read a closed one too through its host's events, so closing it would protect nothing.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css; // with `:host { all: initial }` (Sidebar.css.ts): no page styles inherited
  const container = doc.createElement('div');
  shadow.append(style, container);
  return {
    host,
    shadow,
    container,
    attach: () => doc.documentElement.append(host),
    remove: () => host.remove(),
  };
}
