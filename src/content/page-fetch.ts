// The page's side of the background's REST reading (src/background/ticket-api.ts): the background asks
// for one same-origin GET at a time and gets the response's text back. Helpdesk APIs take the agent's
// session cookie only from the page's own origin, so the request is made here; everything else (which
// paths, pagination, parsing and checking the JSON, merging it into the ticket) runs in the background,
// off the page's main thread and out of this script's size budget.
import { browser } from 'wxt/browser';
import type { PageFetchAnswer, PageFetchRequest } from '../messaging/page-fetch';

/** Only the helpdesks' REST APIs, on this page's origin; nothing else is fetched for anyone. */
export function isApiPath(path: unknown, origin: string): path is string {
  if (typeof path !== 'string' || !path.startsWith('/api/') || path.length > 2000) return false;
  // As the browser will resolve it: "/api/../agent" is not the API.
  const url = new URL(path, origin);
  return url.origin === origin && url.pathname.startsWith('/api/');
}

/** A GET the helpdesk has not answered by then is given up: the reading falls back to the page. */
export const PAGE_FETCH_TIMEOUT_MS = 20_000;

async function fetchText(path: string): Promise<PageFetchAnswer> {
  try {
    const response = await fetch(new URL(path, location.origin), {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      // A redirect is never followed: it could lead off the API (a login page, another origin), and
      // only API paths on this origin are read. A signed-out session redirects; that is an error here.
      redirect: 'manual',
      signal: AbortSignal.timeout(PAGE_FETCH_TIMEOUT_MS),
    });
    if (response.type === 'opaqueredirect') return { ok: false, error: 'the API redirected (signed out?)' };
    const retryAfter = response.headers.get('retry-after');
    return { ok: true, status: response.status, text: await response.text(), ...(retryAfter ? { retryAfter } : {}) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Why this page does not make the GET asked of it, or null when it does. */
export function refusalOf(request: Partial<PageFetchRequest>, pageOrigin: string): string | null {
  // The background meant another page: the tab navigated since (another account must never answer).
  if (request.origin !== pageOrigin) return 'the tab is on another page now';
  return isApiPath(request.path, pageOrigin) ? null : 'not a same-origin API path';
}

/** Answers the background's page-fetch requests until the returned function is called. */
export function servePageFetches(): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: PageFetchAnswer) => void) => {
    const request = message as Partial<PageFetchRequest> | null;
    if (request?.kind !== 'page-fetch') return false;
    // From our own background only (a content script has no tab-less sender; other extensions cannot reach us).
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const refusal = refusalOf(request, location.origin);
    if (refusal) {
      sendResponse({ ok: false, error: refusal });
      return false;
    }
    void fetchText(request.path!).then(sendResponse);
    return true; // answered asynchronously
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
