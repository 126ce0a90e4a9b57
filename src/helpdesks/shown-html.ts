// The REST readers' HTML parser. They run in the background (src/background/ticket-api.ts), and Chrome's
// background is a service worker, which has no DOMParser: with the browser's parser alone, nothing was
// parsed there and every message was read from the helpdesk's plain body, which keeps the text an e-mail
// hides (`display:none`). linkedom parses the same HTML in any JavaScript context, inert: it
// runs no script and loads nothing.
import { DOMParser } from 'linkedom';
import { hidesText } from '../ticket/text';
import { dropUnseen, UNSHOWN_TAG } from './hidden-in-html';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/**
 * A message's HTML, parsed, when it hides some of its text (read it as shown then), else null: its plain body,
 * which the helpdesk made from the HTML hidden text and all, is the same words. What only the background checks
 * find (src/helpdesks/hidden-in-html.ts) is removed from the parsed copy before the shared checks look.
 */
export function shownHtml(html: string): Element | null {
  // Nothing could hide: no parse on the read path.
  if (!/style|hidden|color|<details/i.test(html) && !UNSHOWN_TAG.test(html)) return null;
  const body = parse(`<!doctype html><html><body>${html}</body></html>`).body;
  if (!body) return null;
  const dropped = dropUnseen(body);
  return dropped || hidesText(body) ? body : null;
}
