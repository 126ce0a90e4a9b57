// The one-line warnings the Freshdesk adapter puts into Ticket.warnings. Each starts with the field
// it is about, so the API reader can drop the ones it resolves.
import { apiWarning, notFoundWarning, notShownWarning } from '../warning-text';
import { freshdeskDescriptor } from './descriptor';

export const warn = {
  notFound: notFoundWarning,
  notShown: notShownWarning,
  collapsed: (count: number | null) =>
    count === null
      ? 'messages: earlier messages are collapsed behind "load more" and not read'
      : `messages: ${count} earlier message${count === 1 ? ' is' : 's are'} collapsed behind "load more" and not read`,
  message: (id: string, what: string) => `message ${id}: ${what}`,
  api: (reason: string) => apiWarning(freshdeskDescriptor.displayName, reason),
  apiTruncated: (count: number) => `messages: only the first ${count} conversations were read from the API`,
};

export { warningField } from '../warning-text';
