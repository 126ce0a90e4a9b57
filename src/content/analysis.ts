// Asks the background for what the sidebar shows beside a ticket (the cue and the snippets) and
// puts the answer in the store only if the agent is still on that ticket.
import type { TicketAnalysis } from '../background/handlers';
import { ask } from '../messaging/client';
import type { Ticket } from '../ticket/schema';
import type { Store } from './store';

export async function analyzeTicket(store: Store, ticket: Ticket, uiLang: string, onShown?: () => void): Promise<void> {
  const isCurrent = () => {
    const shown = store.get().ticket;
    return shown.status === 'ready' && shown.data.id === ticket.id && shown.data.helpdesk === ticket.helpdesk;
  };
  const reply = await ask<TicketAnalysis>({ kind: 'analyze-ticket', ticket, uiLang });
  if (!isCurrent()) return;
  if (!reply.ok) {
    const failed = { status: 'error', message: reply.error } as const;
    store.update({ cue: failed, snippets: failed, drafts: failed });
    return;
  }
  const { cue, snippets, drafts } = reply.data;
  store.update({
    cue: cue ? { status: 'ready', data: cue } : { status: 'empty' },
    snippets: snippets.length ? { status: 'ready', data: snippets } : { status: 'empty' },
    drafts: drafts.length ? { status: 'ready', data: drafts } : { status: 'empty' },
  });
  onShown?.();
}
