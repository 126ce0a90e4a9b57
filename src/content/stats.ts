// The content script's part in the acceptance stats: it notices what the sidebar showed and what the agent
// did, and reports ids, ratings and timings to the background (validated there, which adds the agent, the
// holdout flag and the model). Fire and forget: a failed report never reaches the sidebar. Kept small: the
// content script has a size budget, so the reply comparison runs in the background (see StatsReplySent).
//
// Per ticket and page session ("view"): one ticket-opened, each draft, snippet and cue shown once (not per
// streamed delta or re-render), one first-reply, and one reply-sent per insertion of a draft.
import { compareWithReading } from '../cue/compare';
import { ask } from '../messaging/client';
import type { BackgroundRequest, StatsRecordItem, StatsTicket } from '../messaging/protocol';
import { MAX_STATS_RECORDS } from '../messaging/stats-batch';
import type { SidebarState } from '../sidebar/state';
import type { ReportedFields } from '../stats/events';
import type { Ticket } from '../ticket/schema';
import { newReplies } from './replies';

interface View {
  openedAt: number;
  /** Message fingerprints of earlier readings (see newReplies). */
  seen: Set<string>;
  /** What was reported as shown: "d<id>\n<text>" per draft, "s<id>" per snippet, "c" cue, "h" handle personally, "r" cue compared with the provider's reading. */
  shown: Set<string>;
  /** Drafts were shown in this view: the first reply counts as assisted. */
  assisted: boolean;
  replied: boolean;
  /** The draft last inserted, compared with the next reply. */
  pending: { id: string; text: string } | null;
  /** When the first draft started streaming in: that is when the agent first saw a suggestion. */
  streamAt?: number;
}

export interface StatsTracker {
  /** Each reading of the active ticket (after the store has it): opens its view once, notices new replies. */
  reading(ticket: Ticket): void;
  /** After each render: reports what became visible. `holdDrafts` is the hold-on-handle-personally setting. */
  shown(state: SidebarState, visible: boolean, holdDrafts: boolean): void;
  /** An action on the active ticket. */
  record(fields: ReportedFields): void;
  /** A draft went into the reply box: the agent's next reply is compared with this text. */
  inserted(id: string, text: string): void;
}

const MAX_VIEWS = 200;
/** How long a load's events wait to go out together: its readings and paced renders come within ~1 s. */
export const STATS_BATCH_MS = 1000;

