// One small pair of functions per helpdesk: the open ticket's requester, and that requester's tickets.
// Helpdesk knowledge (paths, shapes, status words) stays in src/helpdesks/<helpdesk>/earlier-tickets.ts.
import type { FetchJson } from '../helpdesks/adapter';
import { freshdeskRequestedTickets, freshdeskRequesterId } from '../helpdesks/freshdesk/earlier-tickets';
import { zendeskRequestedTickets, zendeskRequesterId } from '../helpdesks/zendesk/earlier-tickets';
import type { Helpdesk } from '../ticket/schema';
import type { EarlierTicket } from './history';

export interface HistoryReader {
  requesterId(ticketId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<string | null>;
  tickets(requesterId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<EarlierTicket[]>;
}

export const HISTORY_READERS: Record<Helpdesk, HistoryReader> = {
  zendesk: { requesterId: zendeskRequesterId, tickets: zendeskRequestedTickets },
  freshdesk: { requesterId: freshdeskRequesterId, tickets: freshdeskRequestedTickets },
};
