// Same-origin GETs for the requester's history, with the agent's session, that respect the helpdesks'
// rate limits: a 429 is retried once after its Retry-After (seconds or an HTTP date, both allowed by
// RFC 9110 §10.2.3), bounded so a long wait becomes an error the sidebar shows instead of a stall.
// Zendesk and Freshdesk both answer 429 with Retry-After in seconds (documented rate-limit behaviour).
import type { FetchJson } from '../helpdesks/adapter';

/** The longest Retry-After we wait for; beyond it the section says "busy" and the agent may retry. */
export const MAX_RETRY_WAIT_MS = 10_000;
const DEFAULT_RETRY_MS = 1_000;

/** Why the history could not be read, for one plain line in the sidebar. */
export class HistoryFetchError extends Error {
  constructor(
    readonly reason: 'not-allowed' | 'unreachable' | 'rate-limited',
    readonly status: number | null,
  ) {
    super(`earlier tickets: ${reason}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'HistoryFetchError';
  }
}

export function retryDelayMs(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_RETRY_MS;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? DEFAULT_RETRY_MS : Math.max(0, at - now);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((done, fail) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      fail(signal.reason);
    }, { once: true });
  });

export function historyFetch(origin: string, fetchImpl: typeof fetch = fetch): FetchJson {
  return async (path, signal) => {
    const url = new URL(path, origin);
    if (url.origin !== origin) throw new Error(`refusing cross-origin request to ${url.origin}`);
    const get = () => fetchImpl(url, { method: 'GET', credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
    let response: Response;
    try {
      response = await get();
      if (response.status === 429) {
        const wait = retryDelayMs(response.headers.get('retry-after'));
        if (wait > MAX_RETRY_WAIT_MS) throw new HistoryFetchError('rate-limited', 429);
        await sleep(wait, signal);
        response = await get();
      }
    } catch (error) {
      if (signal?.aborted || error instanceof HistoryFetchError) throw error;
      throw new HistoryFetchError('unreachable', null);
    }
    if (response.status === 429) throw new HistoryFetchError('rate-limited', 429);
    if (response.status === 401 || response.status === 403) throw new HistoryFetchError('not-allowed', response.status);
    if (!response.ok) throw new HistoryFetchError('unreachable', response.status);
    try {
      return await response.json();
    } catch {
      // A custom domain's page answering HTML where the API should be.
      throw new HistoryFetchError('unreachable', response.status);
    }
  };
}

export const sameOriginHistoryFetch = (): FetchJson => historyFetch(location.origin);
