// Same-origin GETs with the agent's session. Helpdesk REST APIs only accept cookies from the page's
// own origin (CORS needs OAuth), which is why these calls are made here and not in the background.
import type { FetchJson } from '../helpdesks/adapter';

export const sameOriginFetchJson: FetchJson = async (path, signal) => {
  const url = new URL(path, location.origin);
  if (url.origin !== location.origin) throw new Error(`refusing cross-origin request to ${url.origin}`);
  const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
};
