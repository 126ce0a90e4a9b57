// The second step of a page reading, in the background (and the CLI): each message's HTML, as the content script
// took it from the page, read into text, quoted history and signature with the REST reading's code (linkedom's
// inert parse, the background's hidden-text checks, the shared walk). The structure (author, role, visibility,
// time) is the content script's and is kept as it is: a note stays internal whatever its HTML says.
import { DOMParser } from 'linkedom';
import { splitMessageElement, type SplitMessage } from '../ticket/quotes';
import { MAX_MESSAGE_HTML, type PageMessage, type PageTicket } from '../ticket/page-ticket';
import type { Message, Ticket } from '../ticket/schema';
import { KEPT_BACK_TEXT, type TicketWarning } from '../ticket/warning';
import { dropUnseen } from './hidden-in-html';

/** Marks the body's own opening tag in its context; the first match is it, as the context comes before the html. */
const ROOT = 'data-souffleur-root';

/**
 * A message's text as the agent is shown it; throws when the HTML cannot be read. Parsed inside its context (the
 * opening tags of the body and the elements around it on the page), so that the message's own sheets match as on the
 * page ("article .x", "div > div > .x"). The context's styles are the helpdesk's and are not read: the body is read
 * whatever its own style says (a closed tab), as the walk reads its root.
 */
export function textOfHtml(html: string, context: readonly string[] = []): SplitMessage {
  const open = context.map((tag, i) => (i === context.length - 1 ? tag.replace(/^<[^\s/>]+/, `$& ${ROOT}`) : tag));
  const doc = new DOMParser().parseFromString(
    `<!doctype html>${open.length ? open.join('') : '<html><body>'}${html}`,
    'text/html',
  ) as unknown as Document;
  // Where the context cannot be placed (a tag the parser closes early), the text is read under the document's body.
  const placed = open.length ? doc.querySelector(`[${ROOT}]`) : null;
  const body = placed || doc.body;
  if (!body) throw new Error('no body');
  const tags: string[] = [];
  for (let el: Element | null = body; el; el = el.parentElement) {
    for (const name of [ROOT, 'style']) el.removeAttribute(name);
    tags.unshift(el.localName);
  }
  // leak19: the message's sheets are matched on its real ancestors when the parse kept them as the page has them (a
  // tag moved by the parser, a <div> out of a <table>, leaves the rule's left part assumed, fail-safe).
  const exact = !!placed && tags.join() === context.map((tag) => /^<([^\s/>]+)/.exec(tag)?.[1]?.toLowerCase()).join();
  dropUnseen(body, exact);
  return splitMessageElement(body);
}

/** What a withheld message says instead of its text: never sent unread, never gone without a word. */
const withheldWarning = (messageId: string): TicketWarning => ({
  field: 'message',
  messageId,
  text: `text over ${MAX_MESSAGE_HTML / 1024} KB or unreadable on the page; ${KEPT_BACK_TEXT}`,
  keptBack: true,
});

function readMessage({ html, context, direction, ...structure }: PageMessage, warnings: TicketWarning[]): Message {
  let split: SplitMessage | null = null;
  try {
    split = html === null ? null : textOfHtml(html, context);
  } catch {
    // An HTML the parser or the checks cannot read is withheld like one over the caps.
  }
  // The fields in the order the page readers wrote them (the CLI's JSON is unchanged).
  const dir = direction ? { direction } : {};
  if (split) {
    const { text, quoted, signature } = split;
    return { ...structure, text, ...(quoted ? { quoted } : {}), ...(signature ? { signature } : {}), ...dir };
  }
  warnings.push(withheldWarning(structure.id));
  return { ...structure, visibility: 'internal', text: '', ...dir };
}

/** The page's reading with every message's text read from its HTML. */
export function readPageText(page: PageTicket): Ticket {
  const warnings = [...page.warnings];
  const messages = page.messages.map((message) => readMessage(message, warnings));
  return { ...page, messages, warnings };
}

/** Both steps at once, where the page and the reader share a process: the CLI, tests and benches. */
export const readPage = (readFromDom: (doc: Document, url: URL) => PageTicket, doc: Document, url: URL): Ticket =>
  readPageText(readFromDom(doc, url));
