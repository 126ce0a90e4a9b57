// Reads a ticket's whole thread from its helpdesk's REST API for a helpdesk tab: the helpdesk's reader
// (src/helpdesks/api-readers.ts) runs here, and each of its same-origin GETs is made by the tab's
// content script (src/content/page-fetch.ts), which alone has the agent's session.
import { browser } from 'wxt/browser';
import type { PageFetchAnswer, PageFetchRequest } from '../messaging/page-fetch';
import type { FetchJson } from '../helpdesks/adapter';
import { API_READERS } from '../helpdesks/api-readers';
import type { Ticket } from '../ticket/schema';

export type AskTab = (tabId: number, request: PageFetchRequest) => Promise<PageFetchAnswer | undefined>;

const askTab: AskTab = (tabId, request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<PageFetchAnswer | undefined>;

/** A FetchJson whose requests the tab makes; an HTTP error or a page that is not JSON is an error, as in the page. */
export function tabFetchJson(tabId: number, ask: AskTab = askTab): FetchJson {
  return async (path) => {
    const answer = await ask(tabId, { kind: 'page-fetch', path });
    if (!answer) throw new Error(`${path}: the page did not answer`);
    if (!answer.ok) throw new Error(`${path}: ${answer.error}`);
    if (answer.status < 200 || answer.status > 299) throw new Error(`${path}: HTTP ${answer.status}`);
    try {
      return JSON.parse(answer.text) as unknown;
    } catch {
      throw new Error(`${path}: not JSON`);
    }
  };
}

export function readTicketApi(dom: Ticket, tabId: number, ask: AskTab = askTab): Promise<Ticket> {
  return API_READERS[dom.helpdesk](dom, tabFetchJson(tabId, ask));
}
