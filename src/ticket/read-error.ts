// Apart from the zod schema (./schema.ts), so the content scripts' readers can throw it without zod.

/**
 * Thrown when a page is not a readable ticket; `message` is one line an agent can act on, or the
 * catalog key of that line with its `params` (src/i18n `say`: the content scripts carry no English).
 * `switching`: the address already names the next ticket but the page still shows the previous one
 * (single-page helpdesks update the URL first); reading again shortly succeeds.
 */
export class TicketReadError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-a-ticket' | 'layout-changed' | 'invalid' | 'switching',
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'TicketReadError';
  }
}
