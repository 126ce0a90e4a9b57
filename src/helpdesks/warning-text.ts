// Warnings both adapters write the same way (./<helpdesk>/warnings.ts adds each one's own).
import type { TicketWarning } from '../ticket/warning';

/** A field the page did not have where its selectors look, or did not show at all. */
export const notFoundWarning = (field: string): TicketWarning => ({ field, text: 'not found on the page' });
export const notShownWarning = (field: string): TicketWarning => ({ field, text: 'not shown on the page' });

/** The REST API could not be read: the sidebar shows the page's reading with this warning. */
export const apiWarning = (displayName: string, reason: string): TicketWarning => ({
  field: 'api',
  text: `the ${displayName} API could not be read (${reason}); showing what the page shows`,
});
