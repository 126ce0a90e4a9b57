// The background's one entry for requests: validate, check the sender, dispatch, and always answer
// with an envelope so a failing handler shows up as an error state, never as silence.
import { BackgroundRequest, type Reply, type RequestKind, type RequestOf } from '../messaging/protocol';
import type { ResponseOf } from '../messaging/responses';
import { malformed } from './request-error';
import { classifySenderWhenReady, fromClaimedPage, NOT_THIS_PAGE, type Sender, type SenderKind, type SenderPolicy } from './senders';

/** One handler per request kind, answering with that kind's response type (src/messaging/responses.ts). */
export type Handlers = {
  [K in RequestKind]: (request: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>>;
};

/** Which kind of sender may make which request (ARCHITECTURE.md lists the same; its test compares). */
export const ALLOWED: Record<RequestKind, readonly SenderKind[]> = {
  'analyze-ticket': ['content-script'],
  'held-reading': ['content-script'],
  'search-knowledge': ['content-script', 'extension-page'],
  'open-page': ['content-script', 'extension-page'],
  'knowledge-import': ['extension-page'],
  'knowledge-list': ['extension-page'],
  'knowledge-update': ['extension-page'],
  'knowledge-delete': ['extension-page'],
  'knowledge-export': ['extension-page'],
  'knowledge-clear': ['extension-page'],
  'knowledge-accounts-notice': ['extension-page'],
  'knowledge-embed': ['extension-page'],
  'knowledge-embed-status': ['extension-page'],
  'knowledge-sync-run': ['content-script'],
  'provider-get': ['extension-page'],
  'provider-save': ['extension-page'],
  'provider-remove': ['extension-page'],
  'provider-test': ['extension-page'],
  'provider-models': ['extension-page'],
  'ui-catalog': ['content-script', 'extension-page'],
  'read-ticket-api': ['content-script'],
  'read-page': ['content-script'],
  start: ['content-script'],
  'sidebar-settings': ['content-script'],
  'sidebar-layout': ['content-script'],
  'draft-settings-get': ['extension-page'],
  'draft-settings-save': ['extension-page'],
  'stats-record': ['content-script'],
  'stats-reply-sent': ['content-script'],
  'delete-all-data': ['extension-page'],
  'team-stats-config-get': ['extension-page'],
  'team-stats-config-save': ['extension-page'],
  'team-stats-summary': ['extension-page'],
  'team-stats-upload': ['extension-page'],
  'summarize-thread': ['content-script'],
  'polish-reply': ['content-script'],
  'translate-reply': ['content-script'],
  'customer-context': ['content-script'],
};

export async function route(raw: unknown, sender: Sender, policy: SenderPolicy, handlers: Handlers): Promise<Reply<unknown>> {
  const senderKind = await classifySenderWhenReady(sender, policy);
  if (!senderKind) return { ok: false, error: 'sender not allowed' };
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, error: malformed(parsed.error) };
  const request = parsed.data;
  if (!ALLOWED[request.kind].includes(senderKind)) return { ok: false, error: 'sender not allowed' };
  if (senderKind === 'content-script' && !fromClaimedPage(request, sender, policy)) return { ok: false, error: NOT_THIS_PAGE };
  try {
    // The union of handlers cannot be called with the union of requests; the kinds match by construction.
    const handler = handlers[request.kind] as (request: BackgroundRequest, sender: Sender) => Promise<unknown>;
    return { ok: true, data: await handler(request, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
