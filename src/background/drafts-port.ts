// Serves drafts over a port: a validated request, a checked sender, and cancellation when the port
// closes (the agent switched ticket, a new customer message came in). The work is in ./drafts-service.ts.
import { DRAFTS_PORT, DraftsRequest, type DraftsUpdate } from '../messaging/drafts-port';
import type { DraftsService } from './drafts-service';
import { servePort } from './port-server';
import type { SenderPolicy } from './senders';

export function serveDraftsPort(policy: SenderPolicy, service: DraftsService): void {
  servePort<DraftsRequest, DraftsUpdate>(
    DRAFTS_PORT,
    policy,
    (raw) => DraftsRequest.safeParse(raw),
    service,
    (message) => ({ kind: 'failed', message }),
  );
}
