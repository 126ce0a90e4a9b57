// What one helpdesk integration provides. Everything site-specific (selectors, URLs, API paths)
// lives behind this interface in src/helpdesks/<helpdesk>/, one selectors file per helpdesk.
import type { Helpdesk } from '../ticket/schema';
import type { PageTicket } from '../ticket/page-ticket';

/** Fetches same-origin JSON with the agent's session; injected so tests can serve fixtures. */
export type FetchJson = (path: string, signal?: AbortSignal) => Promise<unknown>;

/** The requester's earlier tickets over the helpdesk's REST API (issue 17), read and mapped in the background. */
export interface HistoryReader {
  requesterId(ticketId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<string | null>;
  records(requesterId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<unknown[]>;
}

/** Optional work a helpdesk supports; the content script offers what is declared here and nothing else. */
export interface HelpdeskCapabilities {
  /**
   * The team's knowledge (help center, macros, canned responses, solution articles) synced from the agent's
   * page (src/content/knowledge-sync.ts; the endpoints are the background's, src/background/knowledge-sync.ts).
   */
  readonly helpCenterSync: boolean;
  /** The requester's earlier tickets over the REST API, read by the background (src/helpdesks/history-readers.ts). */
  readonly customerHistory: boolean;
}

export interface HelpdeskAdapter {
  readonly id: Helpdesk;
  /** The helpdesk's name as agents know it (its descriptor's), for the sidebar's warnings. */
  readonly displayName: string;
  readonly capabilities: HelpdeskCapabilities;
  /** The ticket id if `url` is a ticket page of this helpdesk (hosted or on its own domain), else null. */
  ticketIdFromUrl(url: URL): string | null;
  /**
   * Reads the active ticket from the page: its structure, and each message's body as HTML, whose text the
   * background reads (src/helpdesks/page-text.ts). Pure: no network, no mutation of the page.
   * Throws TicketReadError when the page holds no readable ticket.
   */
  readFromDom(doc: Document, url: URL): PageTicket;
  /** The active ticket's reply editor, if present on the page. */
  findComposer(doc: Document, ticketId: string): HTMLElement | null;
  /** Whether the active composer would send a public reply or an internal note, if the page tells. */
  composerMode(doc: Document, ticketId: string): 'public' | 'internal' | null;
  /**
   * One message of the conversation (a CSS selector): a class flipped outside every message and everything holding
   * them (hover, animations elsewhere in the app) cannot make a message a note, so it costs no new reading.
   */
  readonly conversationItem: string;
  /** A button that opens a closed reply box (Freshdesk), so insertion can open it first. */
  findReplyOpener(doc: Document, ticketId: string): HTMLElement | null;
}
