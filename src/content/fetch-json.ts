// Same-origin GETs with the agent's session. Helpdesk REST APIs only accept cookies from the page's
// own origin (CORS needs OAuth), which is why these calls are made here and not in the background.
import type { FetchJson } from '../helpdesks/adapter';

/** GETs of paths on one origin only; anything that resolves elsewhere is refused before a request. */
export function fetchJsonFrom(origin: string): FetchJson {
  return async (path, signal) => {
    const url = new URL(path, origin);
    if (url.origin !== origin) throw new Error(`refusing cross-origin request to ${url.origin}`);
    const response = await fetch(url, { method: 'GET', credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    return response.json();
  };
}

export const sameOriginFetchJson: FetchJson = (path, signal) => fetchJsonFrom(location.origin)(path, signal);
