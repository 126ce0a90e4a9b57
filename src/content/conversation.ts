// What the sidebar shows beside the ticket — cue, snippets, drafts — kept in step with the
// conversation: asked again only when the conversation changed (another ticket, a new customer
// message), and never written into the store once the agent has moved on.
import type { TicketAnalysis } from '../background/handlers';
import { ask } from '../messaging/client';
import type { SidebarState } from '../sidebar/state';
import type { Ticket } from '../ticket/schema';
import { streamDrafts } from './drafts';
import type { Store } from './store';

export interface Conversation {
  /** A (re)reading of the active ticket. */
  show(ticket: Ticket): void;
  /** The agent left the ticket (another page, an unreadable one). */
  leave(): void;
  /** Ask again (retry buttons); `drafts` restarts only the drafts (with the pinned snippets first). */
  refresh(part?: 'all' | 'drafts'): void;
}

/** Same for the page's and the REST API's reading of one state of a conversation. */
function conversationKey(ticket: Ticket): string {
  const customer = ticket.messages.filter((message) => message.role === 'customer');
  return JSON.stringify([ticket.helpdesk, ticket.id, customer.length, customer.at(-1)?.text.trim() ?? '']);
}

export function createConversation(store: Store, uiLang: () => string, onCueShown: () => void): Conversation {
  let key = '';
  let ticket: Ticket | null = null;
  let providerConfigured = false;
  let cancelDrafts = () => {};

  const isCurrent = (asked: string) => asked === key;

  const startDrafts = () => {
    cancelDrafts();
    if (ticket) cancelDrafts = streamDrafts(store, ticket, uiLang(), store.get().pinnedSnippetIds);
  };

  async function analyze(asked: string, current: Ticket, part: 'all' | 'drafts' = 'all') {
    const pinnedSnippetIds = store.get().pinnedSnippetIds;
    const reply = await ask<TicketAnalysis>({ kind: 'analyze-ticket', ticket: current, uiLang: uiLang(), pinnedSnippetIds });
    if (!isCurrent(asked)) return;
    if (!reply.ok) {
      const failed = { status: 'error', message: reply.error } as const;
      store.update(part === 'drafts' ? { drafts: failed } : { cue: failed, snippets: failed, drafts: failed });
      return;
    }
    const { cue, snippets, drafts } = reply.data;
    providerConfigured = reply.data.providerConfigured;
    const offlineDrafts: Partial<SidebarState> = providerConfigured ? {} : { drafts: drafts.length ? { status: 'ready', data: drafts } : { status: 'empty' } };
    if (part === 'drafts') {
      // Only the drafts: the snippets panel may be showing the agent's own search.
      store.update(offlineDrafts);
    } else {
      store.update({
        cue: cue ? { status: 'ready', data: cue } : { status: 'empty' },
        snippets: snippets.length ? { status: 'ready', data: snippets } : { status: 'empty' },
        ...offlineDrafts,
      });
      onCueShown();
    }
    if (providerConfigured) startDrafts();
  }

  return {
    show(next) {
      ticket = next;
      const nextKey = conversationKey(next);
      if (nextKey === key) return;
      key = nextKey;
      cancelDrafts();
      void analyze(key, next);
    },
    leave() {
      key = '';
      ticket = null;
      cancelDrafts();
    },
    refresh(part = 'all') {
      if (!ticket) return;
      if (part === 'drafts' && providerConfigured) return startDrafts();
      void analyze(key, ticket, part);
    },
  };
}
