// Follows the active ticket in a single-page helpdesk: on URL changes (the Navigation API event WXT
// forwards as `wxt:locationchange`) and on DOM changes (tab switches, messages loading), it reads the
// page again, but reports only when what it read changed. A REST read is tied to the ticket it was for:
// one that answers after the agent left that ticket is dropped, so the sidebar never shows it.
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import type { Ticket } from '../ticket/schema';
import type { PageTicket } from '../ticket/page-ticket';
import { TicketReadError } from '../ticket/read-error';

export type TicketReading =
  | { status: 'ticket'; ticket: Ticket; composerMode: 'public' | 'internal' | null }
  | { status: 'loading' }
  | { status: 'error'; reason: TicketReadError['reason']; message: string; params?: TicketReadError['params'] };

const SWITCHING_RETRY_MS = 150;
/** A REST reading that failed is reused this long, then asked again (the helpdesk may be back). */
const FAILED_API_RETRY_MS = 30_000;
const MAX_SWITCHING_RETRIES = 20;

export interface TicketWatcherOptions {
  adapter: HelpdeskAdapter;
  doc: Document;
  currentUrl: () => URL;
  /**
   * The page's reading with each message's text, read from its HTML by the background (read-page,
   * src/helpdesks/page-text.ts); tests may answer at once, with the same reader.
   */
  readText: (page: PageTicket) => Ticket | Promise<Ticket>;
  /**
   * Reads the whole thread over the helpdesk's REST API and merges it over the page's reading; API
   * failures come back as the page's ticket with a warning (the sidebar: src/content/read-api.ts).
   */
  readFromApi: (domTicket: Ticket, signal: AbortSignal) => Promise<Ticket>;
  /**
   * Whether the whole thread is wanted now; without it only the page is read. A collapsed sidebar
   * shows no thread: its REST reading (GETs, and the text carried to the background) waits until the
   * agent opens it, and `refresh()` then asks for it.
   */
  wantsApiReading?: () => boolean;
  onReading: (reading: TicketReading) => void;
  /** Our own nodes on the page (the sidebar's host, the reserved-space style), whose changes are not the helpdesk's. */
  isOwnNode?: (node: Node) => boolean;
  /** DOM changes arrive in bursts; read at most this often (ms). */
  throttleMs?: number;
}

export interface TicketWatcher {
  /** Read now (on start, on URL change). */
  refresh(): void;
  stop(): void;
}

function isOwnChildListChange(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  if (record.type !== 'childList') return false;
  const changed = [...record.addedNodes, ...record.removedNodes];
  // A text node written into our style element counts as ours too.
  return changed.length > 0 && changed.every((node) => isOwn(node) || (node.parentNode !== null && isOwn(node.parentNode)));
}

const FORM_CONTROL = '[contenteditable],input,textarea,select,button';

