// Each helpdesk's reader of a requester's earlier tickets, for the background (src/background/customer-history.ts),
// which runs it through the helpdesk tab's same-origin GETs. A Record over every helpdesk: a helpdesk added
// to HELPDESKS without saying whether it has one fails `tsc`. Kept out of the content scripts (their budget).
import type { Helpdesk } from '../ticket/schema';
import type { HistoryReader } from './adapter';
import { freshdeskRequestedRecords, freshdeskRequesterId } from './freshdesk/earlier-tickets';
import { zendeskRequestedRecords, zendeskRequesterId } from './zendesk/earlier-tickets';

export const HISTORY_READERS: { readonly [H in Helpdesk]: HistoryReader | null } = {
  zendesk: { requesterId: zendeskRequesterId, records: zendeskRequestedRecords },
  freshdesk: { requesterId: freshdeskRequesterId, records: freshdeskRequestedRecords },
};
