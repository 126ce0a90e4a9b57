// The page's reading as the content script sends it: the conversation's structure (author, role, visibility, time,
// warnings), decided on the page, and each message's body as HTML, which the background reads into text, quoted
// history and signature with the REST reading's code (src/helpdesks/page-text.ts). One code reads every message's
// text, off the helpdesk's main thread; the content script carries no text walk for messages.
import type { Message, Ticket } from './schema';

/** A message's HTML past this many characters is not sent: the message is withheld, with a warning. */
export const MAX_MESSAGE_HTML = 512 * 1024;
/** All messages' HTML together; past it the later messages are withheld. */
export const MAX_TICKET_HTML = 4 * 1024 * 1024;
/** A message's context (its opening tags together); past it, as past the caps above, the message is withheld. */
export const MAX_CONTEXT = 64 * 1024;

export interface PageMessage extends Omit<Message, 'text' | 'quoted' | 'signature'> {
  /** The body's HTML as the page holds it (its own <style> sheets with it); null: over the caps, withheld. */
  html: string | null;
  /**
   * The opening tags of the body and of the elements around it, outermost first (up to its document or shadow root): a
   * message's own sheet can reach its elements through them ("article .x", "div > div > .x"), so the background matches
   * the sheets inside them. Absent when the html is withheld.
   */
  context?: string[];
}

export interface PageTicket extends Omit<Ticket, 'messages' | 'source'> {
  messages: PageMessage[];
  source: 'dom';
}

/** An element's opening tag, its attributes quoted as a serializer quotes them. */
const openingTag = (el: Element) =>
  `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('')}>`;

/**
 * The HTML of each message body in turn with its context, or a null html once either would pass a cap. A closure,
 * not an object: an object's field names ship in the content script as written.
 */
export function htmlWithinCaps(): (body: Element) => Pick<PageMessage, 'html' | 'context'> {
  let left = MAX_TICKET_HTML;
  return (body) => {
    // Read, never written: the page's markup goes out as a string, parsed inert in the background (linkedom).
    // eslint-disable-next-line no-restricted-properties
    const html = body.innerHTML;
    const context: string[] = [];
    for (let el: Element | null = body; el; el = el.parentElement) context.unshift(openingTag(el));
    if (html.length > MAX_MESSAGE_HTML || html.length > left || context.join('').length > MAX_CONTEXT) return { html: null };
    left -= html.length;
    return { html, context };
  };
}
