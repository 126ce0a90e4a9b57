// The REST readers' HTML parser. They run in the background (src/background/ticket-api.ts), and Chrome's
// background is a service worker, which has no DOMParser: with the browser's parser alone, `hidingHtml`
// parsed nothing there and every message was read from the helpdesk's plain body, which keeps the text
// an e-mail hides (`display:none`). linkedom parses the same HTML in any JavaScript context, inert: it
// runs no script and loads nothing.
import { DOMParser } from 'linkedom';
import { hidingHtml } from '../ticket/text';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** A message's HTML, parsed, when it hides some of its text (read it as shown then), else null. */
export const shownHtml = (html: string): Element | null => hidingHtml(html, parse);
