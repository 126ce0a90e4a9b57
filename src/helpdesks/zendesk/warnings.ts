// The one-line warnings the Zendesk adapter puts into Ticket.warnings. Each starts with the field it
// is about, so the API reader can drop the ones it resolves.
import { apiWarning, notFoundWarning, notShownWarning } from '../warning-text';
import { zendeskDescriptor } from './descriptor';

export const warn = {
  notFound: notFoundWarning,
  notShown: notShownWarning,
  collapsed: (count: number | null) =>
    count === null
      ? 'messages: earlier messages are collapsed behind "show more"'
      : `messages: ${count} earlier message${count === 1 ? ' is' : 's are'} collapsed behind "show more"`,
  requesterFrom: (route: string) => `requester: not in the field's usual place; read from ${route}`,
  partly: (count: number, what: string) => `messages: ${what} for ${count} message${count === 1 ? '' : 's'}`,
  api: (reason: string) => apiWarning(zendeskDescriptor.displayName, reason),
};

export { warningField } from '../warning-text';