export function watchTicket(options: TicketWatcherOptions): TicketWatcher {
  const { adapter, doc, onReading, throttleMs = 120 } = options;
  let lastReport = '';
  let switchingRetries = 0;
  let currentKey: string | null = null;
  let apiRead: { key: string; controller: AbortController } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /**
   * Each state's REST reading. A failed one, reused a while, is the page's reading with one warning added: every page
   * reading of that state is shown with that warning, so a marker that arrives later (a class making a comment a note)
   * is read, never the page's reading from before it (round 15).
   */
  const apiTickets = new Map<string, { ticket: Ticket; at: number }>();

  function report(reading: TicketReading) {
    const serialized = JSON.stringify(reading);
    if (serialized === lastReport) return;
    lastReport = serialized;
    onReading(reading);
  }

  /** The last page reading sent for its texts, and the Ticket they made (undefined while asked). */
  let lastPage = '';
  let lastText: Ticket | undefined;

  function read() {
    timer = null;
    let page: PageTicket;
    try {
      page = adapter.readFromDom(doc, options.currentUrl());
    } catch (error) {
      currentKey = null;
      lastPage = '';
      // Cut off, and forgotten: coming back to this ticket must ask again, not wait for an aborted read.
      apiRead?.controller.abort();
      apiRead = null;
      // Between two tickets: show loading and look again, but do not wait forever on a stuck page.
      if (error instanceof TicketReadError && error.reason === 'switching' && switchingRetries < MAX_SWITCHING_RETRIES) {
        switchingRetries++;
        report({ status: 'loading' });
        schedule(SWITCHING_RETRY_MS);
        return;
      }
      // A key or a reader's line: the sidebar says it (src/i18n `say`).
      if (error instanceof TicketReadError) report({ status: 'error', reason: error.reason, message: error.message, params: error.params });
      else report({ status: 'error', reason: 'invalid', message: 'err.page' });
      return;
    }
    switchingRetries = 0;
    // The REST read is done once per ticket and message count: switching back to a tab shows the
    // complete thread at once from this cache.
    const key = `${page.id}:${page.messages.length}`;
    currentKey = key;
    // Read on every pass: switching public reply / internal note changes nothing else.
    const composerMode = adapter.composerMode(doc, page.id);
    const cached = apiTickets.get(key);
    if (cached?.ticket.source === 'api') return report({ status: 'ticket', ticket: cached.ticket, composerMode });
    // The texts are asked only when the page changed: a DOM change elsewhere sends nothing.
    const serialized = JSON.stringify(page);
    if (serialized === lastPage) return lastText && showPage(key, lastText, composerMode);
    lastPage = serialized;
    lastText = undefined;
    const shown = (ticket: Ticket) => {
      // A newer reading, or another ticket, was asked since: this one is not shown.
      if (lastPage !== serialized || currentKey !== key) return;
      lastText = ticket;
      showPage(key, ticket, composerMode);
    };
    const text = options.readText(page);
    if (!(text instanceof Promise)) return shown(text);
    text.then(shown, () => {
      if (lastPage !== serialized) return;
      lastPage = ''; // asked again on the next reading
      report({ status: 'error', reason: 'invalid', message: 'err.page' });
    });
  }

  function showPage(key: string, domTicket: Ticket, composerMode: 'public' | 'internal' | null) {
    const cached = apiTickets.get(key);
    const failed = cached && Date.now() - cached.at < FAILED_API_RETRY_MS;
    if (failed) domTicket = { ...domTicket, warnings: [...domTicket.warnings, cached.ticket.warnings.at(-1)!] };
    report({ status: 'ticket', ticket: domTicket, composerMode });
    if (failed || options.wantsApiReading?.() === false) return;
    if (apiRead?.key === key) return; // already on its way
    apiRead?.controller.abort();
    const controller = new AbortController();
    apiRead = { key, controller };
    void options.readFromApi(domTicket, controller.signal).then(
      (fullTicket) => {
        if (controller.signal.aborted) return;
        apiTickets.set(key, { ticket: fullTicket, at: Date.now() });
        if (apiRead?.controller === controller) apiRead = null;
        // Only if the agent is still on this ticket (never another ticket's data), read again: the answer is shown from
        // its cache, a failure on the page's newest reading.
        if (currentKey === key) read();
      },
      // The reader turns API failures into warnings; anything else leaves the DOM reading shown.
      () => undefined,
    );
  }

  function schedule(delay = throttleMs) {
    if (timer === null) timer = setTimeout(read, delay);
  }

  const observer = new MutationObserver((records) => {
    // Mounting the sidebar or reserving its space is not the helpdesk changing: reading the page
    // again for it would cost the agent's main thread a whole reading and a render for nothing.
    const isOwn = options.isOwnNode;
    // A class or type flipped on the composer or a form control (focus, hover, typing: many a second on a live page)
    // changes no reading: leak20's class and type changes are read only elsewhere (rev-leak20: 67 page readings in
    // 10 s of a button's class toggled every 50 ms, 0 now).
    // Nor does one outside the conversation (issue 15: hover and animation classes anywhere in the app): only a message,
    // or an element holding messages (a wrapper can mark every message a note), can change what is read. While no
    // message is found on the page (another layout, a shadow root), every change counts.
    const items = adapter.conversationItem;
    const outsideConversation = (el: Element) => !el.closest(items) && !el.querySelector(items) && doc.querySelector(items) !== null;
    const noise = (record: MutationRecord) => {
      if (record.attributeName !== 'class' && record.attributeName !== 'type') return false;
      const el = record.target as Element;
      return !!el.closest?.(FORM_CONTROL) || (!!el.closest && outsideConversation(el));
    };
    if (records.every((record) => noise(record) || (isOwn && (isOwn(record.target) || isOwnChildListChange(record, isOwn))))) return;
    schedule();
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    // The attributes helpdesks flip when the agent switches tabs or opens a ticket.
    // And those that mark a comment as a note after it was first read (a class, a bubble's type: round 15).
    attributeFilter: ['data-entity-is-selected', 'aria-current', 'data-is-active', 'data-selected', 'hidden', 'class', 'type'],
  });

  return {
    refresh() {
      if (timer !== null) clearTimeout(timer);
      read();
    },
    stop() {
      observer.disconnect();
      apiRead?.controller.abort();
      apiRead = null;
      if (timer !== null) clearTimeout(timer);
      currentKey = null;
    },
  };
}
