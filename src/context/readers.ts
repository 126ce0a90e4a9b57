// One small pair of functions per helpdesk, run in the content script: the open ticket's requester, and
// that requester's ticket records as the API gave them. Helpdesk knowledge (paths, shapes, status words)
// stays in src/helpdesks/<helpdesk>/earlier-tickets*.ts; the background maps the records (records.ts).
import type { FetchJson } from '../helpdesks/adapter';
import { freshdeskRequestedRecords, freshdeskRequesterId } from '../helpdesks/freshdesk/earlier-tickets';
import { zendeskRequestedRecords, zendeskRequesterId } from '../helpdesks/zendesk/earlier-tickets';
import type { Helpdesk } from '../ticket/schema';

export interface HistoryReader {
  requesterId(ticketId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<string | null>;
  records(requesterId: string, fetchJson: FetchJson, signal?: AbortSignal): Promise<unknown[]>;
}

export const HISTORY_READERS: Record<Helpdesk, HistoryReader> = {
  zendesk: { requesterId: zendeskRequesterId, records: zendeskRequestedRecords },
  freshdesk: { requesterId: freshdeskRequesterId, records: freshdeskRequestedRecords },
};