/** `post` is the background request, `flushOnHide` registers the last send as the page goes (tests pass their own). */
export function createStatsTracker(
  state: () => SidebarState,
  post: (request: BackgroundRequest) => unknown = ask,
  flushOnHide = (flush: () => void) => addEventListener('pagehide', flush),
): StatsTracker {
  const views = new Map<string, View>();
  const keyOf = (ticket: Ticket) => `${ticket.helpdesk}:${ticket.id}`;
  const active = () => {
    const ticket = state().ticket;
    return ticket.status === 'ready' ? ticket.data : null;
  };
  const info = (ticket: Ticket): StatsTicket => {
    const cue = state().cue;
    return {
      helpdesk: ticket.helpdesk,
      ticketId: ticket.id,
      language: ticket.language ?? '',
      emotion: cue.status === 'ready' ? cue.data.emotion : '',
    };
  };
  // Queued, not sent one by one: each message costs the page's thread a serialization (issue 15, 4 a
  // Freshdesk load). Sent together STATS_BATCH_MS after the first, before a reply-sent, or as the page goes.
  let queue: StatsRecordItem[] = [];
  const flush = () => {
    if (queue.length) void post({ kind: 'stats-record', records: queue });
    queue = [];
  };
  flushOnHide(flush);
  const send = (ticket: Ticket, event: ReportedFields) => {
    if (!queue.length) setTimeout(flush, STATS_BATCH_MS);
    if (queue.push({ ticket: info(ticket), event }) >= MAX_STATS_RECORDS) flush();
  };
  const viewOf = (ticket: Ticket | null) => (ticket ? views.get(keyOf(ticket)) : undefined);

  function once(ticket: Ticket, view: View, key: string, event: ReportedFields) {
    if (view.shown.has(key)) return;
    view.shown.add(key);
    send(ticket, event);
  }

  function draftShown(ticket: Ticket, view: View, id: string, text: string, at: number) {
    view.assisted = true;
    once(ticket, view, `d${id}\n${text}`, {
      type: 'suggestion-shown',
      suggestionId: id,
      kind: 'draft',
      msSinceTicketOpened: at - view.openedAt,
    });
  }

  function record(fields: ReportedFields) {
    const ticket = active();
    const view = viewOf(ticket);
    if (!ticket || !view) return;
    if ('suggestionId' in fields) {
      // Acting on a draft means it was seen, even if it was held back when the sidebar last reported.
      const drafts = state().drafts;
      const draft = drafts.status === 'ready' ? drafts.data.find((d) => d.id === fields.suggestionId && !d.streaming) : undefined;
      if (draft) draftShown(ticket, view, draft.id, draft.text, Date.now());
    }
    send(ticket, fields);
  }

  return {
    reading(ticket) {
      let view = views.get(keyOf(ticket));
      if (!view) {
        if (views.size >= MAX_VIEWS) views.delete(views.keys().next().value!);
        view = { openedAt: Date.now(), seen: new Set(), shown: new Set(), assisted: false, replied: false, pending: null };
        views.set(keyOf(ticket), view);
        send(ticket, { type: 'ticket-opened' });
      }
      for (const reply of newReplies(view.seen, ticket, view.openedAt)) {
        const msSinceTicketOpened = Date.now() - view.openedAt;
        if (!view.replied) send(ticket, { type: 'first-reply', msSinceTicketOpened, assisted: view.assisted });
        view.replied = true;
        const draft = view.pending;
        view.pending = null;
        // The signature was sent too, and drafts end with a sign-off: compare with it.
        if (draft) {
          flush(); // the events before it first, in order
          void post({
            kind: 'stats-reply-sent',
            ticket: info(ticket),
            suggestionId: draft.id,
            draft: draft.text,
            sent: [reply.text, reply.signature].join('\n'),
            msSinceTicketOpened,
          });
        }
      }
    },

    shown(s, visible, holdDrafts) {
      const ticket = active();
      const view = viewOf(ticket);
      if (!ticket || !view || !visible) return;
      const cue = s.cue.status === 'ready' ? s.cue.data : null;
      // Held-back drafts are not seen until the agent asks for them; `record` catches that moment.
      if (s.drafts.status === 'ready' && !(holdDrafts && cue?.handlePersonally)) {
        const now = Date.now();
        let streaming = false;
        for (const draft of s.drafts.data) {
          if (draft.streaming) streaming = true;
          else draftShown(ticket, view, draft.id, draft.text, view.streamAt ?? now);
        }
        view.streamAt = streaming ? (view.streamAt ?? now) : undefined;
      }
      if (s.snippets.status === 'ready')
        for (const hit of s.snippets.data) once(ticket, view, `s${hit.id}`, { type: 'snippet-shown', snippetId: hit.id });
      if (cue) once(ticket, view, 'c', { type: 'cue-shown' });
      if (cue?.handlePersonally) once(ticket, view, 'h', { type: 'handle-personally-shown' });
      // The local cue beside the provider's reading, once per view: no text, just the two verdicts.
      const reading = s.providerReading;
      if (cue && reading) {
        const { agree, humanTouchAgrees } = compareWithReading(cue, reading);
        once(ticket, view, 'r', { type: 'cue-compared', providerEmotion: reading.emotion, agree, humanTouchAgrees });
      }
    },

    record,

    inserted(id, text) {
      const view = viewOf(active());
      if (view) view.pending = { id, text };
      record({ type: 'suggestion-inserted', suggestionId: id });
    },
  };
}
