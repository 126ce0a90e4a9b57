// The warnings the Freshdesk adapter puts into Ticket.warnings, each with the field it is about, so
// the API reader can drop the ones it resolves.
import type { TicketWarning } from '../../ticket/warning';
import { apiWarning, notFoundWarning, notShownWarning } from '../warning-text';
import { FRESHDESK_NAME } from './descriptor';

export const warn = {
  notFound: notFoundWarning,
  notShown: notShownWarning,
  collapsed: (count: number | null): TicketWarning => ({
    field: 'messages',
    text: `${count === null ? 'earlier messages are' : `${count} earlier message${count === 1 ? ' is' : 's are'}`} collapsed behind "load more" and not read`,
  }),
  message: (messageId: string, text: string): TicketWarning => ({ field: 'message', messageId, text }),
  api: (reason: string) => apiWarning(FRESHDESK_NAME, reason),
  apiTruncated: (count: number): TicketWarning => ({
    field: 'messages',
    text: `only the first ${count} conversations were read from the API`,
  }),
};
