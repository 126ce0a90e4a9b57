// The customer-context section's data for a helpdesk tab (issue 17): the requester's earlier tickets,
// read with the helpdesk's history reader over the tab's same-origin GETs (rate limits respected),
// cached per tab and requester, and made into the sidebar's view. Per tab, so one customer's tickets
// are only ever answered to the tab that read them; a closed tab's cache goes with it.
import { createHistoryCache, type HistoryCache } from '../context/cache';
import { historyFetch } from '../context/fetch-retry';
import { historyFromRecords } from '../context/records';
import { customerContextView, type CustomerContextView } from '../context/view';
import { HISTORY_READERS } from '../helpdesks/history-readers';
import type { UiLocale } from '../i18n/index';
import { capTicket } from '../ticket/caps';
import type { Ticket } from '../ticket/schema';
import type { Handlers } from './router';
import { askTab, tabFetch, type AskTab } from './tab-fetch';

export interface TabOfRequest {
  id: number;
  /** The tab's page, whose origin the GETs are for. */
  url: string;
}

export interface CustomerHistoryService {
  /** The view, or null when the ticket names no requester or its helpdesk has no history. Throws a HistoryProblem. */
  view(ticket: Ticket, tab: TabOfRequest, locale?: UiLocale): Promise<CustomerContextView | null>;
  forgetTab(tabId: number): void;
  forgetAll(): void;
}

export function createCustomerHistory(ask: AskTab = askTab, now: () => number = Date.now): CustomerHistoryService {
  const caches = new Map<string, HistoryCache>();
  const keyOf = (tabId: number, helpdesk: string, origin: string) => `${tabId} ${helpdesk} ${origin}`;
  return {
    async view(ticket, tab, locale) {
      const reader = HISTORY_READERS[ticket.helpdesk];
      if (!reader) return null;
      const { origin } = new URL(tab.url);
      const key = keyOf(tab.id, ticket.helpdesk, origin);
      let cache = caches.get(key);
      if (!cache) caches.set(key, (cache = createHistoryCache(reader, historyFetch(origin, tabFetch(tab.id, ask)), now)));
      const records = await cache.load(ticket.id);
      if (!records) return null;
      return customerContextView(capTicket(ticket), historyFromRecords(ticket.helpdesk, records.slice(0, 500)), now(), locale);
    },
    forgetTab(tabId) {
      for (const key of caches.keys()) if (key.startsWith(`${tabId} `)) caches.delete(key);
    },
    forgetAll: () => caches.clear(),
  };
}

export function customerContextHandlers(history: CustomerHistoryService): Pick<Handlers, 'customer-context'> {
  return {
    // From a helpdesk tab only (the router checks): its GETs carry the agent's session.
    'customer-context': async ({ ticket, locale }, sender) => {
      if (sender.tab?.id === undefined || !sender.url) throw new Error('not from a tab');
      return history.view(ticket, { id: sender.tab.id, url: sender.url }, locale);
    },
  };
}
