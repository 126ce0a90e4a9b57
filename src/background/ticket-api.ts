// Reads a ticket's whole thread from its helpdesk's REST API for a helpdesk tab: the helpdesk's reader
// (src/helpdesks/api-readers.ts) runs here, and each of its same-origin GETs is made by the tab's
// content script (src/content/page-fetch.ts), which alone has the agent's session.
import { fitTicketLimits } from '../ticket/fit-limits';
import { API_READERS } from '../helpdesks/api-readers';
import { askTab, tabFetchJson, type AskTab } from './tab-fetch';
import type { Ticket } from '../ticket/schema';

/** `pageUrl`: the asking tab's page, as the browser reported it (never the page's own word). */
export function readTicketApi(dom: Ticket, tab: { id: number; url: string }, ask: AskTab = askTab): Promise<Ticket> {
  // Cut to the limits a ticket may hold when the content script sends it back (src/ticket/fit-limits.ts).
  return API_READERS[dom.helpdesk](dom, tabFetchJson(tab.id, new URL(tab.url).origin, ask)).then(fitTicketLimits);
}
