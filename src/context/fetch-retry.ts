// Same-origin GETs for the requester's history, with the agent's session, that respect the helpdesks'
// rate limits: a 429 is retried once after its Retry-After (seconds or an HTTP date, both allowed by
// RFC 9110 §10.2.3), bounded so a long wait becomes an error the sidebar shows instead of a stall.
// Zendesk and Freshdesk both answer 429 with Retry-After in seconds (their documented rate limits).
// Runs in the background over the helpdesk tab's GETs (src/background/customer-history.ts).
import type { FetchJson } from '../helpdesks/adapter';
import type { HistoryProblem } from './view';

/** The longest Retry-After we wait for; beyond it the section says "busy" and the agent may retry. */
export const MAX_RETRY_WAIT_MS = 10_000;

/** Why the history could not be read: the error's message is a HistoryProblem, shown as one plain line. */
export const historyProblem = (reason: HistoryProblem): Error => Object.assign(new Error(reason), { name: 'HistoryProblem' });

export function retryDelayMs(header: string | null, now = Date.now()): number {
  const seconds = Number(header ?? 1);
  const at = Number.isFinite(seconds) ? now + seconds * 1000 : Date.parse(header!);
  return Number.isNaN(at) ? 1000 : Math.max(0, at - now);
}

export function historyFetch(origin: string, fetchImpl: (url: URL, init: RequestInit) => Promise<Response> = fetch): FetchJson {
  return async (path, signal) => {
    const url = new URL(path, origin);
    if (url.origin !== origin) throw new Error(`refusing cross-origin request to ${url.origin}`);
    const get = () =>
      fetchImpl(url, { method: 'GET', credentials: 'same-origin', headers: { accept: 'application/json' }, signal }).catch(() => null);
    let response = await get();
    if (response?.status === 429) {
      const wait = retryDelayMs(response.headers.get('retry-after'));
      if (wait > MAX_RETRY_WAIT_MS) throw historyProblem('rate-limited');
      await new Promise((done) => setTimeout(done, wait));
      signal?.throwIfAborted();
      response = await get();
    }
    signal?.throwIfAborted();
    const status = response?.status ?? 0;
    if (status === 429) throw historyProblem('rate-limited');
    if (status === 401 || status === 403) throw historyProblem('not-allowed');
    // No answer, an error, or a custom domain's HTML page where the API should be.
    const json: unknown = response?.ok ? await response.json().catch(() => undefined) : undefined;
    if (json === undefined) throw historyProblem('unreachable');
    return json;
  };
}
