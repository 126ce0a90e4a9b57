// What the sidebar shows beside the ticket — cue, snippets, drafts — kept in step with the
// conversation: asked again only when the conversation changed (another ticket, a new customer
// message), and never written into the store once the agent has moved on. The page's reading is
// provisional until the REST reading settles it (isFinalReading): the cue and the local snippets come
// from it at once, but the drafts, the held-back reading and the knowledge query's embedding wait,
// since a request made on a misread visibility cannot be taken back by a corrected one.
import type { ResponseOf, TicketAnalysis } from '../messaging/responses';
import { ask } from '../messaging/client';
import type { Reply } from '../messaging/protocol';
import { conversationKey } from '../ticket/conversation-key';
import { isFinalReading } from '../ticket/warning';
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

/**
 * `holdDrafts` is read by the background now (it holds back handle-personally tickets itself); the
 * content script only remembers that the agent asked for the drafts anyway on this conversation state.
 */
/** The background as the conversation reaches it; tests pass fakes. */
export interface ConversationChannels {
  analyze: (ticket: Ticket, uiLang: string, notBefore: number) => Promise<Reply<TicketAnalysis>>;
  /** The provider's reading of a held-back ticket (the background decides whether it may be asked). */
  reading: (ticket: Ticket, uiLang: string) => Promise<Reply<ResponseOf<'held-reading'>>>;
  drafts: typeof streamDrafts;
  tool: typeof streamDraftTool;
}

const BACKGROUND: ConversationChannels = {
  analyze: (ticket, uiLang, notBefore) => ask({ kind: 'analyze-ticket', ticket, uiLang, ...(notBefore ? { notBefore } : {}) }),
  reading: (ticket, uiLang) => ask({ kind: 'held-reading', ticket, uiLang }),
  drafts: streamDrafts,
  tool: streamDraftTool,
};

export function createConversation(
  store: Store,
  uiLang: () => string,
  onCueShown: () => void,
  channels: ConversationChannels = BACKGROUND,
): Conversation {
  let key = '';
  /** What the answers in flight were asked for: the state's key, marked while the reading is provisional. */
  let asking = '';
  let ticket: Ticket | null = null;
  /** The agent asked for the drafts of a held-back ticket ("Show drafts anyway"). */
  let released = false;
  /** When the agent last asked to analyze again: older analyses are not joined (0: never). */
  let retriedAt = 0;
  const ask = () => ({ showHeld: released, notBefore: retriedAt });
  let cancelDrafts = () => {};
  const cancelTools = new Set<() => void>();

  const isCurrent = (asked: string) => asked === asking;
  const settled = () => asking === key;

  const cancelAll = () => {
    cancelDrafts();
    for (const cancel of cancelTools) cancel();
    cancelTools.clear();
  };

  const startDrafts = () => {
    cancelAll();
    if (ticket && settled()) cancelDrafts = channels.drafts(store, ticket, uiLang(), store.get().pinnedSnippetIds, ask());
  };

  async function analyze(asked: string, current: Ticket) {
    const reply = await channels.analyze(current, uiLang(), retriedAt);
    if (!isCurrent(asked)) return;
    if (!reply.ok) {
      const failed = { status: 'error', message: reply.error } as const;
      store.update({ cue: failed, snippets: failed });
      return;
    }
    const { cue, snippets, providerConfigured, holdout, heldBack, sent } = reply.data;
    store.update((state) => ({
      cue: cue ? { status: 'ready', data: cue } : { status: 'empty' },
      snippets: snippets.length ? { status: 'ready', data: snippets } : { status: 'empty' },
      holdout,
      draftsInfo: { ...state.draftsInfo, providerConfigured, held: providerConfigured && heldBack && !released },
      sent: sent ? [sent] : [],
      providerReadingFailed: false,
    }));
    onCueShown();
    if (heldBack && providerConfigured && !holdout && !released && asked === key) void readHeld(asked, current);
    if (holdout) {
      // The background gives a holdout ticket no drafts; nothing is left to wait for.
      cancelAll();
      store.update({ drafts: { status: 'empty' } });
    }
  }

  /** Held drafts bring no reading: it is asked on its own, beside the cue (issue 16). */
  async function readHeld(asked: string, current: Ticket) {
    const reply = await channels.reading(current, uiLang());
    // Another ticket, or the agent released the drafts (whose answer carries its own reading).
    if (!isCurrent(asked) || released) return;
    if (!reply.ok) return store.update({ providerReading: undefined, providerReadingFailed: true });
    const answer = reply.data;
    if (answer.status === 'not-asked') return;
    store.update((state) => ({
      providerReading: answer.status === 'read' ? answer.reading : undefined,
      providerReadingFailed: answer.status === 'failed',
      // "What was sent" lists it with the other requests behind what the sidebar shows.
      sent: [...(state.sent ?? []), answer.request],
    }));
  }

  return {
    show(next) {
      const nextKey = conversationKey(next);
      const nextAsking = isFinalReading(next) ? nextKey : `page:${nextKey}`;
      // The same state again, or the page's reading of a state already settled: a retry or a tool keeps
      // asking with the ticket it has, never with a provisional reading the background would refuse.
      if (nextAsking === asking || nextKey === asking) return;
      ticket = next;
      // Settling the state on screen keeps what the agent did on it (drafts shown anyway, a retry).
      if (nextKey !== key) {
        released = false;
        retriedAt = 0;
      }
      key = nextKey;
      asking = nextAsking;
      // The drafts are asked with the analysis, not after it: they arrive that much sooner. The background
      // answers a holdout or held-back ticket with no drafts, and only positively public messages leave.
      startDrafts();
      void analyze(asking, next);
    },
    leave() {
      key = asking = '';
      ticket = null;
      cancelAll();
    },
    refresh(part = 'all') {
      if (!ticket) return;
      // Both carry the retry's time, so whichever reaches the background first analyzes afresh and the
      // other joins it, never the analysis being replaced.
      if (part === 'all') retriedAt = Date.now();
      startDrafts();
      if (part === 'all') void analyze(asking, ticket);
    },
    revise(id, tool) {
      const drafts = store.get().drafts;
      const shown = drafts.status === 'ready' ? drafts.data : [];
      const index = shown.findIndex((d) => d.id === id);
      if (!ticket || index < 0) return;
      cancelTools.add(channels.tool(store, ticket, uiLang(), store.get().pinnedSnippetIds, shown[index]!, index, tool, ask()));
    },
    showHeld() {
      released = true;
      store.update({ providerReadingFailed: false });
      startDrafts();
    },
  };
}
