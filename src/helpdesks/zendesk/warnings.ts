// The one-line warnings the Zendesk adapter puts into Ticket.warnings. Each starts with the field it
// is about, so the API reader can drop the ones it resolves.

export const warn = {
  notFound: (field: string) => `${field}: not found on the page`,
  notShown: (field: string) => `${field}: not shown on the page`,
  collapsed: (count: number | null) =>
    count === null
      ? 'messages: earlier messages are collapsed behind "show more"'
      : `messages: ${count} earlier message${count === 1 ? ' is' : 's are'} collapsed behind "show more"`,
  requesterFrom: (route: string) => `requester: not in the field's usual place; read from ${route}`,
  partly: (count: number, what: string) => `messages: ${what} for ${count} message${count === 1 ? '' : 's'}`,
  api: (reason: string) => `api: the Zendesk API could not be read (${reason}); showing what the page shows`,
};

/** The field a warning is about ("priority", "messages", …). */
export function warningField(warning: string): string {
  return warning.split(':', 1)[0] ?? '';
}
