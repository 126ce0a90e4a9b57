// The one-line warnings the Freshdesk adapter puts into Ticket.warnings. Each starts with the field
// it is about, so the API reader can drop the ones it resolves.

export const warn = {
  notFound: (field: string) => `${field}: not found on the page`,
  notShown: (field: string) => `${field}: not shown on the page`,
  collapsed: (count: number | null) =>
    count === null
      ? 'messages: earlier messages are collapsed behind "load more" and not read'
      : `messages: ${count} earlier message${count === 1 ? ' is' : 's are'} collapsed behind "load more" and not read`,
  message: (id: string, what: string) => `message ${id}: ${what}`,
  api: (reason: string) => `api: the Freshdesk API could not be read (${reason}); showing what the page shows`,
  apiTruncated: (count: number) => `messages: only the first ${count} conversations were read from the API`,
};

/** The field a warning is about ("priority", "messages", "message 123", …). */
export function warningField(warning: string): string {
  return warning.split(':', 1)[0] ?? '';
}
