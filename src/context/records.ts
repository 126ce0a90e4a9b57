// Background: the records a content script read from its helpdesk, as a CustomerHistory. Each record is
// checked by its helpdesk's mapper; one that is not a ticket is dropped, not guessed.
import { freshdeskEarlierTicket } from '../helpdesks/freshdesk/earlier-tickets-map';
import { zendeskEarlierTicket } from '../helpdesks/zendesk/earlier-tickets-map';
import type { Helpdesk } from '../ticket/schema';
import type { CustomerHistory, EarlierTicket } from './history';

const MAPPERS: Record<Helpdesk, (record: unknown) => EarlierTicket | null> = {
  zendesk: zendeskEarlierTicket,
  freshdesk: freshdeskEarlierTicket,
};

export function historyFromRecords(helpdesk: Helpdesk, records: readonly unknown[]): CustomerHistory {
  return { tickets: records.map(MAPPERS[helpdesk]).filter((t): t is EarlierTicket => t !== null) };
}
