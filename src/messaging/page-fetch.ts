// The one request the background makes of a helpdesk tab (src/background/ticket-api.ts asks,
// src/content/page-fetch.ts answers): a same-origin GET of a REST API path, made with the agent's session.

export interface PageFetchRequest {
  kind: 'page-fetch';
  path: string;
  /**
   * The origin the background means: the tab answers only while it is still on it, so a tab that moved
   * to another helpdesk account since the request was made never answers for the one it left.
   */
  origin: string;
}

export type PageFetchAnswer =
  | { ok: true; status: number; text: string; /** The Retry-After header of a 429 or 503, for the reader's wait. */ retryAfter?: string }
  | { ok: false; error: string };
