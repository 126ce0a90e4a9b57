// What the sidebar shows beside the ticket — cue, snippets, drafts — kept in step with the
// conversation: asked again only when the conversation changed (another ticket, a new customer
// message), and never written into the store once the agent has moved on.
import type { TicketAnalysis } from '../background/handlers';
import { ask } from '../messaging/client';
import type { SidebarState } from '../sidebar/state';
import type { Ticket } from '../ticket/schema';
import type { DraftTool } from '../drafts/tool-names';
import { streamDrafts, streamDraftTool } from './drafts';
import type { Store } from './store';

export interface Conversation {
  /** A (re)reading of the active ticket. */
  show(ticket: Ticket): void;
  /** The agent left the ticket (another page, an unreadable one). */
  leave(): void;
  /** Ask again (retry buttons); `drafts` restarts only the drafts (with the pinned snippets first). */
  refresh(part?: 'all' | 'drafts'): void;
  /** Run a tool on one of the drafts shown; cancelled like the drafts when the conversation changes. */
  revise(id: string, tool: DraftTool): void;
  /** Start the model request held back on a handle-personally ticket. */
  showHeld(): void;
}

/** Same for the page's and the REST API's reading of one state of a conversation. */
function conversationKey(ticket: Ticket): string {
  const customer = ticket.messages.filter((message) => message.role === 'customer');
  return JSON.stringify([ticket.helpdesk, ticket.id, customer.length, customer.at(-1)?.text.trim() ?? '']);
}

/**
 * `holdDrafts`: the setting to hold drafts back on handle-personally tickets. Then the model request is
 * not made at all (nothing about the ticket leaves the browser) until the agent asks for the drafts.
 */
export function createConversation(store: Store, uiLang: () => string, onCueShown: () => void, holdDrafts: () => boolean = () => false): Conversation {
  let key = '';
  let ticket: Ticket | null = null;
  let providerConfigured = false;
  let holdout = false;
  let cancelDrafts = () => {};
  const cancelTools = new Set<() => void>();

  const isCurrent = (asked: string) => asked === key;

  const cancelAll = () => {
    cancelDrafts();
    for (const cancel of cancelTools) cancel();
    cancelTools.clear();
  };

  const startDrafts = () => {
    cancelAll();
    if (ticket && !holdout) cancelDrafts = streamDrafts(store, ticket, uiLang(), store.get().pinnedSnippetIds);
  };

  /** `draftsStarted`: the model request went out with the analysis (see show()). */
  async function analyze(asked: string, current: Ticket, part: 'all' | 'drafts' = 'all', draftsStarted = false) {
    const pinnedSnippetIds = store.get().pinnedSnippetIds;
    const reply = await ask<TicketAnalysis>({ kind: 'analyze-ticket', ticket: current, uiLang: uiLang(), pinnedSnippetIds });
    if (!isCurrent(asked)) return;
    if (!reply.ok) {
      const failed = { status: 'error', message: reply.error } as const;
      store.update(part === 'drafts' ? { drafts: failed } : { cue: failed, snippets: failed, drafts: failed });
      return;
    }
    const { cue, snippets, drafts } = reply.data;
    ({ providerConfigured, holdout } = reply.data);
    const held = providerConfigured && !holdout && holdDrafts() && !!cue?.handlePersonally;
    const offlineDrafts: Partial<SidebarState> =
      providerConfigured && !holdout ? {} : { drafts: drafts.length ? { status: 'ready', data: drafts } : { status: 'empty' } };
    if (part === 'drafts') {
      // Only the drafts: the snippets panel may be showing the agent's own search.
      store.update(offlineDrafts);
    } else {
      store.update({
        cue: cue ? { status: 'ready', data: cue } : { status: 'empty' },
        snippets: snippets.length ? { status: 'ready', data: snippets } : { status: 'empty' },
        holdout,
        ...offlineDrafts,
        ...(held ? { drafts: { status: 'empty' } } : {}),
        draftsInfo: { providerConfigured, held },
      });
      onCueShown();
    }
    if (holdout && draftsStarted) cancelAll();
    else if (providerConfigured && !held && !draftsStarted) startDrafts();
  }

  return {
    show(next) {
      ticket = next;
      const nextKey = conversationKey(next);
      if (nextKey === key) return;
      key = nextKey;
      cancelAll();
      // With a provider (known from an earlier ticket on this page) and nothing to hold back, the model
      // request goes out with the analysis instead of after it: the drafts arrive that much sooner. The
      // background still refuses holdout tickets, and the analysis cancels the request if it is one.
      holdout = false;
      const early = providerConfigured && !holdDrafts();
      if (early) startDrafts();
      void analyze(key, next, 'all', early);
    },
    leave() {
      key = '';
      ticket = null;
      cancelAll();
    },
    refresh(part = 'all') {
      if (!ticket) return;
      if (part === 'drafts' && providerConfigured) return startDrafts();
      void analyze(key, ticket, part);
    },
    revise(id, tool) {
      const drafts = store.get().drafts;
      const shown = drafts.status === 'ready' ? drafts.data : [];
      const index = shown.findIndex((d) => d.id === id);
      if (!ticket || index < 0) return;
      cancelTools.add(streamDraftTool(store, ticket, uiLang(), store.get().pinnedSnippetIds, shown[index]!, index, tool));
    },
    showHeld() {
      if (providerConfigured) startDrafts();
    },
  };
}
