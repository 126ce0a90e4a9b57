// The background's same-origin GETs, made by a helpdesk tab: helpdesk REST APIs take the agent's session
// cookie only from the page's own origin, so the tab's content script makes each request
// (src/content/page-fetch.ts) and the background gets the response's text to parse and check.
import { browser } from 'wxt/browser';
import type { FetchJson } from '../helpdesks/adapter';
import type { PageFetchAnswer, PageFetchRequest } from '../messaging/page-fetch';
import { within } from './within';

export type AskTab = (tabId: number, request: PageFetchRequest) => Promise<PageFetchAnswer | undefined>;

/**
 * The top frame only: that is where the helpdesk's content script runs. Always asks the page: for the
 * knowledge sync, whose listings must be current (a deletion a second ago must show).
 */
export const sendToTab: AskTab = (tabId, request) =>
  answerWithin(browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<PageFetchAnswer | undefined>, TAB_ANSWER_TIMEOUT_MS);

/**
 * Longer than the page's own limit on the GET (20 s, src/content/page-fetch.ts): this one is for a tab
 * that never answers at all (a page frozen by its own scripts), so no reader waits forever.
 */
export const TAB_ANSWER_TIMEOUT_MS = 30_000;

export function answerWithin(answer: Promise<PageFetchAnswer | undefined>, ms: number): Promise<PageFetchAnswer | undefined> {
  return within(answer, ms, () => ({ ok: false, error: `the page did not answer within ${ms / 1000} s` }));
}

/** How long a tab's successful GET is reused: one ticket's readers ask for the same ticket moments apart. */
export const RECENT_ANSWER_MS = 5_000;

/**
 * The same GET asked of the same tab again within a few seconds is answered once: the REST reading and
 * the customer history both start from the ticket (`/api/v2/tickets/1.json`), and each GET costs the
 * agent's page a request and its main thread the response. Only successful answers are kept, per tab.
 */
/** Only the ticket itself is shared: a thread's comments are read again because they changed, never served stale. */
const SHAREABLE = /^\/api\/v2\/tickets\/\d+(?:\.json|\?include=requester)$/;

export function shareRecentAnswers(ask: AskTab, ttlMs = RECENT_ANSWER_MS, now: () => number = Date.now): AskTab {
  const recent = new Map<string, { at: number; answer: Promise<PageFetchAnswer | undefined> }>();
  return (tabId, request) => {
    const time = now();
    for (const [key, entry] of recent) if (time - entry.at > ttlMs) recent.delete(key);
    if (!SHAREABLE.test(request.path)) return ask(tabId, request);
    const key = `${tabId} ${request.origin} ${request.path}`;
    const known = recent.get(key);
    if (known) return known.answer;
    const answer = ask(tabId, request);
    recent.set(key, { at: time, answer });
    // A failure or an HTTP error is not kept: the next reader asks the page again.
    answer.then(
      (result) => (!result?.ok || result.status < 200 || result.status > 299) && recent.delete(key),
      () => recent.delete(key),
    );
    return answer;
  };
}

/** For reading the open ticket and its requester's history. */
export const askTab: AskTab = shareRecentAnswers(sendToTab);

/** A FetchJson whose requests the tab makes; an HTTP error or a page that is not JSON is an error, as in the page. */
export function tabFetchJson(tabId: number, origin: string, ask: AskTab = askTab): FetchJson {
  return async (path) => {
    const answer = await ask(tabId, { kind: 'page-fetch', path, origin });
    if (!answer) throw new Error(`${path}: the page did not answer`);
    if (!answer.ok) throw new Error(`${path}: ${answer.error}`);
    if (answer.status < 200 || answer.status > 299) throw new Error(`${path}: HTTP ${answer.status}`);
    try {
      return JSON.parse(answer.text) as unknown;
    } catch {
      throw new Error(`${path}: not JSON`);
    }
  };
}

/**
 * The same as a fetch() for readers that need the status and headers (rate limits): a Response built
 * from the tab's answer. The tab fetches the URL's path and query on its own origin, and only while that
 * is still the URL's origin.
 */
export function tabFetch(tabId: number, ask: AskTab = askTab): (url: URL | string) => Promise<Response> {
  return async (url) => {
    const { origin, pathname, search } = new URL(url);
    const answer = await ask(tabId, { kind: 'page-fetch', path: pathname + search, origin });
    if (!answer?.ok) throw new TypeError(answer ? answer.error : 'the page did not answer');
    const headers = answer.retryAfter ? { 'retry-after': answer.retryAfter } : undefined;
    // A status without a body (204, 304) takes none.
    return new Response([204, 205, 304].includes(answer.status) ? null : answer.text, { status: answer.status, headers });
  };
}
