// Warning lines both adapters write the same way. A warning starts with the field it is about, so a
// later reading (the REST API's) can drop the ones it resolves.

/** A field the page did not have where its selectors look, or did not show at all. */
export const notFoundWarning = (field: string): string => `${field}: not found on the page`;
export const notShownWarning = (field: string): string => `${field}: not shown on the page`;

/** The REST API could not be read: the sidebar shows the page's reading with this line. */
export const apiWarning = (displayName: string, reason: string): string =>
  `api: the ${displayName} API could not be read (${reason}); showing what the page shows`;

/**
 * Whether a ticket's reading is final: the REST API answered it, or said it could not be read (the
 * page's reading is then all there is). Until then the page may show only part of the thread.
 */
export function isFinalReading(ticket: { source: 'dom' | 'api'; warnings: readonly string[] }): boolean {
  return ticket.source === 'api' || ticket.warnings.some((warning) => warningField(warning) === 'api');
}

/** The field a warning is about ("priority", "messages", "message 123", …). */
export function warningField(warning: string): string {
  return warning.split(':', 1)[0] ?? '';
}
