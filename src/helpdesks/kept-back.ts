// The one warning both adapters give for a message whose visibility could not be established. Such a
// message is `internal` in the Ticket (only positive evidence makes a message public), so nothing
// downstream sends it; the sidebar counts these warnings to say in one line what was kept back.
// As a line: "message <id>: visibility not shown on the page; kept back as internal".
import { KEPT_BACK_TEXT, type TicketWarning } from '../ticket/warning';

/** `source` says who could not tell: "the page" (DOM reading) or "the API" (REST reading). */
export function keptBackWarning(messageId: string, source: 'the page' | 'the API'): TicketWarning {
  return { field: 'message', messageId, text: `visibility not shown by ${source}; ${KEPT_BACK_TEXT}`, keptBack: true };
}

/** The ids of the messages a ticket's warnings say were kept back, in order, without repeats. */
export function keptBackMessageIds(warnings: readonly TicketWarning[]): string[] {
  return [...new Set(warnings.flatMap((w) => (w.keptBack && w.messageId !== undefined ? [w.messageId] : [])))];
}
