// Every way a model call can end without drafts, as one typed error with a one-line message the sidebar
// shows next to a retry button (the cue and snippets keep working).
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';

export const DRAFT_ERROR_KINDS = ['rate-limited', 'server-error', 'timeout', 'malformed', 'auth', 'network', 'cancelled'] as const;
export type DraftErrorKind = (typeof DRAFT_ERROR_KINDS)[number];

export class DraftError extends Error {
  override name = 'DraftError';
  constructor(
    readonly kind: DraftErrorKind,
    message: string,
    /** Seconds the server asked us to wait (429), when it said. */
    readonly retryAfterSeconds?: number,
    /** 429 and 5xx: worth retrying after a pause. */
    readonly retryable = false,
  ) {
    super(message);
  }
}

/** Seconds from Retry-After / retry-after-ms headers, when present and sane. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof APIError) || !error.headers) return undefined;
  const ms = Number(error.headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms / 1000;
  const header = error.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, (date - Date.now()) / 1000) : undefined;
}

/** Maps whatever the SDK or fetch threw to a DraftError; `timedOut` says our own timer aborted the call. */
export function toDraftError(error: unknown, timedOut: boolean): DraftError {
  if (error instanceof DraftError) return error;
  if (timedOut) return new DraftError('timeout', 'The model did not answer in time.');
  if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError'))
    return new DraftError('cancelled', 'The request was cancelled.');
  if (error instanceof APIConnectionTimeoutError) return new DraftError('timeout', 'The model did not answer in time.');
  if (error instanceof APIConnectionError)
    return new DraftError('network', `Cannot reach the model server (${firstLine(error.cause ?? error)}).`);
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError)
    return new DraftError('auth', 'The model server refused the API key.');
  if (error instanceof RateLimitError) {
    const wait = retryAfterSeconds(error);
    return new DraftError(
      'rate-limited',
      `The model provider is rate limiting${wait !== undefined ? `; retry in ${Math.ceil(wait)} s` : ''}.`,
      wait,
      true,
    );
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return new DraftError(
      'server-error',
      `The model server answered ${error.status}: ${firstLine(error.message)}`,
      undefined,
      error.status >= 500,
    );
  }
  if (error instanceof SyntaxError) return new DraftError('malformed', 'The model server sent a reply that is not valid JSON.');
  return new DraftError('network', `The model call failed: ${firstLine(error)}`);
}

function firstLine(value: unknown): string {
  const text = value instanceof Error ? value.message : String(value);
  return text.split('\n')[0]!.slice(0, 160);
}
