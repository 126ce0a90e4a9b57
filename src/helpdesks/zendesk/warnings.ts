// The warnings the Zendesk adapter puts into Ticket.warnings, each with the field it is about, so the
// API reader can drop the ones it resolves.
import type { TicketWarning } from '../../ticket/warning';
import { apiWarning, notFoundWarning, notShownWarning } from '../warning-text';
import { ZENDESK_NAME } from './descriptor';

export const warn = {
  notFound: notFoundWarning,
  notShown: notShownWarning,
  collapsed: (count: number | null): TicketWarning => ({
    field: 'messages',
    text:
      count === null
        ? 'earlier messages are collapsed behind "show more"'
        : `${count} earlier message${count === 1 ? ' is' : 's are'} collapsed behind "show more"`,
  }),
  requesterFrom: (route: string): TicketWarning => ({ field: 'requester', text: `not in the field's usual place; read from ${route}` }),
  partly: (count: number, what: string): TicketWarning => ({
    field: 'messages',
    text: `${what} for ${count} message${count === 1 ? '' : 's'}`,
  }),
  api: (reason: string) => apiWarning(ZENDESK_NAME, reason),
};
