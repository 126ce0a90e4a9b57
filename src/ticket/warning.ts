// What a reading could not read, or read but kept back: structured, so code asks `field`, `messageId`
// and `keptBack` instead of parsing text. `warningLine` is the one place a warning becomes a line: the
// sidebar shows it, and the CLI's Ticket JSON carries `warnings` as strings (PRODUCT.md). Kept free of
// zod: the content scripts build warnings too (the schema's check is in ./warning-schema.ts).

export interface TicketWarning {
  /** What it is about: a Ticket field ("priority", "requester email"), "messages", "api" or "message". */
  field: string;
  /** For `field: 'message'`: the message's id (or "#n", its place on the page, when it shows none). */
  messageId?: string | undefined;
  text: string;
  /** The message's visibility could not be established: it is `internal` in the Ticket, so nothing sends it. */
  keptBack?: true | undefined;
}

/** How a kept-back warning's text ends: the readers write it, and an old saved line is recognised by it. */
export const KEPT_BACK_TEXT = 'kept back as internal';

/** "priority: not found on the page", "message 123: time not shown on the page". */
export function warningLine(warning: TicketWarning): string {
  const about = warning.messageId === undefined ? warning.field : `${warning.field} ${warning.messageId}`;
  return `${about}: ${warning.text}`;
}

/**
 * Whether a ticket's reading is final: the REST API answered it, or said it could not be read (the
 * page's reading is then all there is). Until then the page may show only part of the thread.
 */
export function isFinalReading(ticket: { source: 'dom' | 'api'; warnings: readonly TicketWarning[] }): boolean {
  return ticket.source === 'api' || ticket.warnings.some((warning) => warning.field === 'api');
}
