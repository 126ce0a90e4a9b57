// The requester's history, cached per requester in the content script. Why here and not in the
// background: only a same-origin request from the helpdesk page carries the agent's session, so the
// content script fetches anyway, and a per-tab cache keeps one customer's tickets out of every other
// tab and out of storage (it dies with the tab). Concurrent asks for one requester share one request.
import type { FetchJson, HistoryReader } from '../helpdesks/adapter';

/** An agent moving between one customer's tickets sees them at once; a new ticket shows up within this. */
export const HISTORY_TTL_MS = 5 * 60_000;
const MAX_REQUESTERS = 50;

export interface HistoryCache {
  /** The ticket records of the ticket's requester (as the API gave them), null when the ticket names none. */
  load(ticketId: string, signal?: AbortSignal): Promise<unknown[] | null>;
}

export function createHistoryCache(reader: HistoryReader, fetchJson: FetchJson, now: () => number = Date.now): HistoryCache {
  const requesterOf = new Map<string, string | null>();
  const byRequester = new Map<string, { at: number; history: Promise<unknown[]> }>();
  return {
    async load(ticketId, signal) {
      if (!requesterOf.has(ticketId)) requesterOf.set(ticketId, await reader.requesterId(ticketId, fetchJson, signal));
      const requester = requesterOf.get(ticketId);
      if (!requester) return null;
      const cached = byRequester.get(requester);
      if (cached && now() - cached.at < HISTORY_TTL_MS) return cached.history;
      // Not tied to this caller's signal: a shared request outlives a tab switch and is reused.
      const history = reader.records(requester, fetchJson);
      byRequester.set(requester, { at: now(), history });
      history.catch(() => byRequester.delete(requester)); // a failure is not cached: a retry asks again
      if (byRequester.size > MAX_REQUESTERS) byRequester.delete(byRequester.keys().next().value!);
      return history;
    },
  };
}
