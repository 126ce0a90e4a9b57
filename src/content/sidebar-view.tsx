// What the content script paints the sidebar with: Preact and every component, in the shadow root on the
// helpdesk's page. One module so that the frame prototype (SOUFFLEUR_SIDEBAR_FRAME=1, wxt.config.ts) can
// swap it for src/content/frame-view.ts, which renders the same Sidebar in an extension frame instead.
// Import order is bundle order: the CSS strings first, then the sidebar's components that repeat its
// class names close behind them. This gzips about 290 B smaller than the components after the content code.
import { sidebarCss } from '../sidebar/styles';
import { Sidebar, type SidebarProps } from '../sidebar/Sidebar';
import { render } from 'preact';

/** The shadow root's style sheet. */
export const viewCss = sidebarCss;

/** Renders (or re-renders) the sidebar into `container`. */
export function paintView(container: HTMLElement, props: SidebarProps): void {
  render(<Sidebar {...props} />, container);
}

export function clearView(container: HTMLElement): void {
  render(null, container);
}
