// The check of a Ticket's warnings where tickets arrive (the background, saved tickets given to the CLI).
// Saved tickets from before warnings were structured carry lines ("priority: not found on the page"):
// they are read here, once, into the same structure, so every saved ticket still loads.
import * as z from 'zod/mini';
import { limited, TICKET_LIMITS } from './limits';
import { KEPT_BACK_TEXT, type TicketWarning } from './warning';

/** A warning line as `warningLine` wrote it, back into its structure. */
export function parseWarningLine(line: string): TicketWarning {
  const message = /^message (\S+): (.*)$/s.exec(line);
  if (message) {
    const [, messageId, text] = message as unknown as [string, string, string];
    return { field: 'message', messageId, text, ...(text.endsWith(`; ${KEPT_BACK_TEXT}`) ? { keptBack: true as const } : {}) };
  }
  const colon = line.indexOf(': ');
  return colon > 0 ? { field: line.slice(0, colon), text: line.slice(colon + 2) } : { field: 'ticket', text: line };
}

const structuredWarning = z.strictObject({
  field: limited(TICKET_LIMITS.fieldChars),
  messageId: z.optional(limited(TICKET_LIMITS.idChars)),
  text: limited(TICKET_LIMITS.warningChars),
  keptBack: z.optional(z.literal(true)),
});

export const warningSchema: z.ZodMiniType<TicketWarning, TicketWarning | string> = z.union([
  structuredWarning,
  z.pipe(limited(TICKET_LIMITS.warningChars), z.transform(parseWarningLine)),
]);
