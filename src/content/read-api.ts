// The sidebar's REST reading of the open ticket: the background reads the helpdesk's API through this
// tab (src/background/ticket-api.ts, src/content/page-fetch.ts) and answers the merged ticket. If the
// background cannot be asked at all, the page's reading stays, with the reason in its warnings.
import { apiWarning } from '../helpdesks/warning-text';
import { ask } from '../messaging/client';
import type { Ticket } from '../ticket/schema';
import type { PageTicket } from '../ticket/page-ticket';

/** The page's reading with its messages' texts, read by the background from their HTML (src/helpdesks/page-text.ts). */
export async function readPageText(page: PageTicket): Promise<Ticket> {
  const reply = await ask({ kind: 'read-page', page });
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

export function createApiReader(displayName: string): (dom: Ticket, signal: AbortSignal) => Promise<Ticket> {
  return async (dom, signal) => {
    const reply = await ask({ kind: 'read-ticket-api', ticket: dom });
    signal.throwIfAborted(); // the agent left this ticket: its answer is not shown
    return reply.ok ? reply.data : { ...dom, warnings: [...dom.warnings, apiWarning(displayName, reply.error)] };
  };
}
