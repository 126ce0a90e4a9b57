// All of the sidebar's CSS as one string, for the shadow root (createShadowRootUi's `css` option or a
// <style> element). Plain strings, so it also loads in Node tests and the options page.
import { controlsCss, tokensCss } from '../ui/tokens.css';
import { cardsCss } from './cards.css';
import { contextCss } from './Context.css';
import { cueCss } from './CuePanel.css';
import { frameCss } from './Sidebar.css';
import { ticketCss } from './TicketHeader.css';

export function sidebarCss(): string {
  return [tokensCss, controlsCss, frameCss, ticketCss, cueCss, cardsCss, contextCss].join('\n');
}
